import { browser } from 'wxt/browser';
import type { Site } from '../utils/settings';
import { enableSite, releasablePatterns } from '../utils/site-control';
import { matchPatternsFor } from '../utils/sites';

export type Scheme = 'http' | 'https';

/**
 * From the popup, only the scheme of the page being read: the reader grants what they use, and
 * the background registers the highlighter for whichever patterns were granted. Without a page
 * (options page), both schemes.
 */
export function patternsToRequest(site: Site, scheme?: Scheme): string[] {
  const all = matchPatternsFor(site);
  return scheme ? all.filter((p) => p.startsWith(`${scheme}://`)) : all;
}

/**
 * Permission steps shared by the popup's switch and the options page's site list.
 * `requestAccess` must be called synchronously from a click or change handler: browsers show
 * the prompt only during a user gesture, and any await before the request loses it.
 */
export function requestAccess(site: Site, scheme?: Scheme): Promise<boolean> {
  try {
    return browser.permissions.request({ origins: patternsToRequest(site, scheme) });
  } catch (err) {
    return Promise.reject(err);
  }
}

/** Whether the extension may run on at least one scheme of the site's own host. */
export async function hasAccess(site: Site): Promise<boolean> {
  const own = matchPatternsFor({ host: site.host, subdomains: false });
  const granted = await Promise.all(
    own.map((origin) => browser.permissions.contains({ origins: [origin] }).catch(() => false)),
  );
  return granted.some(Boolean);
}

/** Narrows a site to its own hostname and gives back the subdomain grant nobody else needs. */
export async function dropSubdomains(site: Site, others: readonly Site[]): Promise<void> {
  const own = new Set(matchPatternsFor({ host: site.host, subdomains: false }));
  const wildcard = releasablePatterns({ host: site.host, subdomains: true }, others).filter(
    (p) => !own.has(p),
  );
  await enableSite(site.host, { subdomains: false });
  if (wildcard.length === 0) return;
  try {
    await browser.permissions.remove({ origins: wildcard });
  } catch {
    // A grant from the manifest cannot be removed; the site list no longer covers the
    // subdomains, so the highlighter stays off there all the same.
  }
}

export function describeError(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
