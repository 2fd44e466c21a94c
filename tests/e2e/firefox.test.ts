import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'puppeteer-core';
import { TERMS } from '../../glossary/terms';
import {
  assertFirefoxReady,
  foxTermIds,
  launchFirefox,
  waitForFoxHighlights,
  waitForFoxStatus,
  setFoxViewport,
  waitInExtensionPage,
  type FoxLens,
} from './firefox-harness';
import {
  SECTION_OF,
  nodeAnalysis,
  popupSettled,
  readLabels,
  readPopupDom,
  sectionOf,
  switchChecked,
  type PopupReading,
  paragraphInView,
} from './popup-reading';
import { SEED_HTML, SEED_LABELS, judgeSeedTerms } from './seed-terms';

/**
 * The same extension in a real Firefox (Debian's firefox-esr, over WebDriver BiDi) with the
 * Firefox test build: highlights and the tooltip on the shared seed article, the popup's
 * positions for it, and the popup's switch turning a site on and off in an open tab.
 * A missing Firefox or build fails the suite with the fix in the message: it never skips.
 */

const TERM_NAME = new Map(TERMS.map((t) => [t.id, t.term]));
const SEED_PATH = '/shared/seed-article.html';

interface Card {
  term: string;
  title: string;
  visible: boolean;
}

/** The open tooltip card, or null. */
function card(page: Page): Promise<Card | null> {
  return page.evaluate(() => {
    const el = document.querySelector('elens-tooltip')?.shadowRoot?.querySelector<HTMLElement>('.card');
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return {
      term: el.dataset.term ?? '',
      title: el.querySelector('#elens-tooltip-term')?.textContent ?? '',
      visible: getComputedStyle(el).visibility === 'visible' && el.hasAttribute('data-placed') && r.width > 0,
    };
  });
}

async function waitForCard(page: Page, term: string, timeout = 10_000): Promise<Card> {
  try {
    await page.waitForFunction(
      (id: string) => {
        const el = document.querySelector('elens-tooltip')?.shadowRoot?.querySelector<HTMLElement>('.card');
        return !!el && el.hasAttribute('data-placed') && el.dataset.term === id;
      },
      { timeout, polling: 50 },
      term,
    );
  } catch (err) {
    const open = await card(page).catch(() => null);
    throw new Error(`no tooltip for ${term} within ${timeout} ms (open: ${open ? open.term : 'none'})`, { cause: err });
  }
  const c = await card(page);
  assert.ok(c, 'the card vanished as soon as it opened');
  return c;
}

async function waitForNoCard(page: Page, timeout = 5000): Promise<void> {
  try {
    await page.waitForFunction(
      () => !document.querySelector('elens-tooltip')?.shadowRoot?.querySelector('.card'),
      { timeout, polling: 50 },
    );
  } catch (err) {
    throw new Error(`the tooltip is still open after ${timeout} ms`, { cause: err });
  }
}

/** The first highlight inside <article> whose first line is fully in the viewport. */
function visibleMark(page: Page): Promise<{ index: number; id: string; x: number; y: number }> {
  return page.evaluate(() => {
    const all = [...document.querySelectorAll<HTMLElement>('[data-elens-term]')];
    const index = all.findIndex((el) => {
      const r = el.getClientRects()[0];
      return !!el.closest('article') && !!r && r.top >= 0 && r.bottom <= innerHeight && r.width > 0;
    });
    if (index < 0) throw new Error('no visible highlight in <article>');
    const el = all[index]!;
    const r = el.getClientRects()[0]!;
    return { index, id: el.dataset.elensTerm ?? '', x: r.x + Math.min(r.width / 2, 20), y: r.y + r.height / 2 };
  });
}

async function readPopup(popup: Page): Promise<PopupReading> {
  await waitInExtensionPage(popup, 'the popup to settle', popupSettled, '', 30_000);
  return popup.evaluate(readPopupDom);
}

async function waitForSwitch(popup: Page, checked: 'true' | 'false', timeout = 15_000): Promise<void> {
  try {
    await waitInExtensionPage(
      popup,
      `aria-checked=${checked}`,
      (want: string) => document.querySelector('[role="switch"]')?.getAttribute('aria-checked') === want,
      checked,
      timeout,
    );
  } catch (err) {
    const note = await popup.evaluate(() => document.body.innerText.replace(/\s+/g, ' ').slice(0, 300)).catch(() => '');
    throw new Error(`the switch did not become aria-checked=${checked} within ${timeout} ms; popup says: ${note}`, {
      cause: err,
    });
  }
}

/** From an extension page: whether the add-on holds the 127.0.0.1 host permission. */
function hasLoopbackGrant(extensionPage: Page): Promise<boolean> {
  return extensionPage.evaluate(() =>
    (globalThis as unknown as {
      browser: { permissions: { contains(p: { origins: string[] }): Promise<boolean> } };
    }).browser.permissions.contains({ origins: ['http://127.0.0.1/*'] }),
  );
}

