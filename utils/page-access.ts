/**
 * Functions that run in a tab: `snapshotPage` is injected by the popup with
 * `scripting.executeScript({ func })`; `revealInPage` comes with its own file
 * (entrypoints/reveal.ts), injected only when a reader clicks "Show in page".
 *
 * The browser serialises each function's source and runs it in the page's isolated world, so
 * every function here must be self-contained: no imports, no module-level values, no closures
 * over anything outside its own body. Types are fine (they vanish at build time).
 */

/** What the popup needs from a page to run the analysis on its own side. */
export interface PageSnapshot {
  url: string;
  title: string;
  lang: string;
  /** `document.contentType`: "text/html" for web pages, "application/pdf" in Chrome's PDF viewer. */
  contentType: string;
  /**
   * The document's markup with the contents of scripts, styles and templates emptied (the
   * elements stay, so element positions match the live page); empty for non-HTML documents.
   */
  html: string;
  /** True when the markup was cut at `maxChars`. */
  truncated: boolean;
  /** Time spent in the page, for the popup's timing breakdown. */
  ms: number;
}

/** Serialises the page for the popup. Native serialisation is far cheaper than cloning the DOM. */
export function snapshotPage(maxChars: number): PageSnapshot {
  const t0 = performance.now();
  const doc = document;
  const contentType = doc.contentType || 'text/html';
  const isHtml = contentType === 'text/html' || contentType === 'application/xhtml+xml';
  let html = isHtml && doc.documentElement ? doc.documentElement.outerHTML : '';
  // Inline scripts and styles can be megabytes on news sites and mean nothing to the analysis.
  // Only their contents go: the analysis' locators count element children from <html> down.
  html = html.replace(/(<(script|style|noscript|template)\b[^>]*>)[\s\S]*?(<\/\2\s*>)/gi, '$1$3');
  const truncated = html.length > maxChars;
  if (truncated) html = html.slice(0, maxChars);
  return {
    url: location.href,
    title: doc.title || '',
    lang: (doc.documentElement && doc.documentElement.lang) || '',
    contentType,
    html,
    truncated,
    ms: performance.now() - t0,
  };
}

export interface RevealRequest {
  /** Texts to look for, best first (e.g. the whole quote, then a fragment of it). */
  texts: string[];
  /**
   * Element-child indices from `<html>` to the block that holds the text (the analysis'
   * locator): searched first, so a sentence that also appears elsewhere is found in its place.
   */
  path?: number[];
  /** A glossary id: its first highlight in the page, when there is one, wins over text search. */
  termId?: string;
  /** Only match whole words (terms: "encrypted" must not match inside "unencrypted"). */
  wholeWord?: boolean;
  /** Reveal whichever of `texts` comes first in the page, rather than the first text found. */
  earliest?: boolean;
  /** Name of the CSS custom highlight (the popup inserts its `::highlight()` rule). */
  highlightName: string;
  /** How long the flash lasts, in milliseconds. */
  flashMs: number;
  /** Draw the overlay even where custom highlights exist (their style could not be inserted). */
  forceOverlay?: boolean;
}

export interface RevealResult {
  found: boolean;
  /** Which of `texts` was found (-1 for the term's highlight element, or when nothing was). */
  matchedIndex: number;
  /** How the flash was drawn: the CSS Custom Highlight API, or a temporary overlay. */
  flash: 'highlight' | 'overlay' | 'none';
}

/**
 * Finds a text in the live page (whitespace, quote marks and dashes normalised; exact case first,
 * then any case), scrolls it to the centre of the viewport and flashes it. The page's DOM is left
 * as it was: the flash is a CSS custom highlight, or where that API is missing, an overlay that
 * removes itself.
 */
