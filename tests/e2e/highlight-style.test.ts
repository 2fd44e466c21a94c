import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { serveVariant } from '../robustness/e2e/support';
import { launch, waitForStatus, type Lens } from './harness';

/**
 * Where the highlight rules come from. On a registered site the sheet is registered at
 * document_start, so it is in the page before it is parsed and the content script adds none
 * (adding one to a loaded page makes Chromium check every element: ~27 ms on a 10 MB page).
 * In a tab that was open when the site was switched on, the content script adopts the same
 * sheet. Either way the marks look the same, and a new style preference restyles them.
 */

let lens: Lens;

before(async () => {
  lens = await launch();
});

after(async () => {
  await lens?.close();
});

interface Styling {
  adopted: number;
  styleElements: number;
  marks: number;
  /** Computed style of the first mark. */
  cursor: string;
  decoration: string;
  background: string;
  styles: string[];
}

function styling(page: Page): Promise<Styling> {
  return page.evaluate(() => {
    const marks = [...document.querySelectorAll<HTMLElement>('elens-mark')];
    const cs = marks[0] ? getComputedStyle(marks[0]) : null;
    return {
      adopted: document.adoptedStyleSheets.length,
      styleElements: document.querySelectorAll('style[data-elens]').length,
      marks: marks.length,
      cursor: cs?.cursor ?? '',
      decoration: cs ? `${cs.textDecorationLine} ${cs.textDecorationStyle}` : '',
      background: cs?.backgroundColor ?? '',
      styles: [...new Set(marks.map((m) => m.dataset.elensStyle ?? ''))],
    };
  });
}

const UNDERLINED = { cursor: 'help', decoration: 'underline dotted', background: 'rgba(0, 0, 0, 0)' };

test('a registered site: no sheet added after load, the marks styled from the registered one', async () => {
  await lens.setPrefs({ highlightStyle: 'underline' });
  await lens.enableSite('127.0.0.1');
  const ids = (await lens.registeredScripts()).map((s) => s.id).sort();
  assert.deepEqual(ids, ['elens-highlight-style', 'elens-highlighter']);
  const page = await lens.page('/sample-article.html');
  try {
    assert.equal(await waitForStatus(page), 'highlighted');
    const s = await styling(page);
    assert.ok(s.marks > 0);
    assert.equal(s.adopted, 0, 'no adopted highlight sheet');
    assert.equal(s.styleElements, 0, 'no <style> fallback');
    assert.deepEqual({ cursor: s.cursor, decoration: s.decoration, background: s.background }, UNDERLINED);
    assert.deepEqual(s.styles, ['underline']);

    // A style preference restyles the marks already there, still without adding a sheet.
    await lens.setPrefs({ highlightStyle: 'background' });
    await page.waitForFunction(() => document.querySelector<HTMLElement>('elens-mark')?.dataset.elensStyle === 'background');
    const b = await styling(page);
    assert.deepEqual(b.styles, ['background']);
    assert.equal(b.adopted, 0);
    assert.equal(b.background, 'rgba(250, 204, 21, 0.3)');
    assert.equal(b.decoration, 'none solid');
    assert.deepEqual(lens.errors(page), []);
  } finally {
    await page.close();
    await lens.setPrefs({ highlightStyle: 'underline' });
    await lens.disableSite('127.0.0.1');
  }
  assert.deepEqual(await lens.registeredScripts(), [], 'switching off unregisters the script and the sheet');
});

test('a site switched on in an open tab: the same sheet is adopted, and goes with the highlights', async () => {
  await lens.disableSite('127.0.0.1');
  const page = await lens.page('/sample-article.html');
  try {
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    await lens.enableSite('127.0.0.1');
    assert.equal(await waitForStatus(page), 'highlighted');
    const s = await styling(page);
    assert.ok(s.marks > 0);
    assert.equal(s.adopted + s.styleElements, 1, 'one sheet added');
    assert.deepEqual({ cursor: s.cursor, decoration: s.decoration, background: s.background }, UNDERLINED);

    await lens.disableSite('127.0.0.1');
    await page.waitForFunction(() => !document.documentElement.hasAttribute('data-elens-status'));
    const off = await styling(page);
    assert.equal(off.adopted + off.styleElements, 0, 'the added sheet is removed');
    assert.equal(await page.evaluate(() => document.documentElement.outerHTML), before);
    assert.deepEqual(lens.errors(page), []);
  } finally {
    await page.close();
  }
});

test('a registered site with hostile page CSS: the registered sheet still wins, focus ring included', async () => {
  // `* { all: unset !important }`, `elens-mark { display: none !important }` and more.
  const path = '/hostile/v/registered-hostile.html';
  const unroute = serveVariant(lens, path, { file: 'article.html', head: '<link rel="stylesheet" href="/hostile/hostile.css">' });
  await lens.enableSite('127.0.0.1');
  const page = await lens.page(path);
  try {
    assert.equal(await waitForStatus(page), 'highlighted');
    const painted = await page.evaluate(() => {
      const m = document.getElementsByTagName('elens-mark')[0]!;
      const cs = getComputedStyle(m);
      return {
        added: document.adoptedStyleSheets.length,
        display: cs.display,
        line: cs.textDecorationLine,
        rects: m.getClientRects().length > 0,
      };
    });
    assert.deepEqual(painted, { added: 0, display: 'inline', line: 'underline', rects: true });
    // Keyboard focus shows the ring (the sheet's :focus-visible rule).
    let ring = '';
    for (let i = 0; i < 60 && !ring; i++) {
      await page.keyboard.press('Tab');
      ring = await page.evaluate(() => {
        const a = document.activeElement;
        return a?.localName === 'elens-mark' ? getComputedStyle(a).outlineStyle : '';
      });
    }
    assert.equal(ring, 'solid', 'a focused highlight has its focus ring');
  } finally {
    await page.close();
    unroute();
    await lens.disableSite('127.0.0.1');
  }
});