// Counted as a failure of its own (a failing `before` only cancels the tests after it), so a
// machine without Firefox shows a failed test with the fix rather than a quiet zero.
test('prerequisites: firefox-esr, the Firefox test build and the seed article are present', () => {
  assertFirefoxReady();
  assert.ok(existsSync(SEED_HTML), `the seed article is missing at ${SEED_HTML}`);
});

describe('Firefox', { timeout: 300_000 }, () => {
  let fox: FoxLens;

  before(async () => {
    fox = await launchFirefox({ viewport: { width: 1100, height: 760 } });
  });

  after(async () => {
    await fox?.close();
  });

  test('the seed article: exactly the labelled terms, once each, inside its <article> only', async () => {
    const sync = await fox.enableSite('127.0.0.1');
    assert.deepEqual(sync.matches, ['http://127.0.0.1/*']);
    const page = await fox.page(SEED_PATH);
    assert.equal(await waitForFoxStatus(page), 'highlighted');
    const all = await foxTermIds(page);
    assert.ok(all.length > 0, 'no highlights');
    assert.deepEqual(all, await foxTermIds(page, 'article'), 'a highlight outside <article>');
    assert.equal(new Set(all).size, all.length, 'a term highlighted twice with occurrences=first');
    const verdict = judgeSeedTerms(all);
    assert.deepEqual(verdict.missing, [], 'labelled terms not highlighted');
    assert.deepEqual(verdict.unexpected, [], 'highlighted terms that are neither labelled nor expected');
    assert.deepEqual(fox.errors(page), []);
    await page.close();
  });

  test('a registered site: the highlight sheet comes with the page, the content script adds none', async () => {
    await fox.enableSite('127.0.0.1');
    const page = await fox.page(SEED_PATH);
    assert.equal(await waitForFoxStatus(page), 'highlighted');
    const s = await page.evaluate(() => {
      const mark = document.querySelector<HTMLElement>('elens-mark');
      const cs = mark ? getComputedStyle(mark) : null;
      return {
        added: document.adoptedStyleSheets.length + document.querySelectorAll('style[data-elens]').length,
        style: mark?.dataset.elensStyle ?? '',
        cursor: cs?.cursor ?? '',
        decoration: cs ? `${cs.textDecorationLine} ${cs.textDecorationStyle}` : '',
      };
    });
    assert.deepEqual(s, { added: 0, style: 'underline', cursor: 'help', decoration: 'underline dotted' });
    assert.deepEqual(fox.errors(page), []);
    await page.close();
  });

  test('the tooltip: hover opens the hovered term, focus opens the focused one, Esc closes', async () => {
    await fox.enableSite('127.0.0.1');
    const page = await fox.page(SEED_PATH);
    await waitForFoxStatus(page, 'highlighted');
    await waitForFoxHighlights(page, (n) => n > 0);

    // Hover: after the dwell, the card for the term under the pointer.
    await page.mouse.move(2, 2);
    const mark = await visibleMark(page);
    await page.mouse.move(mark.x, mark.y, { steps: 3 });
    const hovered = await waitForCard(page, mark.id);
    assert.equal(hovered.title, TERM_NAME.get(mark.id));
    assert.ok(hovered.visible, 'card not visible');
    await page.keyboard.press('Escape');
    await waitForNoCard(page);

    // Keyboard: Tab to a highlight opens its card at once; Esc closes it and keeps focus there.
    await page.mouse.move(2, 2);
    let focused: string | null = null;
    for (let i = 0; i < 80 && !focused; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset?.elensTerm ?? null);
    }
    assert.ok(focused, 'no highlight reachable with Tab');
    const byFocus = await waitForCard(page, focused);
    assert.equal(byFocus.title, TERM_NAME.get(focused));
    await page.keyboard.press('Escape');
    await waitForNoCard(page);
    assert.equal(
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset?.elensTerm ?? null),
      focused,
      'focus returns to the highlight',
    );
    assert.deepEqual(fox.errors(page), []);
    await page.close();
  });

  test("the popup shows the seed article's positions in the right sections", async () => {
    const labels = readLabels(SEED_LABELS);
    const page = await fox.page(SEED_PATH);
    const popup = await fox.openPopup(page);
    const r = await readPopup(popup);
    assert.equal(r.state, 'ready');
    assert.equal(r.title, labels.title);
    assert.match(r.balance, /^\d+ voices? for access · \d+ for strong encryption/);
    for (const label of labels.positions.filter((l) => !l.optional)) {
      assert.equal(sectionOf(r, label), SECTION_OF[label.stance], `${label.speaker} should be under ${SECTION_OF[label.stance]}`);
    }
    // Exactly what the shared analysis finds in Node, as in Chromium.
    const expected = nodeAnalysis(SEED_HTML);
    assert.ok(expected, 'the analysis finds the article');
    assert.deepEqual(Object.values(r.sections).flat().sort(), expected.positions.map((p) => p.speaker).sort());
    for (const p of expected.positions) {
      assert.ok(r.sections[SECTION_OF[p.stance]]?.includes(p.speaker), `${p.speaker} under ${SECTION_OF[p.stance]}`);
    }
    assert.equal(r.terms.length, expected.terms.length);
    assert.ok(r.terms.length > 0);
    assert.deepEqual(fox.errors(popup), []);
    await popup.close();
    await page.close();
  });

  test('"Show in page" injects its finder file into the tab, scrolls to the sentence and says so', async () => {
    const page = await fox.page(SEED_PATH);
    await setFoxViewport(page, 900, 360);
    const popup = await fox.openPopup(page);
    await readPopup(popup);
    const before = await page.evaluate(() => scrollY);
    const clicked = await popup.evaluate(() => {
      const b = [...document.querySelectorAll('button')].find((x) => /^Show in page: .* by Rafael Laguna$/.test(x.getAttribute('aria-label') ?? ''));
      b?.click();
      return b !== undefined;
    });
    assert.ok(clicked, 'a Show in page button for Rafael Laguna');
    await waitInExtensionPage(popup, 'the status line', () => /Shown in the page|Could not find/.test(document.getElementById('popup-status')?.textContent ?? ''));
    assert.match(await popup.evaluate(() => document.getElementById('popup-status')?.textContent ?? ''), /Shown in the page/);
    const after = await page.evaluate(paragraphInView, 'oxymoron');
    assert.notEqual(after.scrollY, before, 'the tab scrolled');
    assert.ok(after.top < after.height && after.bottom > 0, `sentence in the viewport (${after.top}…${after.bottom} of ${after.height})`);
    assert.deepEqual(fox.errors(popup), []);
    await popup.close();
    await page.close();
  });
});