export function revealInPage(req: RevealRequest): RevealResult {
  const SKIP = new Set([
    'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'SVG', 'ELENS-TOOLTIP',
  ]);
  const BLOCK = new Set([
    'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION',
    'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN',
    'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
  ]);

  /** One character folded so that typographic variants compare equal; keeps string length. */
  function fold(c: string): string {
    if (/\s/.test(c)) return ' ';
    if ('\u2018\u2019\u201A\u201B\u2032\u0060\u00B4'.includes(c)) return "'";
    if ('\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB'.includes(c)) return '"';
    if (c >= '\u2010' && c <= '\u2015') return '-';
    return c;
  }
  function foldText(s: string): string {
    let out = '';
    for (const c of s) out += fold(c);
    return out.replace(/ +/g, ' ').trim();
  }
  /** Lower-cases without changing length, so offsets still line up. */
  function lower(s: string): string {
    let out = '';
    for (let i = 0; i < s.length; i++) {
      const c = s[i]!;
      const l = c.toLowerCase();
      out += l.length === 1 ? l : c;
    }
    return out;
  }

  function blockOf(node: Node): Element | null {
    let el = node.parentElement;
    while (el && !BLOCK.has(el.tagName.toUpperCase())) el = el.parentElement;
    return el;
  }

  interface Flat {
    text: string;
    nodes: Text[];
    offsets: number[];
  }
  /** The root's visible-ish text with collapsed whitespace, and where each character came from. */
  function flatten(root: Element): Flat {
    const nodes: Text[] = [];
    const offsets: number[] = [];
    let text = '';
    let lastBlock: Element | null = null;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode(n: Node) {
        for (let el = n.parentElement; el && el !== root; el = el.parentElement) {
          if (SKIP.has(el.tagName.toUpperCase())) return NodeFilter.FILTER_REJECT;
        }
        return NodeFilter.FILTER_ACCEPT;
      },
    });
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      const data = n.data;
      const block = blockOf(n);
      // Text in different blocks ("…end.</p><p>Next…") reads as separate words.
      if (block !== lastBlock && text.length > 0 && text[text.length - 1] !== ' ') {
        text += ' ';
        nodes.push(n);
        offsets.push(0);
      }
      lastBlock = block;
      for (let i = 0; i < data.length; i++) {
        const c = fold(data[i]!);
        if (c === ' ' && (text.length === 0 || text[text.length - 1] === ' ')) continue;
        text += c;
        nodes.push(n);
        offsets.push(i);
      }
    }
    return { text, nodes, offsets };
  }

  function isWordChar(c: string | undefined): boolean {
    return c !== undefined && /[\p{L}\p{N}]/u.test(c);
  }

  function rangeAt(flat: Flat, start: number, length: number): Range | null {
    const endIdx = start + length - 1;
    const startNode = flat.nodes[start];
    const endNode = flat.nodes[endIdx];
    if (!startNode || !endNode) return null;
    const range = document.createRange();
    range.setStart(startNode, flat.offsets[start]!);
    range.setEnd(endNode, Math.min(flat.offsets[endIdx]! + 1, endNode.data.length));
    return range;
  }

  function visible(range: Range): boolean {
    const r = range.getBoundingClientRect();
    return r.width > 0 || r.height > 0;
  }

  interface Hit {
    range: Range;
    at: number;
  }
  let lowered: { flat: Flat; text: string } | null = null;
  function find(flat: Flat, needle: string): Hit | null {
    if (!needle) return null;
    if (lowered?.flat !== flat) lowered = { flat, text: lower(flat.text) };
    const passes: Array<[string, string]> = [
      [flat.text, needle],
      [lowered.text, lower(needle)],
    ];
    for (const [hay, n] of passes) {
      for (let at = hay.indexOf(n); at !== -1; at = hay.indexOf(n, at + 1)) {
        if (req.wholeWord && (isWordChar(hay[at - 1]) || isWordChar(hay[at + n.length]))) continue;
        const range = rangeAt(flat, at, n.length);
        if (range && visible(range)) return { range, at };
      }
    }
    return null;
  }

  function elementAt(path: number[]): Element | null {
    let el: Element | null = document.documentElement;
    for (const i of path) {
      el = el ? (el.children[i] ?? null) : null;
    }
    return el;
  }

  function roots(): Element[] {
    const found: Element[] = [];
    const located = req.path && req.path.length > 0 ? elementAt(req.path) : null;
    if (located) found.push(located);
    for (const sel of ['article', '[role="main"]', 'main']) {
      const el = document.querySelector(sel);
      if (el && !found.includes(el)) found.push(el);
    }
    if (document.body) found.push(document.body);
    return found;
  }

  function scrollToRange(range: Range): void {
    const start = range.startContainer;
    const anchor = start.nodeType === Node.ELEMENT_NODE ? (start as Element) : start.parentElement;
    // scrollIntoView also scrolls nested scroll containers; the window adjustment that follows
    // centres the sentence itself rather than a possibly very tall paragraph.
    anchor?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
    const rect = range.getBoundingClientRect();
    const viewH = window.innerHeight || document.documentElement.clientHeight;
    if (rect.top < 0 || rect.bottom > viewH || rect.height > viewH) {
      const delta = rect.height > viewH ? rect.top - 16 : rect.top + rect.height / 2 - viewH / 2;
      window.scrollBy({ top: delta, behavior: 'instant' });
    }
  }

  type FlashState = { timers: number[]; cleanup: (() => void) | null };
  const g = window as unknown as { __elensReveal?: FlashState };
  function flash(range: Range): RevealResult['flash'] {
    const state: FlashState = g.__elensReveal ?? { timers: [], cleanup: null };
    g.__elensReveal = state;
    state.timers.forEach((t) => clearTimeout(t));
    state.timers = [];
    state.cleanup?.();
    state.cleanup = null;

    // `Highlight` and `CSS.highlights` are missing from older lib.dom typings and browsers.
    const HighlightCtor = (window as unknown as { Highlight?: new (...r: Range[]) => object }).Highlight;
    const registry = (globalThis as unknown as { CSS?: { highlights?: Map<string, object> } }).CSS?.highlights;
    if (HighlightCtor && registry && !req.forceOverlay) {
      const name = req.highlightName;
      const on = () => registry.set(name, new HighlightCtor(range));
      const off = () => registry.delete(name);
      let painted = true;
      try {
        on();
      } catch {
        // A browser whose content-script wrappers refuse the registry: the overlay still works.
        painted = false;
      }
      if (painted) {
        // Two quick blinks catch the eye, then the highlight stays for the rest of the flash.
        const steps: Array<[number, () => void]> = [
          [260, off], [400, on], [660, off], [800, on], [req.flashMs, off],
        ];
        state.timers = steps.map(([ms, fn]) => window.setTimeout(fn, ms));
        state.cleanup = off;
        return 'highlight';
      }
    }

    // Inline !important declarations outrank any page rule, `* { all: unset !important }` included.
    const important = (css: string) =>
      css
        .split(';')
        .filter((d) => d.trim())
        .map((d) => `${d} !important`)
        .join(';');
    const layer = document.createElement('div');
    layer.setAttribute('aria-hidden', 'true');
    layer.style.cssText = important(
      'all:initial;display:block;position:absolute;left:0;top:0;width:0;height:0;z-index:2147483647;pointer-events:none',
    );
    for (const r of Array.from(range.getClientRects())) {
      const box = document.createElement('div');
      box.style.cssText = important(
        `all:initial;display:block;position:absolute;pointer-events:none;box-sizing:border-box;` +
          `left:${r.left + window.scrollX - 2}px;top:${r.top + window.scrollY - 1}px;` +
          `width:${r.width + 4}px;height:${r.height + 2}px;` +
          'background:rgba(255,214,10,.45);outline:2px solid rgba(230,160,0,.9);border-radius:3px',
      );
      layer.appendChild(box);
    }
    document.documentElement.appendChild(layer);
    const remove = () => layer.remove();
    state.timers = [window.setTimeout(remove, req.flashMs)];
    state.cleanup = remove;
    return 'overlay';
  }

  function reveal(range: Range, matchedIndex: number): RevealResult {
    scrollToRange(range);
    return { found: true, matchedIndex, flash: flash(range) };
  }

  if (req.termId) {
    const marks = document.querySelectorAll('[data-elens-term]');
    for (const mark of Array.from(marks)) {
      if ((mark as HTMLElement).dataset.elensTerm !== req.termId) continue;
      const range = document.createRange();
      range.selectNodeContents(mark);
      if (visible(range)) return reveal(range, -1);
    }
  }

  const needles = req.texts.map(foldText);
  const flats = new Map<Element, Flat>();
  const flatOf = (root: Element) => {
    let flat = flats.get(root);
    if (!flat) {
      flat = flatten(root);
      flats.set(root, flat);
    }
    return flat;
  };
  if (req.earliest) {
    for (const root of roots()) {
      const flat = flatOf(root);
      let best: (Hit & { i: number }) | null = null;
      needles.forEach((n, i) => {
        const hit = find(flat, n);
        if (hit && (!best || hit.at < best.at)) best = { ...hit, i };
      });
      const found = best as (Hit & { i: number }) | null;
      if (found) return reveal(found.range, found.i);
    }
  } else {
    for (let i = 0; i < needles.length; i++) {
      for (const root of roots()) {
        const hit = find(flatOf(root), needles[i]!);
        if (hit) return reveal(hit.range, i);
      }
    }
  }
  return { found: false, matchedIndex: -1, flash: 'none' };
}
