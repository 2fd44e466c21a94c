import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FileChooser, Page } from 'playwright-core';
import type { Theme } from '../../../utils/settings';
import { launch, waitForStatus, type Lens } from '../../e2e/harness';
import {
  axeViolations,
  focusedName,
  hoverMark,
  tabUntil,
  variantHtml,
  visibleMarkIndex,
  waitForCard,
  waitForMarks,
  waitForNoCard,
} from './support';

/**
 * Accessibility in the real browser, beyond what tests/e2e already checks (axe on the popup's
 * ready state and the options page under the theme preference, the card on light and dark
 * pages, Tab to a highlight, the popup's switch and disclosures by key):
 * - axe for every combination of the theme preference and the system colour scheme, in the
 *   popup's other states (no article, restricted page), on the options page with a site that
 *   needs permission and a refusal on screen, and on the open card;
 * - a full Tab cycle through the popup and the options page: every control reached, forwards
 *   and backwards, each with a visible focus indicator, and operable from the keyboard;
 * - in the article: Enter and Space open a highlight's card without scrolling, Esc closes it,
 *   focus moves into the card and out of it in reading order;
 * - the glossary page by keyboard: skip link, search, related-entry links.
 */

interface Scheme {
  pref: Theme;
  system: 'light' | 'dark';
  expect: 'light' | 'dark';
}
const SCHEMES: Scheme[] = [
  { pref: 'auto', system: 'light', expect: 'light' },
  { pref: 'auto', system: 'dark', expect: 'dark' },
  { pref: 'light', system: 'dark', expect: 'light' },
  { pref: 'dark', system: 'light', expect: 'dark' },
];
const label = (s: Scheme) => `theme ${s.pref}, system ${s.system}`;

const SEED = '/shared/seed-article.html';
const NO_ARTICLE = `<!doctype html><html lang="en"><head><title>Sign in</title></head><body>
<form><label>Email <input type="email"></label><button>Sign in</button></form></body></html>`;

/** Tab ids from the background, to find tabs whose URL the extension may not see. */
function allTabIds(lens: Lens): Promise<number[]> {
  return lens.serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>> } } };
    return (await chrome.tabs.query({})).flatMap((t) => (t.id === undefined ? [] : [t.id]));
  });
}

/** Opens the popup for a tab under a system colour scheme and waits until it has settled. */
async function popupFor(lens: Lens, tabId: number, system: 'light' | 'dark'): Promise<Page> {
  const popup = await lens.context.newPage();
  await popup.emulateMedia({ colorScheme: system });
  await popup.goto(lens.extensionUrl(`/popup.html?tab=${tabId}`));
  await popup.waitForFunction(() => {
    const s = document.documentElement.dataset.elensState;
    return s !== undefined && s !== 'loading';
  });
  return popup;
}

function resolvedTheme(page: Page): Promise<string> {
  return page.evaluate(() => (document.documentElement.classList.contains('elens-dark') ? 'dark' : 'light'));
}

/**
 * Marks every element that can take keyboard focus (tabindex ≥ 0, enabled, rendered) with
 * `data-a11y-stop`, and returns their descriptions in document order.
 */
function markTabStops(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const sel = 'a[href], button, input, select, textarea, summary, [tabindex]';
    const stops = [...document.querySelectorAll<HTMLElement>(sel)].filter((el) => {
      if (el.tabIndex < 0 || (el as HTMLButtonElement).disabled) return false;
      if (el instanceof HTMLInputElement && el.type === 'hidden') return false;
      if (el.closest('[inert], [hidden]')) return false;
      const details = el.parentElement?.closest('details');
      if (details && !details.open && el.localName !== 'summary') return false;
      const cs = getComputedStyle(el);
      return cs.visibility !== 'hidden' && el.getClientRects().length > 0;
    });
    // One stop per radio group: Tab enters the group at its checked radio.
    const groups = new Set<string>();
    const result: string[] = [];
    stops.forEach((el, i) => {
      if (el instanceof HTMLInputElement && el.type === 'radio') {
        if (groups.has(el.name) || !el.checked) return;
        groups.add(el.name);
      }
      el.setAttribute('data-a11y-stop', String(i));
      result.push(`${i} ${el.localName} ${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}`);
    });
    return result;
  });
}

