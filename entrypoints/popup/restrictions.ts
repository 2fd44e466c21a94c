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
  switch (r) {
    case 'browser-page':
      return {
        title: 'This is one of the browser’s own pages',
        body: 'Browsers keep their settings and internal pages out of reach of extensions. Open a news article and click Encryption Lens again.',
      };
    case 'extension-page':
      return {
        title: 'This page belongs to an extension',
        body: 'Extensions cannot read each other’s pages. Open a news article and click Encryption Lens again.',
      };
    case 'web-store':
      return {
        title: 'Extension stores are off limits',
        body: 'Browsers protect their add-on stores from all extensions, so Encryption Lens cannot read this page.',
      };
    case 'view-source':
      return {
        title: 'This is a page’s source code',
        body: 'Encryption Lens reads the article as it is shown. Open the page itself and click Encryption Lens again.',
      };
    case 'file':
      return {
        title: 'This is a file on your computer',
        body: 'To read local files, turn on “Allow access to file URLs” in the browser’s details page for Encryption Lens.',
      };
    case 'pdf':
      return {
        title: 'PDF documents are not supported',
        body: 'Encryption Lens reads web articles. Open the article’s web page, if it has one, and click Encryption Lens again.',
      };
    case 'refused':
      return {
        title: 'The browser did not let Encryption Lens read this page',
        body: 'Some pages are protected by the browser or by policy. Reloading the page can also help if it was opened before the extension was installed.',
      };
  }
}
