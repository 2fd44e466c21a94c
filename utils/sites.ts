import type { Site } from './settings';

/** Hostname-scoped matching, as uBlock and Dark Reader do it: "news.example.org" is its own site. */
export function siteFor(host: string, sites: readonly Site[]): Site | undefined {
  const h = host.toLowerCase();
  return sites.find((s) => s.host === h || (s.subdomains && h.endsWith(`.${s.host}`)));
}

export function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}

/** Match patterns for permissions and content-script registration. Ports are not part of them. */
export function matchPatternsFor(site: Site): string[] {
  const hosts = site.subdomains ? [site.host, `*.${site.host}`] : [site.host];
  return hosts.flatMap((h) => [`http://${h}/*`, `https://${h}/*`]);
}
