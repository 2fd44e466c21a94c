import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { TERMS } from '../../glossary/terms';
import { launch, waitForHighlightCount, waitForStatus, type Lens } from './harness';
import { axeViolations } from './axe';
import { FIXTURES_DIR, SHARED_FIXTURES_DIR } from './server';

/**
 * The inline definition tooltip in real Chromium with the built extension: hover (dwell and
 * abandon), keyboard focus, Esc, the hover bridge onto the card, hostile page CSS, flipping at
 * the bottom edge, fullscreen and modal <dialog>, light and dark pages, "Full explanation"
 * opening the glossary page, "Turn off on this site", and axe-core on the open card.
 *
 * Set ELENS_SHOTS=/some/dir to also save screenshots of open tooltips there.
 */

const SAMPLE = readFileSync(join(FIXTURES_DIR, 'sample-article.html'), 'utf8');
const SEED = join(SHARED_FIXTURES_DIR, 'seed-article.html');
const SHOTS = process.env.ELENS_SHOTS;
const TERM_NAME = new Map(TERMS.map((t) => [t.id, t.term]));
// Everything a hostile or careless page does to injected UI: unset every property on every
// element, hide <mark>, aim at our elements by name, and shrink the root font size (rem).
const HOSTILE_CSS = `<style>
* { all: unset !important; }
mark { display: none !important; }
elens-tooltip, elens-tooltip * { display: none !important; visibility: hidden !important;
  opacity: 0 !important; width: 1px !important; height: 1px !important; font-size: 2px !important;
  color: red !important; background: red !important; transform: scale(0) !important;
  position: static !important; z-index: -1 !important; pointer-events: none !important; }
[popover] { display: none !important; }
:root { font-size: 5px !important; }
</style>`;

const DARK_CSS = `<style>
html, body, .page, article { background: #111418 !important; color: #e6e6e6 !important; }
</style>`;

function variant(extraHead: string): string {
  return SAMPLE.replace('</head>', `${extraHead}</head>`);
}

interface CardState {
  term: string;
  title: string;
  placement: string;
  rect: { x: number; y: number; width: number; height: number };
  visible: boolean;
  dark: boolean;
  fontSize: string;
  /** Contrast of the definition text on the card, and of the primary button's label. */
  contrast: number;
  buttonContrast: number;
  /** The host is what the pointer hits at the card's middle (not hidden, not inert). */
  onTop: boolean;
  hostParent: string;
  popoverOpen: boolean;
}

/** The open card as the page sees it, or null. */
function cardState(page: Page): Promise<CardState | null> {
  return page.evaluate(() => {
    const host = document.querySelector('elens-tooltip');
    const card = host?.shadowRoot?.querySelector<HTMLElement>('.card');
    if (!host || !card) return null;
    const lum = (css: string) => {
      const m = /rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)/.exec(css);
      if (!m) return NaN;
      const lin = (c: number) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(+m[1]!) + 0.7152 * lin(+m[2]!) + 0.0722 * lin(+m[3]!);
    };
    const ratio = (a: string, b: string) => {
      const [l1, l2] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
      return (l1 + 0.05) / (l2 + 0.05);
    };
    const cs = getComputedStyle(card);
    const def = card.querySelector('.definition')!;
    const more = card.querySelector('button.more')!;
    const r = card.getBoundingClientRect();
    const hit = document.elementsFromPoint(r.x + r.width / 2, r.y + r.height / 2)[0];
    let popoverOpen = false;
    try {
      popoverOpen = host.matches(':popover-open');
    } catch {
      // no popover support
    }
    return {
      term: card.dataset.term ?? '',
      title: card.querySelector('#elens-tooltip-term')?.textContent ?? '',
      placement: card.dataset.placement ?? '',
      rect: { x: r.x, y: r.y, width: r.width, height: r.height },
      visible: cs.visibility === 'visible' && card.hasAttribute('data-placed') && r.width > 0,
      dark: card.classList.contains('elens-dark'),
      fontSize: getComputedStyle(def).fontSize,
      contrast: ratio(getComputedStyle(def).color, cs.backgroundColor),
      buttonContrast: ratio(getComputedStyle(more).color, getComputedStyle(more).backgroundColor),
      onTop: hit === host,
      hostParent: host.parentElement?.localName ?? '',
      popoverOpen,
    };
  });
}

