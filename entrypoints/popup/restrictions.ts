import { t, type MessageKey } from '../../utils/i18n';

/**
 * Pages the browser does not let extensions read. Known by their URL when the popup can see it;
 * any other refusal of `scripting.executeScript` lands in `refused`.
 */
export type Restriction =
  | 'browser-page'
  | 'extension-page'
  | 'web-store'
  | 'view-source'
  | 'file'
  | 'pdf'
  | 'refused';

const STORE_HOSTS: ReadonlyArray<[host: string, pathPrefix: string]> = [
  ['chromewebstore.google.com', '/'],
  ['chrome.google.com', '/webstore'],
  ['addons.mozilla.org', '/'],
  ['microsoftedge.microsoft.com', '/addons'],
  ['addons.opera.com', '/'],
];

const BROWSER_SCHEMES = new Set([
  'about:', 'chrome:', 'edge:', 'brave:', 'opera:', 'vivaldi:', 'devtools:', 'chrome-search:',
  'chrome-untrusted:', 'resource:', 'javascript:', 'data:', 'blob:',
]);

/** The restriction a URL is known to carry, or null when the page may be readable. */
export function restrictionFor(url: string | undefined): Restriction | null {
  if (!url) return null; // unknown without host access: let executeScript decide
  if (url.startsWith('view-source:')) return 'view-source';
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (BROWSER_SCHEMES.has(u.protocol)) return 'browser-page';
  if (u.protocol === 'chrome-extension:' || u.protocol === 'moz-extension:' || u.protocol === 'extension:') {
    return 'extension-page';
  }
  if (u.protocol === 'file:') {
    // Readable only when the reader allowed file access; the popup tries and maps a refusal here.
    return /\.pdf$/i.test(u.pathname) ? 'pdf' : null;
  }
  const host = u.hostname.toLowerCase();
  if (STORE_HOSTS.some(([h, p]) => host === h && u.pathname.startsWith(p))) return 'web-store';
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return 'browser-page';
  return null;
}

export interface RestrictionText {
  title: string;
  body: string;
}

export function explainRestriction(r: Restriction): RestrictionText {
  const key = `restricted_${r.replace('-', '_')}` as const;
  return { title: t(`${key}_title` as MessageKey), body: t(`${key}_body` as MessageKey) };
}
