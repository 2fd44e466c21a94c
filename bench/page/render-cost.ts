import { MARK_TAG } from '../../entrypoints/content/exclusions';
import { highlightCss } from '../../entrypoints/content/styles';

/**
 * Page-side half of `bench/render-cost.ts`: DOM writes shaped like the highlighter's (a text
 * node split around an `<elens-mark>`), and stylesheet changes, each made in one task between
 * two user-timing marks, so that the trace shows what the frames after them cost.
 */

declare global {
  interface Window {
    __elensRender?: RenderApi;
  }
}

export type Placement = 'spread' | 'top' | 'middle';

/**
 * How the write is made: our mark (`mark`); the same without a tab stop (`untabbed`); a plain
 * `<span>`; the text rewritten in place with no element (`text`); our mark laid out as
 * `display: contents` or with a paint layer of its own (`layer`, `position: relative`).
 */
export type Variant = 'mark' | 'untabbed' | 'span' | 'text' | 'contents' | 'layer' | 'shadow' | 'inline';

/** `inline`: our mark styled by a `style` attribute (the base and underline rules' declarations). */
const INLINE = highlightCss('underline')
  .split('}')
  .filter((block) => /^\s*elens-mark\[data-elens-term\] \{/.test(block))
  .map((block) => block.slice(block.indexOf('{') + 1).trim())
  .join(' ');

/** `shadow`: our mark styled from a shadow root of its own (`:host` rules in a shared sheet). */
let hostSheet: CSSStyleSheet | null = null;
function hostStyled(mark: HTMLElement): void {
  if (!hostSheet) {
    hostSheet = new CSSStyleSheet();
    const css = highlightCss('underline')
      .replace(/elens-mark\[data-elens-term\]:([a-z-]+)/g, ':host(:$1)')
      .replace(/elens-mark\[data-elens-term\]/g, ':host');
    hostSheet.replaceSync(css);
  }
  const root = mark.attachShadow({ mode: 'closed' });
  root.adoptedStyleSheets = [hostSheet];
  root.append(document.createElement('slot'));
}

export interface RenderApi {
  /** Text nodes of the story that a trial may wrap. */
  candidates(): number;
  /** Wraps `n` text nodes (10 characters of each), placed as asked, between marks named `label`. */
  wrap(label: string, n: number, placement: Placement, variant?: Variant): Promise<number>;
  /** Removes what `wrap` added (text restored, split nodes merged back), and lets it render. */
  unwrap(): Promise<void>;
  /** Adopts the highlight stylesheet on the document (marks may already be there). */
  adoptSheet(label: string): Promise<void>;
  /** Replaces the adopted sheet's rules (a settings change). */
  updateSheet(label: string): Promise<void>;
  dropSheet(): Promise<void>;
  /** Lets the page render until it is idle. */
  settle(): Promise<void>;
}

const nextTask = () =>
  new Promise<void>((resolve) => {
    const c = new MessageChannel();
    c.port1.onmessage = () => resolve();
    c.port2.postMessage(null);
  });
/** Resolves after the next frame has been rendered. */
const afterFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => void nextTask().then(resolve)));

let pool: Text[] | null = null;
function textNodes(): Text[] {
  if (pool) return pool;
  const root = document.querySelector('.story-body') ?? document.body;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    if (t.data.length >= 30 && t.parentElement?.tagName === 'P') out.push(t);
  }
  pool = out;
  return out;
}

function pick(n: number, placement: Placement): Text[] {
  const all = textNodes();
  const count = Math.min(n, all.length);
  if (placement === 'top') return all.slice(0, count);
  if (placement === 'middle') {
    const from = Math.floor(all.length / 2);
    return all.slice(from, from + count);
  }
  const step = all.length / count;
  return Array.from({ length: count }, (_, i) => all[Math.floor(i * step)]!);
}

let wrapped: Array<{ node: Text; mark: HTMLElement; rest: Text }> = [];
let sheet: CSSStyleSheet | null = null;

async function between(label: string, write: () => void): Promise<void> {
  await afterFrame();
  await nextTask();
  performance.mark(`rc:${label}:start`);
  write();
  await afterFrame();
  await afterFrame();
  performance.mark(`rc:${label}:end`);
}

const api: RenderApi = {
  candidates: () => textNodes().length,
  async wrap(label, n, placement, variant = 'mark') {
    const nodes = pick(n, placement);
    await between(label, () => {
      for (const node of nodes) {
        if (variant === 'text') {
          node.replaceData(5, 10, node.data.slice(5, 15).toUpperCase());
          continue;
        }
        const inner = node.splitText(5);
        const rest = inner.splitText(10);
        const mark = document.createElement(variant === 'span' ? 'span' : MARK_TAG);
        if (variant !== 'span') mark.setAttribute('data-elens-term', 'e2ee');
        if (variant !== 'span' && variant !== 'untabbed') mark.setAttribute('tabindex', '0');
        if (variant === 'contents') mark.style.display = 'contents';
        if (variant === 'layer') mark.style.position = 'relative';
        if (variant === 'shadow') hostStyled(mark);
        if (variant === 'inline') mark.setAttribute('style', INLINE);
        inner.replaceWith(mark);
        mark.append(inner);
        wrapped.push({ node, mark, rest });
      }
    });
    return nodes.length;
  },
  async unwrap() {
    for (const { node, mark, rest } of wrapped) {
      node.data += (mark.textContent ?? '') + rest.data;
      mark.remove();
      rest.remove();
    }
    wrapped = [];
    await api.settle();
  },
  async adoptSheet(label) {
    const s = new CSSStyleSheet();
    s.replaceSync(highlightCss('underline'));
    await between(label, () => {
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, s];
    });
    sheet = s;
  },
  async updateSheet(label) {
    const s = sheet;
    if (!s) throw new Error('no sheet adopted');
    await between(label, () => s.replaceSync(highlightCss('background')));
  },
  async dropSheet() {
    const s = sheet;
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((x) => x !== s);
    sheet = null;
    await api.settle();
  },
  async settle() {
    for (let i = 0; i < 3; i++) await afterFrame();
    await new Promise((r) => setTimeout(r, 150));
  },
};

window.__elensRender = api;
