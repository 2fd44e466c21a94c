import type { Theme } from '../../../utils/settings-schema';

interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

const RGB_RE = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+)(%?))?\s*\)$/;

/** Parses the `rgb()`/`rgba()` form that getComputedStyle returns for sRGB colours. */
export function parseRgb(css: string): Rgba | null {
  const m = RGB_RE.exec(css.trim());
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : Number(m[4]) / (m[5] ? 100 : 1);
  return { r: Number(m[1]), g: Number(m[2]), b: Number(m[3]), a: alpha };
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function luminance({ r, g, b }: Rgba): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/**
 * Colours in other notations (oklch(), color(srgb …)) are resolved by painting one pixel:
 * getComputedStyle keeps the page's notation. Null where no canvas exists (jsdom).
 */
function resolveColour(css: string): Rgba | null {
  const direct = parseRgb(css);
  if (direct) return direct;
  try {
    const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
    if (!ctx) return null;
    ctx.fillStyle = css;
    ctx.fillRect(0, 0, 1, 1);
    const [r = 0, g = 0, b = 0, a = 0] = ctx.getImageData(0, 0, 1, 1).data;
    return { r, g, b, a: a / 255 };
  } catch {
    return null;
  }
}

// Contrast against white and black are equal at this luminance: the fair split point.
const MIDPOINT = 0.179;

/**
 * Whether the page around `anchor` is dark: the first opaque background found walking up from
 * the highlight (up to a fullscreen element, whose backdrop is black); failing that, light text
 * means a dark canvas; failing that, the canvas follows the page's `color-scheme` and the
 * reader's `prefers-color-scheme`.
 */
export function pageIsDark(anchor: Element): boolean {
  const view = anchor.ownerDocument.defaultView;
  if (!view) return false;
  const full = anchor.ownerDocument.fullscreenElement;
  for (let el: Element | null = anchor; el; el = el.parentElement) {
    const bg = resolveColour(view.getComputedStyle(el).backgroundColor);
    if (bg && bg.a >= 0.5) return luminance(bg) < MIDPOINT;
    // Ancestors of a fullscreen element are not painted: its own backdrop, black, shows.
    if (el === full) return true;
  }
  const text = resolveColour(view.getComputedStyle(anchor).color);
  if (text && text.a >= 0.5) {
    const l = luminance(text);
    if (l > 0.6) return true;
    if (l < 0.05) return false;
  }
  const root = anchor.ownerDocument.documentElement;
  const meta = anchor.ownerDocument.querySelector('meta[name="color-scheme"]')?.getAttribute('content') ?? '';
  const scheme = `${view.getComputedStyle(root).colorScheme ?? ''} ${meta}`;
  if (!/\bdark\b/.test(scheme)) return false;
  if (!/\blight\b/.test(scheme)) return true;
  return view.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}

export function useDarkTheme(theme: Theme, anchor: Element): boolean {
  return theme === 'dark' || (theme === 'auto' && pageIsDark(anchor));
}
