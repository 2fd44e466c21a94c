import { browser } from 'wxt/browser';
import { getSites, normaliseHost, updateSites, type Site } from './settings';
import { matchPatternsFor, siteFor } from './sites';

/**
 * The one place that turns a site on or off. The popup's switch requests the host permission
 * from its click (a user gesture is required) and then calls `enableSite`; the background
 * notices the change in storage, registers the content script and highlights open tabs.
 */

export interface EnableOptions {
  /** Also highlight on every subdomain of the host. */
  subdomains?: boolean;
}

/** Adds (or updates) a site in the reader's list. Returns the stored entry. */
export async function enableSite(host: string, opts: EnableOptions = {}): Promise<Site> {
  const h = normaliseHost(host);
  if (!h) throw new Error(`Not a hostname: ${host}`);
  const site: Site = { host: h, subdomains: opts.subdomains === true };
  await updateSites((sites) => [...sites.filter((s) => s.host !== h), site]);
  return site;
}

/**
 * Removes a site from the list and releases its host permission, except the patterns that
 * another enabled site still needs. Returns false when the site was not enabled.
 */
export async function disableSite(host: string): Promise<boolean> {
  const h = normaliseHost(host);
  if (!h) return false;
  let site: Site | undefined;
  const rest = await updateSites((sites) => {
    site = sites.find((s) => s.host === h);
    return site ? sites.filter((s) => s !== site) : null;
  });
  if (!site) return false;
  await releasePermission(site, rest);
  return true;
}

/** The enabled site that covers a page URL's host, if any (e.g. for "Turn off on this site"). */
export async function enabledSiteForHost(host: string): Promise<Site | undefined> {
  return siteFor(host, await getSites());
}

/** Patterns of `site` that no other enabled site relies on. */
export function releasablePatterns(site: Site, others: readonly Site[]): string[] {
  // A parent site with subdomains on still covers this host through its wildcard grant.
  if (siteFor(site.host, others)) return [];
  const kept = new Set(others.flatMap(matchPatternsFor));
  return matchPatternsFor(site).filter((p) => !kept.has(p));
}

async function releasePermission(site: Site, others: readonly Site[]): Promise<void> {
  const origins = releasablePatterns(site, others);
  if (origins.length === 0) return;
  try {
    await browser.permissions.remove({ origins });
  } catch {
    // Required host permissions (the e2e build grants loopback in its manifest) cannot be
    // removed; the site is off all the same because it left the list.
  }
}
