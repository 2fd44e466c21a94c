import type { Site } from './settings';

/** Hostname-scoped matching, as uBlock and Dark Reader do it: "news.example.org" is its own site. */
export function siteFor(host: string, sites: readonly Site[]): Site | undefined {
  const h = host.toLowerCase().replace(/\.$/, '');
  // The exact entry wins, then the closest parent: turning off "news.example.org" must find
  // that entry even when "example.org" with subdomains is on too.
  const exact = sites.find((s) => s.host === h);
  if (exact) return exact;
  return sites
    .filter((s) => s.subdomains && !isIpHost(s.host) && h.endsWith(`.${s.host}`))
    .sort((a, b) => b.host.length - a.host.length)[0];
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

/** IPv4 and bracketed IPv6 hosts have no subdomains; a "*." pattern for them is invalid. */
export function isIpHost(host: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.startsWith('[');
}

/** Match patterns for permissions and content-script registration. Ports are not part of them. */
export function matchPatternsFor(site: Site): string[] {
  const hosts = site.subdomains && !isIpHost(site.host) ? [site.host, `*.${site.host}`] : [site.host];
  return hosts.flatMap((h) => [`http://${h}/*`, `https://${h}/*`]);
}
