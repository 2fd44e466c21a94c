import { browser } from 'wxt/browser';
import type { RevealRequest, RevealResult } from '../../utils/page-access';
import type { RevealGlobal } from '../reveal';

/**
 * The custom highlight the flash paints, with a fresh name per popup so page CSS cannot aim a
 * `::highlight()` rule at it. (A user-origin sheet would outrank page CSS, but Chromium does not
 * paint `::highlight()` from user-origin sheets, so the rule is an author one.)
 */
export const REVEAL_HIGHLIGHT = `elens-reveal-${Math.random().toString(36).slice(2, 10)}`;
const FLASH_MS = 2600;
const REVEAL_CSS = `::highlight(${REVEAL_HIGHLIGHT}){background-color:#ffd43b !important;color:#111 !important;}`;

const styledTabs = new Set<number>();

/** True when the highlight's style is in the tab; otherwise the flash falls back to an overlay. */
async function ensureStyle(tabId: number): Promise<boolean> {
  if (styledTabs.has(tabId)) return true;
  try {
    await browser.scripting.insertCSS({ target: { tabId }, css: REVEAL_CSS, origin: 'AUTHOR' });
    styledTabs.add(tabId);
    return true;
  } catch {
    return false;
  }
}

export interface RevealTarget {
  texts: string[];
  termId?: string;
  wholeWord?: boolean;
  earliest?: boolean;
  path?: number[];
}

/** Scrolls the tab to the first of `target.texts` found and flashes it. */
export async function revealInTab(tabId: number, target: RevealTarget): Promise<RevealResult> {
  const styled = await ensureStyle(tabId);
  // The finder comes from its own file (entrypoints/reveal.ts), then is called with the request.
  await browser.scripting.executeScript({ target: { tabId }, files: ['/reveal.js'] });
  const [res] = await browser.scripting.executeScript({
    target: { tabId },
    func: (req: RevealRequest) => (globalThis as RevealGlobal).__elensRevealInPage?.(req) ?? null,
    args: [
      {
        texts: target.texts,
        ...(target.termId ? { termId: target.termId } : {}),
        ...(target.path ? { path: target.path } : {}),
        wholeWord: target.wholeWord === true,
        earliest: target.earliest === true,
        highlightName: REVEAL_HIGHLIGHT,
        flashMs: FLASH_MS,
        forceOverlay: !styled,
      },
    ],
  });
  return (res?.result as RevealResult | undefined) ?? { found: false, matchedIndex: -1, flash: 'none' };
}

const OPENING_QUOTES = /^["'\u201C\u201D\u2018\u2019\u00AB\u201E\s]+/;
const CLOSING = /["'\u201C\u201D\u2018\u2019\u00BB\s,.;:]+$/;

/**
 * Texts to look for when revealing a statement, best first. The analysis may join a split
 * quote, normalise its punctuation or end it differently from the page, so fragments follow the
 * whole text: its sentences (longest first) and its opening words.
 */
export function statementTargets(text: string, extra: readonly string[] = []): string[] {
  const core = text.replace(OPENING_QUOTES, '').replace(CLOSING, '');
  const pieces = core
    .split(/\s*(?:\u2026|\.\.\.|[.!?]["'\u201D\u2019]?\s+)\s*/)
    .map((p) => p.replace(OPENING_QUOTES, '').replace(CLOSING, ''))
    .filter((p) => p.length >= 16)
    .sort((a, b) => b.length - a.length);
  const words = core.split(/\s+/);
  const opening = words.slice(0, 8).join(' ');
  const out = [core, ...extra, ...pieces, opening].filter((t) => t.trim().length >= 4);
  return [...new Set(out)];
}