async function waitForCard(page: Page, term?: string, timeout = 5000): Promise<CardState> {
  await page.waitForFunction(
    (id) => {
      const card = document.querySelector('elens-tooltip')?.shadowRoot?.querySelector<HTMLElement>('.card');
      return !!card && card.hasAttribute('data-placed') && (!id || card.dataset.term === id);
    },
    term ?? null,
    { timeout },
  );
  // Let the 120 ms entrance animation finish before measuring colours.
  await page.waitForTimeout(200);
  const state = await cardState(page);
  assert.ok(state, 'card vanished while measuring');
  return state;
}

async function waitForNoCard(page: Page, timeout = 3000): Promise<void> {
  await page.waitForFunction(
    () => !document.querySelector('elens-tooltip')?.shadowRoot?.querySelector('.card'),
    null,
    { timeout },
  );
}

/** Centre of the first line box of the n-th highlight (a wrapped term has several). */
async function markPoint(page: Page, index: number): Promise<{ x: number; y: number; id: string }> {
  return page.evaluate((i) => {
    const el = document.querySelectorAll<HTMLElement>('[data-elens-term]')[i]!;
    const r = el.getClientRects()[0]!;
    return { x: r.x + Math.min(r.width / 2, 20), y: r.y + r.height / 2, id: el.dataset.elensTerm ?? '' };
  }, index);
}

/** Index of the first highlight inside `scope` whose first line is fully in the viewport. */
async function visibleMarkIndex(page: Page, scope = 'article'): Promise<number> {
  return page.evaluate((sel) => {
    const all = [...document.querySelectorAll<HTMLElement>('[data-elens-term]')];
    const i = all.findIndex((el) => {
      if (!el.closest(sel)) return false;
      const r = el.getClientRects()[0];
      return !!r && r.top >= 0 && r.bottom <= innerHeight && r.width > 0;
    });
    if (i < 0) throw new Error(`no visible highlight in ${sel}`);
    return i;
  }, scope);
}

async function hoverMark(page: Page, index: number): Promise<string> {
  await page.mouse.move(2, 2);
  const p = await markPoint(page, index);
  await page.mouse.move(p.x, p.y, { steps: 3 });
  return p.id;
}


async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