interface Stop {
  stop: string | null;
  indicator: boolean;
  name: string;
}

/** The focused element's stop mark and whether a focus indicator is painted on it or its label. */
function focusedStop(page: Page): Promise<Stop> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { stop: null, indicator: false, name: '' };
    const painted = (e: Element | null) => {
      if (!e) return false;
      const cs = getComputedStyle(e);
      return (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0) || cs.boxShadow !== 'none';
    };
    return {
      stop: el.getAttribute('data-a11y-stop'),
      indicator: painted(el) || painted(el.closest('label')) || painted(el.parentElement),
      name: `${el.localName} ${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}`,
    };
  });
}

/** Tabs (or Shift+Tabs) through the whole page once; returns the stops in the order reached. */
async function tabCycle(page: Page, key: 'Tab' | 'Shift+Tab', limit: number): Promise<Stop[]> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const reached: Stop[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(key);
    const s = await focusedStop(page);
    if (s.stop !== null && reached.some((r) => r.stop === s.stop)) break;
    reached.push(s);
  }
  return reached;
}

async function assertFullTabCycle(page: Page, what: string): Promise<number> {
  const stops = await markTabStops(page);
  assert.ok(stops.length > 3, `${what}: only ${stops.length} tab stops`);
  for (const key of ['Tab', 'Shift+Tab'] as const) {
    const reached = await tabCycle(page, key, stops.length + 10);
    const ids = reached.flatMap((r) => (r.stop === null ? [] : [r.stop]));
    const missing = stops.filter((s) => !ids.includes(s.split(' ')[0]!));
    assert.deepEqual(missing, [], `${what}: ${key} never reached these`);
    const order = key === 'Tab' ? ids : [...ids].reverse();
    assert.deepEqual(order, [...order].sort((a, b) => Number(a) - Number(b)), `${what}: ${key} order follows the document`);
    const unmarked = reached.filter((r) => r.stop !== null && !r.indicator).map((r) => r.name);
    assert.deepEqual(unmarked, [], `${what}: focus not visible on these`);
    const stray = reached.filter((r) => r.stop === null && r.name !== '').map((r) => r.name);
    assert.deepEqual(stray, [], `${what}: focus landed on elements that are not controls`);
  }
  return stops.length;
}

/** Everything the extension stores, read from an extension page. */
function stored(page: Page): Promise<{ prefs?: Record<string, unknown>; sites?: unknown }> {
  return page.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } };
    };
    return chrome.storage.local.get(null);
  });
}

