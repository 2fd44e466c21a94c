import type { HighlightStyle } from '../../utils/settings-schema';
import { MARK_TAG } from './exclusions';

/**
 * The look of highlights. A custom element (`<elens-mark>`) is used because page CSS aimed at
 * `mark` (`mark { display: none }`, resets) cannot reach it; `!important` with an attribute
 * selector also wins over `* { all: unset !important }`. Colours mix with the text's own colour
 * (`currentColor`) so that the same rule reads on light and on dark pages.
 *
 * The same rules exist in two shapes. `highlightCss(style)` styles every mark one way (the
 * options page's preview). `staticHighlightCss()` holds all styles at once, each keyed by the
 * mark's `data-elens-style`: it is the file the background registers at document_start (built
 * into `HIGHLIGHT_CSS_FILE`, utils/extension-files.ts, by wxt.config.ts), so on a registered site the sheet is in the page
 * before it is parsed and adding it costs no style walk over the whole document; a new style
 * preference only rewrites the attribute of the marks.
 */

const SEL = `${MARK_TAG}[data-elens-term]`;

export const HIGHLIGHT_STYLES: readonly HighlightStyle[] = ['underline', 'background', 'subtle'];

/** Attribute on each mark that picks its style in the static sheet. */
export const STYLE_ATTR = 'data-elens-style';

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

const VARIANTS: Record<HighlightStyle, (sel: string) => string> = {
  underline: (sel) => `
${sel} {
  text-decoration-line: underline !important;
  text-decoration-style: dotted !important;
  text-decoration-thickness: 2px !important;
  text-underline-offset: 0.2em !important;
  text-decoration-color: #3b73d9 !important;
  text-decoration-color: color-mix(in srgb, currentColor 35%, #3b82f6) !important;
}`,
  background: (sel) => `
${sel} {
  background-color: rgba(250, 204, 21, 0.3) !important;
  box-shadow: 0 1px 0 rgba(202, 138, 4, 0.8) !important;
}`,
  subtle: (sel) => `
${sel} {
  text-decoration-line: underline !important;
  text-decoration-style: dotted !important;
  text-decoration-thickness: 1px !important;
  text-underline-offset: 0.2em !important;
  text-decoration-color: rgba(128, 128, 128, 0.7) !important;
  text-decoration-color: color-mix(in srgb, currentColor 45%, transparent) !important;
}`,
};

/** Every mark styled as `style`. */
export function highlightCss(style: HighlightStyle): string {
  return BASE + VARIANTS[style](SEL);
}

/**
 * All styles, each for the marks that carry it. `:where()` adds no specificity, so every rule
 * weighs what it weighs in `highlightCss` and the cascade (focus ring over the background
 * style's shadow, and the rest) is the same.
 */
function allStylesCss(): string {
  return BASE + HIGHLIGHT_STYLES.map((s) => VARIANTS[s](`${SEL}:where([${STYLE_ATTR}="${s}"])`)).join('');
}

/**
 * Tells the content script that the registered sheet is in the page: a custom property on the
 * root, read with `getComputedStyle` of an element that exists already. Probing with an element
 * of our own instead cost a whole frame on a 10 MB page (inserting it, even for one task, dirties
 * the layout of <html>: relayout and pre-paint of everything, ~60 ms). `all: unset` does not
 * reset custom properties; the value is only ever in the sheet registered at document_start, so
 * setting it costs nothing (it is there before the first element is styled).
 */
const PROBE_PROPERTY = '--elens-static-sheet';
const PROBE_RULE = `\n:root { ${PROBE_PROPERTY}: 1; }\n`;

/** The sheet registered at document_start (`HIGHLIGHT_CSS_FILE`). */
export function staticHighlightCss(): string {
  return allStylesCss() + PROBE_RULE;
}

/**
 * Whether the static sheet is already in the page (registered at document_start). Reads a style
 * that is up to date at document_idle: no DOM change, no style or layout work.
 */
export function hasStaticHighlightCss(doc: Document): boolean {
  const root = doc.documentElement;
  if (!root) return false;
  try {
    return (doc.defaultView ?? window).getComputedStyle(root).getPropertyValue(PROBE_PROPERTY).trim() === '1';
  } catch {
    return false;
  }
}

export interface StyleHandle {
  remove(): void;
}

/**
 * Makes the highlight rules apply in `doc`. On a registered site they already do (the static
 * sheet came with the page) and nothing is added. Otherwise (a site switched on in an open tab,
 * or a page loaded before the registration), the same sheet is adopted. Adopted stylesheets are
 * not subject to the page's CSP `style-src`; where adopting is refused (Firefox's content-script
 * compartments), a <style> element in <head> does the job.
 */
export function installHighlightStyle(doc: Document): StyleHandle {
  if (hasStaticHighlightCss(doc)) return { remove() {} };
  // Without the probe rule: a new custom property on the root would restyle every element.
  const css = allStylesCss();
  let sheet: CSSStyleSheet | null = null;
  let element: HTMLStyleElement | null = null;
  try {
    const s = new (doc.defaultView ?? window).CSSStyleSheet();
    s.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, s];
    if (doc.adoptedStyleSheets.includes(s)) sheet = s;
  } catch {
    sheet = null;
  }
  if (!sheet) {
    element = doc.createElement('style');
    element.setAttribute('data-elens', '');
    element.textContent = css;
    (doc.head ?? doc.documentElement).append(element);
  }
  return {
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
