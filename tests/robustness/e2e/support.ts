import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Page } from 'playwright-core';
import type { Lens } from '../../e2e/harness';
import { FIXTURES_DIR } from '../../e2e/server';

/**
 * Shared by the robustness suites that run in the real browser: serving hostile variants of our
 * fixture pages (extra headers, extra markup), reading the page through DOM methods that the
 * hostile pages leave alone, and axe-core.
 */

export const HOSTILE_DIR = join(FIXTURES_DIR, 'hostile');


export interface Variant {
  /** File under tests/fixtures/hostile/. */
  file: string;
  /** Markup put where the file has `<!--elens:head-->` (or before `</head>`). */
  head?: string;
  /** Markup put where the file has `<!--elens:body-->` (or after `<body>`). */
  body?: string;
  /** Response headers, e.g. a Content-Security-Policy. */
  headers?: Record<string, string>;
  /** Regular expressions whose matches are removed from the file (the page's own scripts, say). */
  strip?: RegExp[];
}

export function variantHtml(v: Variant): string {
  let html = readFileSync(join(HOSTILE_DIR, v.file), 'utf8');
  for (const re of v.strip ?? []) html = html.replace(re, '');
  if (v.head) html = html.includes('<!--elens:head-->') ? html.replace('<!--elens:head-->', v.head) : html.replace('</head>', `${v.head}</head>`);
  if (v.body) html = html.includes('<!--elens:body-->') ? html.replace('<!--elens:body-->', v.body) : html.replace(/<body[^>]*>/, (m) => `${m}${v.body}`);
  return html;
}

/** Serves a variant at `path` through the test server's route API. Returns the route's remover. */
export function serveVariant(lens: Lens, path: string, v: Variant): () => void {
  const html = variantHtml(v);
  return lens.server.route(path, (_req: IncomingMessage, res: ServerResponse) => {
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      ...(v.headers ?? {}),
    });
    res.end(html);
  });
}

/**
 * Number of highlights. `getElementsByTagName` because hostile pages replace `querySelectorAll`
 * in the page's world, where `page.evaluate` runs.
 */
export function markCount(page: Page): Promise<number> {
  return page.evaluate(() => document.getElementsByTagName('elens-mark').length);
}

export async function waitForMarks(page: Page, atLeast = 1, timeout = 10_000): Promise<number> {
  const handle = await page.waitForFunction(
    (n) => {
      const c = document.getElementsByTagName('elens-mark').length;
      return c >= n ? c : 0;
    },
    atLeast,
    { timeout, polling: 100 },
  );
  return (await handle.jsonValue()) as number;
}

/** A point inside the first line box of the n-th highlight, read with methods pages rarely fake. */
export function markPoint(page: Page, index = 0): Promise<{ x: number; y: number; id: string } | null> {
  return page.evaluate((i) => {
    const el = document.getElementsByTagName('elens-mark')[i] as HTMLElement | undefined;
    if (!el) return null;
    const r = el.getClientRects()[0];
    if (!r) return null;
    return { x: r.x + Math.min(r.width / 2, 12), y: r.y + r.height / 2, id: el.getAttribute('data-elens-term') ?? '' };
  }, index);
}

export interface CardInfo {
  term: string;
  width: number;
  height: number;
  /** The host is what the pointer hits at the card's middle. */
  onTop: boolean;
  visible: boolean;
}

/** The open tooltip card as the page sees it, or null. */
export function openCard(page: Page): Promise<CardInfo | null> {
  return page.evaluate(() => {
    const host = document.getElementsByTagName('elens-tooltip')[0];
    const card = host?.shadowRoot?.querySelector<HTMLElement>('.card');
    if (!host || !card || !card.hasAttribute('data-placed')) return null;
    const r = card.getClientRects()[0];
    if (!r) return { term: card.dataset.term ?? '', width: 0, height: 0, onTop: false, visible: false };
    const hit = document.elementsFromPoint(r.x + r.width / 2, r.y + r.height / 2)[0];
    return {
      term: card.dataset.term ?? '',
      width: r.width,
      height: r.height,
      onTop: hit === host,
      visible: getComputedStyle(card).visibility === 'visible' && r.width > 0 && r.height > 0,
    };
  });
}

export async function waitForCard(page: Page, term?: string, timeout = 5000): Promise<CardInfo> {
  await page.waitForFunction(
    (id) => {
      const card = document.getElementsByTagName('elens-tooltip')[0]?.shadowRoot?.querySelector<HTMLElement>('.card');
      return !!card && card.hasAttribute('data-placed') && (!id || card.dataset.term === id);
    },
    term ?? null,
    { timeout, polling: 50 },
  );
  // The card fades in over 120 ms; measure after it.
  await page.waitForTimeout(200);
  const card = await openCard(page);
  if (!card) throw new Error('the card closed while it was measured');
  return card;
}

export async function waitForNoCard(page: Page, timeout = 3000): Promise<void> {
  await page.waitForFunction(
    () => !document.getElementsByTagName('elens-tooltip')[0]?.shadowRoot?.querySelector('.card'),
    null,
    { timeout, polling: 50 },
  );
}

/** Moves the pointer onto the n-th highlight (from a neutral corner) and returns its term id. */
export async function hoverMark(page: Page, index = 0): Promise<string> {
  await page.mouse.move(1, 1);
  const p = await markPoint(page, index);
  if (!p) throw new Error(`no visible highlight #${index}`);
  await page.mouse.move(p.x, p.y, { steps: 3 });
  return p.id;
}

/** Index of the first highlight whose first line box lies in the viewport (-1 when none). */
export function visibleMarkIndex(page: Page, within?: string): Promise<number> {
  return page.evaluate((sel) => {
    const all = [...document.getElementsByTagName('elens-mark')];
    return all.findIndex((el) => {
      if (el.hasAttribute('data-elens-part')) return false;
      if (sel && !document.getElementById(sel)?.contains(el)) return false;
      const r = el.getClientRects()[0];
      return !!r && r.top >= 0 && r.bottom <= innerHeight && r.width > 0;
    });
  }, within ?? null);
}


/** What has keyboard focus, described by the accessible name the tests look for. */
export function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    let el = document.activeElement as HTMLElement | null;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement as HTMLElement;
    if (!el || el === document.body) return '';
    const by = el.getAttribute('aria-labelledby');
    const labelFor = el.id ? document.querySelector(`label[for="${el.id}"]`) : null;
    const wrapping = el.closest('label');
    const name = by
      ? by.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ')
      : (el.getAttribute('aria-label') ??
        labelFor?.textContent ??
        wrapping?.textContent ??
        (el instanceof HTMLInputElement ? el.value : el.textContent) ??
        '');
    const kind = el instanceof HTMLInputElement ? `[${el.type}]` : '';
    return `${el.localName}${kind}: ${name.replace(/\s+/g, ' ').trim()}`;
  });
}

/** Tabs until `matches(focusedName)`; throws after `max` presses. Returns the names passed. */
export async function tabUntil(page: Page, matches: RegExp, max = 80, key = 'Tab'): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const name = await focusedName(page);
    seen.push(name);
    if (matches.test(name)) return seen;
  }
  throw new Error(`${key} never reached ${matches}; passed ${seen.join(' | ')}`);
}

export { axeViolations } from '../../e2e/axe';