describe('accessibility', { timeout: 600_000 }, () => {
  let lens: Lens;

  before(async () => {
    lens = await launch({ viewport: { width: 1100, height: 800 } });
    await lens.enableSite();
  });
  after(async () => {
    await lens?.close();
  });

  test('popup: no axe violations in any theme, in the ready, no-article and restricted states', async (t) => {
    const seed = await lens.page(SEED);
    const offNoArticle = lens.server.route('/a11y/no-article.html', NO_ARTICLE);
    const noArticle = await lens.page('/a11y/no-article.html');
    const before = new Set(await allTabIds(lens));
    const restricted = await lens.context.newPage();
    await restricted.goto('chrome://version').catch(() => {});
    const restrictedId = (await allTabIds(lens)).find((id) => !before.has(id));
    assert.ok(restrictedId !== undefined, 'tab id of chrome://version');
    const targets: Array<[string, number, string]> = [
      ['ready', await lens.tabIdOf(seed), 'ready'],
      ['no article', await lens.tabIdOf(noArticle), 'no-article'],
      ['restricted', restrictedId, 'restricted'],
    ];
    let runs = 0;
    try {
      for (const scheme of SCHEMES) {
        await lens.setPrefs({ theme: scheme.pref });
        for (const [name, tabId, state] of targets) {
          const popup = await popupFor(lens, tabId, scheme.system);
          assert.equal(await popup.evaluate(() => document.documentElement.dataset.elensState), state);
          await popup.waitForFunction((want) => (document.documentElement.classList.contains('elens-dark') ? 'dark' : 'light') === want, scheme.expect);
          if (state === 'ready') {
            // Open a term's explanation and a reason, so their contents are checked too.
            await popup.locator('.disclosure').first().click();
            await popup.locator('details.why summary').first().click();
          }
          assert.deepEqual(await axeViolations(popup), [], `${name}, ${label(scheme)}`);
          assert.deepEqual(lens.errors(popup), []);
          runs++;
          await popup.close();
        }
      }
      t.diagnostic(`${runs} popup axe runs`);
    } finally {
      await lens.setPrefs({ theme: 'auto' });
      offNoArticle();
      for (const p of [seed, noArticle, restricted]) await p.close();
    }
  });

  test('options page: no axe violations in any theme, with a site needing permission and a refusal on screen', async () => {
    await lens.enableSite('news.example.org');
    await lens.enableSite('localhost', { subdomains: true });
    const options = await lens.context.newPage();
    try {
      for (const scheme of SCHEMES) {
        await lens.setPrefs({ theme: scheme.pref });
        await options.emulateMedia({ colorScheme: scheme.system });
        await options.goto(lens.extensionUrl('/options.html'));
        await options.waitForSelector('[data-loaded="true"]');
        await options.getByRole('button', { name: 'Allow news.example.org' }).waitFor();
        assert.equal(await resolvedTheme(options), scheme.expect);
        // A refused import puts a warning in the alert region.
        await options.locator('#import-file').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"nope":') });
        await options.getByRole('alert').getByText(/^Import refused/).waitFor();
        assert.deepEqual(await axeViolations(options), [], label(scheme));
      }
      assert.deepEqual(lens.errors(options), []);
    } finally {
      await lens.setPrefs({ theme: 'auto' });
      await lens.disableSite('news.example.org');
      await lens.disableSite('localhost');
      await options.close();
    }
  });

  test('tooltip: no axe violations on the open card in any theme, on light and dark pages', async () => {
    const darkPage = `<style>html, body, main, article { background: #111418 !important; color: #e6e6e6 !important; }</style>`;
    const off = lens.server.route('/a11y/dark.html', variantHtml({ file: 'article.html', head: darkPage }));
    try {
      for (const path of ['/hostile/article.html', '/a11y/dark.html']) {
        for (const scheme of SCHEMES) {
          await lens.setPrefs({ theme: scheme.pref });
          const page = await lens.context.newPage();
          await page.emulateMedia({ colorScheme: scheme.system });
          await page.goto(lens.url(path));
          await waitForStatus(page, 'highlighted');
          await waitForMarks(page, 1);
          const id = await hoverMark(page, await visibleMarkIndex(page));
          await waitForCard(page, id);
          const dark = await page.evaluate(
            () => !!document.querySelector('elens-tooltip')?.shadowRoot?.querySelector('.card.elens-dark'),
          );
          // 'auto' follows the page under the card; an explicit choice wins.
          const want = scheme.pref === 'auto' ? path.includes('dark') : scheme.pref === 'dark';
          assert.equal(dark, want, `${path}, ${label(scheme)}: dark card`);
          assert.deepEqual(await axeViolations(page, 'elens-tooltip'), [], `${path}, ${label(scheme)}`);
          assert.deepEqual(lens.errors(page), []);
          await page.close();
        }
      }
    } finally {
      await lens.setPrefs({ theme: 'auto' });
      off();
    }
  });

  test('popup keyboard: every control reached forwards and backwards with visible focus; terms and settings work by key', async (t) => {
    const seed = await lens.page(SEED);
    await seed.setViewportSize({ width: 900, height: 360 });
    const popup = await popupFor(lens, await lens.tabIdOf(seed), 'light');
    try {
      t.diagnostic(`${await assertFullTabCycle(popup, 'popup')} tab stops in the popup`);

      // A term's "show first use" by Enter flashes it in the article.
      await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await tabUntil(popup, /: show first use in page$/, 120);
      await popup.keyboard.press('Enter');
      await popup.waitForFunction(() => /Shown in the page/.test(document.getElementById('popup-status')?.textContent ?? ''));
      await seed.waitForFunction(() => {
        const reg = (CSS as unknown as { highlights: Map<string, unknown> }).highlights;
        return [...reg.keys()].some((k) => k.startsWith('elens-reveal-'));
      });

      // Settings by Enter opens the options page.
      await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await tabUntil(popup, /^button: Settings$/);
      const [options] = await Promise.all([
        lens.context.waitForEvent('page', { predicate: (p) => p.url().includes('/options.html'), timeout: 10_000 }),
        popup.keyboard.press('Enter'),
      ]);
      await options.close();
      assert.deepEqual(lens.errors(popup), []);
    } finally {
      await popup.close();
      await seed.close();
    }
  });

  test('options keyboard: every control reached with visible focus, and each operable by key', async (t) => {
    await lens.enableSite('news.example.org');
    await lens.enableSite('localhost', { subdomains: true });
    await lens.setPrefs({ occurrences: 'first', highlightStyle: 'underline', tooltipTrigger: 'hover', tooltipDelay: 300, theme: 'auto' });
    const options = await lens.page(lens.extensionUrl('/options.html'));
    // Listening from the start: file-chooser interception is switched on asynchronously, and a
    // listener added just before the key press can miss the chooser.
    const choosers: FileChooser[] = [];
    options.on('filechooser', (c) => choosers.push(c));
    try {
      await options.waitForSelector('[data-loaded="true"]');
      await options.getByRole('button', { name: 'Allow news.example.org' }).waitFor();
      t.diagnostic(`${await assertFullTabCycle(options, 'options')} tab stops on the options page`);

      const prefs = async () => (await stored(options)).prefs ?? {};
      const waitPref = (key: string, value: unknown) =>
        options.waitForFunction(
          async ([k, v]) => {
            const { chrome } = globalThis as unknown as {
              chrome: { storage: { local: { get(k: string): Promise<Record<string, Record<string, unknown>>> } } };
            };
            return (await chrome.storage.local.get('prefs')).prefs?.[k as string] === v;
          },
          [key, value] as const,
          { timeout: 5000 },
        );
      const from = async (name: RegExp) => {
        await options.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        await tabUntil(options, name, 60);
      };

      // Radio groups: Tab enters at the checked choice, arrows choose.
      await from(/^input\[radio\]: First occurrence/);
      await options.keyboard.press('ArrowDown');
      await waitPref('occurrences', 'all');
      await from(/^input\[radio\]: Underline/);
      await options.keyboard.press('ArrowRight');
      await waitPref('highlightStyle', 'background');
      await from(/^input\[radio\]: Match the system/);
      await options.keyboard.press('ArrowDown');
      await waitPref('theme', 'light');

      // The delay slider by arrow keys.
      await from(/^input\[range\]: Hover delay/);
      await options.keyboard.press('ArrowRight');
      await options.keyboard.press('ArrowRight');
      await waitPref('tooltipDelay', 400);

      // Focus-only trigger disables the slider, which then leaves the tab order.
      await from(/^input\[radio\]: On hover, focus or tap/);
      await options.keyboard.press('ArrowDown');
      await waitPref('tooltipTrigger', 'focus-click');
      assert.equal(await options.locator('#tooltip-delay').isDisabled(), true);
      await options.keyboard.press('ArrowUp');
      await waitPref('tooltipTrigger', 'hover');

      // The subdomain option by Space, and removal by Enter.
      await from(/^input\[checkbox\]: Include subdomains of localhost$/);
      await options.keyboard.press('Space');
      await options.waitForFunction(async () => {
        const { chrome } = globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<{ sites?: Array<{ host: string; subdomains: boolean }> }> } } } };
        return (await chrome.storage.local.get('sites')).sites?.some((s) => s.host === 'localhost' && !s.subdomains) ?? false;
      });
      await from(/^button: Remove news\.example\.org$/);
      await options.keyboard.press('Enter');
      await options.getByRole('status').getByText('Removed news.example.org.').waitFor();
      assert.deepEqual((await lens.getSites()).map((s) => s.host).sort(), ['127.0.0.1', 'localhost']);

      // Export by Enter downloads a file; Import by Enter opens the file chooser.
      await from(/^button: Export settings$/);
      const [download] = await Promise.all([options.waitForEvent('download'), options.keyboard.press('Enter')]);
      assert.match(download.suggestedFilename(), /\.json$/);
      await from(/^button: Import settings/);
      await options.keyboard.press('Enter');
      for (let i = 0; i < 50 && choosers.length === 0; i++) await options.waitForTimeout(100);
      assert.equal(choosers.length, 1, 'Enter on "Import settings…" opened one file chooser');
      assert.equal(choosers[0]!.isMultiple(), false);
      assert.equal((await prefs()).theme, 'light');
      assert.deepEqual(lens.errors(options), []);
    } finally {
      await lens.setPrefs({ occurrences: 'first', highlightStyle: 'underline', tooltipDelay: 300, theme: 'auto' });
      await lens.disableSite('news.example.org');
      await lens.disableSite('localhost');
      await options.close();
    }
  });

  test('article keyboard: Enter and Space open a card without scrolling, Esc closes it, focus moves through the card in reading order', async () => {
    const page = await lens.page('/hostile/article.html');
    try {
      await waitForStatus(page, 'highlighted');
      await waitForMarks(page, 3);
      const active = () =>
        page.evaluate(() => {
          const a = document.activeElement;
          if (a?.localName === 'elens-tooltip') return `card: ${a.shadowRoot?.activeElement?.textContent ?? ''}`;
          return a?.getAttribute('data-elens-term') ? `mark: ${a.getAttribute('data-elens-term')}` : `${a?.localName}`;
        });

      await tabUntil(page, /^elens-mark: /);
      const mark = await active();
      const id = mark.replace('mark: ', '');
      await waitForCard(page, id);
      await page.keyboard.press('Escape');
      await waitForNoCard(page);
      assert.equal(await active(), mark, 'focus stays on the highlight after Esc');

      for (const key of ['Enter', 'Space'] as const) {
        const y = await page.evaluate(() => scrollY);
        await page.keyboard.press(key);
        await waitForCard(page, id);
        assert.equal(await page.evaluate(() => scrollY), y, `${key} scrolled the page`);
        await page.waitForTimeout(400);
        assert.ok(await page.evaluate(() => !!document.querySelector('elens-tooltip')?.shadowRoot?.querySelector('.card')), `${key}: the card stays`);
        await page.keyboard.press('Escape');
        await waitForNoCard(page);
        assert.equal(await active(), mark);
      }

      // Into the card, back to the highlight, through the card and on to what follows the highlight.
      await page.keyboard.press('Enter');
      await waitForCard(page, id);
      await page.keyboard.press('Tab');
      assert.equal(await active(), 'card: Full explanation');
      await page.keyboard.press('Shift+Tab');
      assert.equal(await active(), mark, 'Shift+Tab from the card returns to the highlight');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      assert.match(await active(), /^card: Turn off/);
      await page.keyboard.press('Tab');
      const after = await page.evaluate((term) => {
        const first = document.querySelector(`[data-elens-term="${term}"][tabindex]`)!;
        const a = document.activeElement!;
        return { follows: !!(first.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING), inCard: a.localName === 'elens-tooltip' };
      }, id);
      assert.deepEqual(after, { follows: true, inCard: false }, 'Tab out of the card continues after the highlight');
      assert.notEqual(await focusedName(page), '');
      assert.deepEqual(lens.errors(page), []);
    } finally {
      await page.close();
    }
  });

  test('glossary page keyboard: skip link, search, and related-entry links', async () => {
    const page = await lens.page(lens.extensionUrl('/glossary.html'));
    try {
      await page.waitForSelector('article.entry');
      await page.keyboard.press('Tab');
      assert.equal(await focusedName(page), 'a: Skip to the entries');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.id === 'main' || location.hash === '#main');
      await page.keyboard.press('Tab');
      assert.ok(await page.evaluate(() => !!document.activeElement?.closest('main')), 'Tab after the skip link lands in the entries');

      // From the top again: the skip link, then the search box.
      await page.goto('about:blank');
      await page.goto(lens.extensionUrl('/glossary.html'));
      await page.waitForSelector('article.entry');
      await tabUntil(page, /^input\[search\]: /, 3);
      await page.keyboard.type('escrow');
      await page.getByRole('status').getByText(/\d+ of \d+ terms match/).waitFor();
      await tabUntil(page, /^a: /, 40);
      // On to the first related-entry link, then follow it by Enter.
      for (let i = 0; i < 40; i++) {
        if (await page.evaluate(() => !!document.activeElement?.closest('.related'))) break;
        await page.keyboard.press('Tab');
      }
      const target = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).hash.slice(1));
      assert.ok(target, 'a related-entry link was reached');
      await page.keyboard.press('Enter');
      await page.waitForFunction((id) => document.activeElement?.id === id, target);
      assert.deepEqual(lens.errors(page), []);
    } finally {
      await page.close();
    }
  });
});
