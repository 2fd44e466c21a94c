import type { HighlightStyle } from '../../utils/settings-schema';
import { MARK_TAG } from './exclusions';

/**
 * The look of highlights. A custom element (`<elens-mark>`) is used because page CSS aimed at
 * `mark` (`mark { display: none }`, resets) cannot reach it; `!important` with an attribute
 * selector also wins over `* { all: unset !important }`. Colours mix with the text's own colour
 * (`currentColor`) so that the same rule reads on light and on dark pages.
 */

const SEL = `${MARK_TAG}[data-elens-term]`;

const BASE = `
${SEL} {
  all: unset !important;
  display: inline !important;
  cursor: help !important;
  border-radius: 2px !important;
  -webkit-box-decoration-break: clone !important;
  box-decoration-break: clone !important;
}
${SEL}:focus { outline: none !important; }
${SEL}:focus-visible {
  outline: 2px solid #1d5fd6 !important;
  outline-offset: 1px !important;
  box-shadow: 0 0 0 3px #fff !important;
}
@media (forced-colors: active) {
  ${SEL} { text-decoration-color: LinkText !important; }
  ${SEL}:focus-visible { outline-color: Highlight !important; }
}
`;

const VARIANTS: Record<HighlightStyle, string> = {
  underline: `
${SEL} {
  text-decoration-line: underline !important;
  text-decoration-style: dotted !important;
  text-decoration-thickness: 2px !important;
  text-underline-offset: 0.2em !important;
  text-decoration-color: #3b73d9 !important;
  text-decoration-color: color-mix(in srgb, currentColor 35%, #3b82f6) !important;
}`,
  background: `
${SEL} {
  background-color: rgba(250, 204, 21, 0.3) !important;
  box-shadow: 0 1px 0 rgba(202, 138, 4, 0.8) !important;
}`,
  subtle: `
${SEL} {
  text-decoration-line: underline !important;
  text-decoration-style: dotted !important;
  text-decoration-thickness: 1px !important;
  text-underline-offset: 0.2em !important;
  text-decoration-color: rgba(128, 128, 128, 0.7) !important;
  text-decoration-color: color-mix(in srgb, currentColor 45%, transparent) !important;
}`,
};

export function highlightCss(style: HighlightStyle): string {
  return BASE + VARIANTS[style];
}

export interface StyleHandle {
  update(style: HighlightStyle): void;
  remove(): void;
}

/**
 * Adopted stylesheets are not subject to the page's CSP `style-src`; where adopting is refused
 * (Firefox's content-script compartments), a <style> element in <head> does the job.
 */
export function installHighlightStyle(doc: Document, style: HighlightStyle): StyleHandle {
  let sheet: CSSStyleSheet | null = null;
  let element: HTMLStyleElement | null = null;
  try {
    const s = new (doc.defaultView ?? window).CSSStyleSheet();
    s.replaceSync(highlightCss(style));
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, s];
    if (doc.adoptedStyleSheets.includes(s)) sheet = s;
  } catch {
    sheet = null;
  }
  if (!sheet) {
    element = doc.createElement('style');
    element.setAttribute('data-elens', '');
    element.textContent = highlightCss(style);
    (doc.head ?? doc.documentElement).append(element);
  }
  return {
    update(next) {
      if (sheet) sheet.replaceSync(highlightCss(next));
      if (element) element.textContent = highlightCss(next);
    },
    remove() {
      if (sheet) {
        const s = sheet;
        try {
          doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((x) => x !== s);
        } catch {
          // The document is going away.
        }
      }
      element?.remove();
      sheet = null;
      element = null;
    },
  };
}
