import { afterEach, describe, expect, it } from 'vitest';
import {
  HIGHLIGHT_STYLES,
  STYLE_ATTR,
  hasStaticHighlightCss,
  highlightCss,
  installHighlightStyle,
  staticHighlightCss,
} from '../../entrypoints/content/styles';

/**
 * The static sheet (registered at document_start) and the one-style sheet (options preview) come
 * from the same rules; the content script adds a sheet only where the static one is missing.
 */

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

function addStatic(): HTMLStyleElement {
  const el = document.createElement('style');
  el.textContent = staticHighlightCss();
  document.head.append(el);
  return el;
}

describe('staticHighlightCss', () => {
  it('holds each style exactly as highlightCss, keyed by the mark attribute', () => {
    const all = staticHighlightCss();
    for (const style of HIGHLIGHT_STYLES) {
      const key = `:where([${STYLE_ATTR}="${style}"])`;
      // Keep this style's rules without their key, drop the other styles' rules.
      const others = HIGHLIGHT_STYLES.filter((s) => s !== style);
      let only = all.split(key).join('').replace(/\n:root \{ --elens-static-sheet: 1; \}\n$/, '');
      for (const o of others) {
        only = only.replace(new RegExp(`\\n[^\\n{]*:where\\(\\[${STYLE_ATTR}="${o}"\\]\\) \\{[^}]*\\}`), '');
      }
      expect(only).toBe(highlightCss(style));
    }
  });

  it('adds no specificity to the style rules (the focus ring still wins over a style)', () => {
    for (const style of HIGHLIGHT_STYLES) {
      expect(staticHighlightCss()).toContain(`elens-mark[data-elens-term]:where([${STYLE_ATTR}="${style}"]) {`);
    }
  });
});

describe('hasStaticHighlightCss', () => {
  it('is false on a page without the sheet and true with it', () => {
    expect(hasStaticHighlightCss(document)).toBe(false);
    const el = addStatic();
    expect(hasStaticHighlightCss(document)).toBe(true);
    el.remove();
    expect(hasStaticHighlightCss(document)).toBe(false);
  });

  it('is not fooled by page rules that look like ours, nor beaten by a hostile reset', () => {
    const page = document.createElement('style');
    page.textContent = '* { cursor: help !important; text-decoration: underline dotted !important; }';
    document.head.append(page);
    expect(hasStaticHighlightCss(document)).toBe(false);
    page.textContent = '* { all: unset !important; } elens-mark { display: none !important; }';
    addStatic();
    expect(hasStaticHighlightCss(document)).toBe(true);
  });
});

describe('installHighlightStyle', () => {
  it('adds the sheet where the static one is missing, and removes it again', () => {
    const handle = installHighlightStyle(document);
    const added = [...document.querySelectorAll('style[data-elens]')];
    const adopted = document.adoptedStyleSheets ?? [];
    expect(added.length + adopted.length).toBe(1);
    // The same rules, without the root's probe property (adding it would restyle every element).
    const css = added[0]?.textContent ?? [...adopted[0]!.cssRules].map((r) => r.cssText).join('\n');
    for (const style of HIGHLIGHT_STYLES) expect(css).toContain(`[${STYLE_ATTR}="${style}"]`);
    expect(css).not.toContain('--elens-static-sheet');
    expect(hasStaticHighlightCss(document)).toBe(false);
    handle.remove();
    expect(document.querySelectorAll('style[data-elens]')).toHaveLength(0);
  });

  it('adds nothing where the static sheet is already in the page', () => {
    addStatic();
    const handle = installHighlightStyle(document);
    expect(document.querySelectorAll('style[data-elens]')).toHaveLength(0);
    expect(document.adoptedStyleSheets ?? []).toHaveLength(0);
    handle.remove();
    expect(hasStaticHighlightCss(document)).toBe(true);
  });
});