describe('Firefox: the popup switch', { timeout: 300_000 }, () => {
  // A browser of its own: in Firefox, MV3 host permissions can be given back, and switching a
  // site off does give them back, so the switch must start from a fresh install (the test build
  // grants loopback at install; a second request would show a prompt automation cannot click).
  let fox: FoxLens;

  before(async () => {
    fox = await launchFirefox();
  });

  after(async () => {
    await fox?.close();
  });

  test('on highlights the open tab without reload; off removes every highlight, restores the DOM and releases the permission', async () => {
    assert.deepEqual(await fox.getSites(), []);
    const page = await fox.page('/sample-article.html');
    const other = await fox.page('/sample-article.html', { host: 'localhost' });
    const original = await page.evaluate(() => {
      (window as unknown as { __notReloaded: boolean }).__notReloaded = true;
      return document.body.innerHTML;
    });
    assert.equal(await page.evaluate(() => document.querySelectorAll('[data-elens-term]').length), 0);

    const popup = await fox.openPopup(page);
    await readPopup(popup);
    const name = await popup.evaluate(() => {
      const sw = document.querySelector('[role="switch"]');
      const by = sw?.getAttribute('aria-labelledby');
      const text = by ? by.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ') : sw?.getAttribute('aria-label');
      return (text ?? '').replace(/\s+/g, ' ').trim();
    });
    assert.equal(name, 'Highlight terms on 127.0.0.1');
    assert.equal(await popup.evaluate(switchChecked), 'false');
    assert.equal(await hasLoopbackGrant(popup), true, 'the test build grants loopback at install');

    // A real click (BiDi input actions), so the popup's permission request runs in a user gesture.
    await popup.click('[role="switch"]');
    await waitForSwitch(popup, 'true');
    assert.ok((await waitForFoxHighlights(page, (n) => n > 0)) > 0);
    assert.equal(await waitForFoxStatus(page), 'highlighted');
    assert.equal(await page.evaluate(() => (window as unknown as { __notReloaded?: boolean }).__notReloaded), true, 'the tab was reloaded');
    assert.deepEqual(await fox.getSites(), [{ host: '127.0.0.1', subdomains: false }]);
    assert.equal(await other.evaluate(() => document.querySelectorAll('[data-elens-term]').length), 0, 'another site got highlights');

    await popup.click('[role="switch"]');
    await waitForSwitch(popup, 'false');
    await waitForFoxHighlights(page, 0);
    assert.deepEqual(await fox.getSites(), []);
    assert.equal(await page.evaluate(() => document.body.innerHTML), original, 'the DOM is not what it was');
    assert.equal(await page.evaluate(() => (window as unknown as { __notReloaded?: boolean }).__notReloaded), true);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.elensStatus ?? null), null);
    assert.equal(await other.evaluate(() => document.documentElement.dataset.elensStatus ?? null), null);
    // Unlike Chromium, Firefox lets an MV3 extension give a manifest host permission back.
    assert.equal(await hasLoopbackGrant(popup), false, 'the site permission was not released');
    assert.deepEqual(fox.errors(page), []);
    assert.deepEqual(fox.errors(popup), []);
    await popup.close();
    await other.close();
    await page.close();
  });
});