describe('inline definition tooltip', { timeout: 180_000 }, () => {
  let lens: Lens;

  async function article(path: string, html?: string): Promise<Page> {
    if (html !== undefined) lens.server.route(path, html);
    const page = await lens.page(path);
    await waitForStatus(page, 'highlighted');
    await waitForHighlightCount(page, (n) => n > 0);
    return page;
  }

  before(async () => {
    lens = await launch({ viewport: { width: 1100, height: 760 } });
    await lens.enableSite();
  });

  after(async () => {
    await lens?.close();
  });

  test('hover opens the card for the hovered term after a dwell', async () => {
    const page = await article(existsSync(SEED) ? '/shared/seed-article.html' : '/sample-article.html');
    const index = await visibleMarkIndex(page);
    const id = await hoverMark(page, index);
    await page.waitForTimeout(120);
    assert.equal(await cardState(page), null, 'opened before the dwell');
    const card = await waitForCard(page, id);
    assert.equal(card.title, TERM_NAME.get(id));
    assert.ok(card.visible && card.onTop, JSON.stringify(card));
    assert.ok(card.popoverOpen, 'shown in the top layer as a popover');
    assert.equal(card.fontSize, '14px');
    assert.ok(card.contrast >= 4.5, `text contrast ${card.contrast}`);
    assert.ok(card.buttonContrast >= 4.5, `button contrast ${card.buttonContrast}`);
    // Nothing in the card links to the highlight by IDREF; the highlight describes itself.
    const description = await page.evaluate(
      (i) => document.querySelectorAll('[data-elens-term]')[i]!.getAttribute('aria-description'),
      index,
    );
    assert.equal(description, TERMS.find((t) => t.id === id)!.short);
    await page.mouse.move(2, 2);
    await waitForNoCard(page);
    assert.deepEqual(lens.errors(page), []);
  });

  test('a pass-over shorter than the dwell opens nothing', async () => {
    const page = await article('/sample-article.html');
    await hoverMark(page, await visibleMarkIndex(page));
    await page.waitForTimeout(100);
    await page.mouse.move(2, 2);
    await page.waitForTimeout(700);
    assert.equal(await cardState(page), null);
  });

  test('the pointer can move onto the card, which stays while hovered, and Esc closes it', async () => {
    const page = await article('/sample-article.html');
    const index = await visibleMarkIndex(page);
    const id = await hoverMark(page, index);
    const card = await waitForCard(page, id);
    // Cross the gap slowly, as a person would.
    const target = { x: card.rect.x + 40, y: card.rect.y + card.rect.height - 20 };
    await page.mouse.move(target.x, target.y, { steps: 12 });
    await page.waitForTimeout(1200);
    assert.equal((await cardState(page))?.term, id, 'closed while the pointer was on it');
    await page.keyboard.press('Escape');
    await waitForNoCard(page, 500);
    // Dismissed: hovering the card's old place or waiting does not bring it back.
    await page.waitForTimeout(600);
    assert.equal(await cardState(page), null);
    await shot(page, 'tooltip-after-esc');
  });

  test('keyboard: Tab focuses a highlight and opens it, Tab enters the card, Esc returns focus', async () => {
    const page = await article('/sample-article.html');
    let focused: string | null = null;
    for (let i = 0; i < 80 && !focused; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset?.elensTerm ?? null);
    }
    assert.ok(focused, 'no highlight reachable with Tab');
    const card = await waitForCard(page, focused);
    assert.ok(card.visible);
    await page.keyboard.press('Tab');
    const inCard = await page.evaluate(() => {
      const a = document.activeElement;
      return a?.localName === 'elens-tooltip' ? (a.shadowRoot?.activeElement?.textContent ?? '') : '';
    });
    assert.equal(inCard, 'Full explanation');
    await page.waitForTimeout(500);
    assert.equal((await cardState(page))?.term, focused, 'focus inside the card keeps it open');
    await page.keyboard.press('Escape');
    await waitForNoCard(page, 500);
    const back = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset?.elensTerm);
    assert.equal(back, focused, 'focus returns to the highlight');
    assert.deepEqual(lens.errors(page), []);
  });

  test('hostile page CSS does not hide, shrink or restyle the card', async () => {
    const page = await article('/tt/hostile.html', variant(HOSTILE_CSS));
    const index = await visibleMarkIndex(page, 'body');
    const id = await hoverMark(page, index);
    const card = await waitForCard(page, id);
    assert.ok(card.visible && card.onTop, JSON.stringify(card));
    assert.ok(card.rect.width >= 240 && card.rect.width <= 360, `width ${card.rect.width}`);
    assert.ok(card.rect.height >= 80, `height ${card.rect.height}`);
    assert.equal(card.fontSize, '14px', 'rem or page font sizes leaked in');
    assert.ok(card.contrast >= 4.5, `contrast ${card.contrast}`);
    assert.equal(card.title, TERM_NAME.get(id));
    await shot(page, 'tooltip-hostile');
  });

  test('light and dark pages get a matching, readable card', async () => {
    const light = await article('/sample-article.html');
    const id = await hoverMark(light, await visibleMarkIndex(light));
    const lightCard = await waitForCard(light, id);
    assert.equal(lightCard.dark, false);
    assert.ok(lightCard.contrast >= 4.5 && lightCard.buttonContrast >= 4.5);
    assert.deepEqual(await axeViolations(light, 'elens-tooltip'), []);
    await shot(light, 'tooltip-light');

    const dark = await article('/tt/dark.html', variant(DARK_CSS));
    const darkId = await hoverMark(dark, await visibleMarkIndex(dark));
    const darkCard = await waitForCard(dark, darkId);
    assert.equal(darkCard.dark, true);
    assert.ok(darkCard.contrast >= 4.5 && darkCard.buttonContrast >= 4.5, JSON.stringify(darkCard));
    assert.deepEqual(await axeViolations(dark, 'elens-tooltip'), []);
    await shot(dark, 'tooltip-dark');
  });

  test('flips above a highlight near the bottom edge, stays below one near the top', async () => {
    const page = await article('/sample-article.html');
    const last = await page.evaluate(() => {
      const all = [...document.querySelectorAll<HTMLElement>('article [data-elens-term]')];
      const el = all[all.length - 1]!;
      el.scrollIntoView({ block: 'end' });
      return [...document.querySelectorAll('[data-elens-term]')].indexOf(el);
    });
    const p = await markPoint(page, last);
    const viewport = page.viewportSize()!;
    assert.ok(p.y > viewport.height - 80, `highlight not near the bottom (y=${p.y})`);
    await hoverMark(page, last);
    const card = await waitForCard(page, p.id);
    assert.match(card.placement, /^top/);
    assert.ok(card.rect.y + card.rect.height <= p.y, 'card overlaps the term');
    assert.ok(card.rect.y >= 0, 'card off the top of the viewport');
    await shot(page, 'tooltip-flipped');

    await page.evaluate(() => window.scrollTo(0, 0));
    const top = await hoverMark(page, await visibleMarkIndex(page));
    const below = await waitForCard(page, top);
    assert.match(below.placement, /^bottom/);
  });

  test('works inside a fullscreen element', async () => {
    const page = await article('/sample-article.html');
    await page.evaluate(() => {
      const article = document.querySelector('article')!;
      // No background of its own: what shows around the text is the black fullscreen backdrop.
      article.style.backgroundColor = 'transparent';
      return article.requestFullscreen();
    });
    await page.waitForFunction(() => document.fullscreenElement?.localName === 'article');
    const id = await hoverMark(page, await visibleMarkIndex(page));
    const card = await waitForCard(page, id);
    assert.ok(card.visible && card.onTop, JSON.stringify(card));
    assert.equal(card.dark, true, 'a dark card on the black backdrop');
    // The pointer can still reach it: nothing outside the fullscreen element would take it.
    await page.mouse.move(card.rect.x + 30, card.rect.y + card.rect.height - 18, { steps: 10 });
    await page.waitForTimeout(800);
    assert.equal((await cardState(page))?.term, id);
    await shot(page, 'tooltip-fullscreen');
    await page.evaluate(() => document.exitFullscreen());
  });

  test('works above a modal <dialog> holding the article', async () => {
    const page = await article('/sample-article.html');
    await page.evaluate(() => {
      const dialog = document.createElement('dialog');
      dialog.style.maxWidth = '720px';
      dialog.style.maxHeight = '80vh';
      dialog.append(document.querySelector('article')!);
      document.body.append(dialog);
      dialog.showModal();
    });
    const id = await hoverMark(page, await visibleMarkIndex(page, 'dialog'));
    const card = await waitForCard(page, id);
    assert.ok(card.visible && card.onTop, JSON.stringify(card));
    assert.equal(card.hostParent, 'dialog');
    // Esc is the tooltip's first; the dialog stays open.
    await page.keyboard.press('Escape');
    await waitForNoCard(page, 500);
    assert.equal(await page.evaluate(() => document.querySelector('dialog')!.open), true);
  });

  test('"Full explanation" opens the glossary page at the entry', async () => {
    const page = await article('/sample-article.html');
    const id = await hoverMark(page, await visibleMarkIndex(page));
    await waitForCard(page, id);
    const [glossary] = await Promise.all([
      lens.context.waitForEvent('page', { predicate: (p) => p.url().includes('/glossary.html'), timeout: 10_000 }),
      page.locator('elens-tooltip button.more').click(),
    ]);
    assert.equal(glossary.url(), lens.extensionUrl(`/glossary.html#${id}`));
    await glossary.waitForFunction((target) => document.activeElement?.id === target, id, { timeout: 10_000 });
    const inView = await glossary.evaluate((target) => {
      const r = document.getElementById(target)!.getBoundingClientRect();
      return r.top >= 0 && r.top < innerHeight;
    }, id);
    assert.ok(inView, 'entry not scrolled into view');
    assert.equal(await cardState(page), null, 'card left open after the action');
  });

  test('"Turn off on this site" removes the highlights and the card', async () => {
    const page = await article('/sample-article.html');
    const id = await hoverMark(page, await visibleMarkIndex(page));
    await waitForCard(page, id);
    await page.locator('elens-tooltip button.off').click();
    await waitForHighlightCount(page, 0);
    await waitForNoCard(page);
    assert.deepEqual(await lens.getSites(), []);
    assert.deepEqual(lens.errors(page), []);
  });
});
