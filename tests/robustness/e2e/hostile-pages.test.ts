import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Frame, Page } from 'playwright-core';
import { bodyHtml, launch, statusOf, waitForStatus, type Lens } from '../../e2e/harness';
import {
  hoverMark,
  markCount,
  openCard,
  serveVariant,
  tabUntil,
  visibleMarkIndex,
  waitForCard,
  waitForMarks,
  waitForNoCard,
  type Variant,
} from './support';

/**
 * Hostile pages in Debian's Chromium with the built extension: strict CSP, Trusted Types, pages
 * that rewrite DOM methods and observers, CSS aimed at our elements, custom elements squatting
 * our tag names, iframes, shadow DOM, and the top layer (popover, modal dialog, fullscreen).
 * Each time the page must keep working (its own script runs, its own controls respond), the
 * highlights and the tooltip must work or be cleanly skipped, switching the site off must give
 * the page back exactly, and neither the page's console nor the service worker may show an error.
 */

const PAGE_SCRIPT = /<script src="\/hostile\/page\.js"><\/script>/;
const PAGE_CSS = /<link rel="stylesheet" href="\/hostile\/page\.css">/;

interface HostileCase {
  name: string;
  variant: Variant;
  /** The page's own script may run (false when the CSP leaves it none). */
  pageScript: boolean;
  /** The page's document-level keydown listener is intact (the overrides drop it). */
  pageKeys: boolean;
}

const CASES: HostileCase[] = [
  {
    name: "strict CSP: default-src 'none', as a header",
    // The page itself loads nothing it is not allowed, so any violation would be ours.
    variant: { file: 'article.html', strip: [PAGE_SCRIPT, PAGE_CSS], headers: { 'content-security-policy': "default-src 'none'" } },
    pageScript: false,
    pageKeys: false,
  },
  {
    name: "CSP that allows only the page's own script and style files",
    variant: {
      file: 'article.html',
      headers: { 'content-security-policy': "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'" },
    },
    pageScript: true,
    pageKeys: true,
  },
  {
    name: 'Trusted Types enforced, one named policy allowed',
    variant: {
      file: 'article.html',
      headers: {
        'content-security-policy':
          "default-src 'none'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types harbour-page",
      },
    },
    pageScript: true,
    pageKeys: true,
  },
  {
    name: 'page script overrides appendChild, attachShadow, querySelectorAll, addEventListener, MutationObserver, requestIdleCallback',
    variant: { file: 'article.html', head: '<script src="/hostile/overrides.js"></script>' },
    pageScript: true,
    pageKeys: false,
  },
  {
    name: 'page CSS aimed at marks, custom elements, :host and the top of the stack',
    variant: { file: 'article.html', head: '<link rel="stylesheet" href="/hostile/hostile.css">' },
    pageScript: true,
    pageKeys: true,
  },
];

/** A `<div class="overlay">` at the maximum z-index right over the open card (styled by hostile.css). */
async function coverCardWithOverlay(page: Page): Promise<void> {
  await page.evaluate(() => {
    const card = document.getElementsByTagName('elens-tooltip')[0]!.shadowRoot!.querySelector('.card')!;
    const r = card.getClientRects()[0]!;
    const div = document.createElement('div');
    div.className = 'overlay';
    div.id = 'max-z-overlay';
    // Custom properties survive `all: unset`, so hostile.css places the overlay with them.
    for (const [k, v] of Object.entries({ '--t': r.top - 10, '--l': r.left - 10, '--w': r.width + 20, '--h': r.height + 20 })) {
      div.style.setProperty(k, `${v}px`);
    }
    div.style.cssText += `;position:fixed;z-index:2147483647;background:rgba(255,255,255,.6);top:var(--t);left:var(--l);width:var(--w);height:var(--h)`;
    document.body.insertAdjacentElement('beforeend', div);
  });
}

function attr(page: Page | Frame, name: string): Promise<string | null> {
  return page.evaluate((n) => document.documentElement.getAttribute(n), name);
}

async function clickPageButton(page: Page | Frame, selector: string): Promise<void> {
  await page.locator(selector).click({ timeout: 5000 });
}

describe('hostile pages', { timeout: 420_000 }, () => {
  let lens: Lens;

  before(async () => {
    lens = await launch({ viewport: { width: 1100, height: 760 } });
  });
  after(async () => {
    await lens?.close();
  });

  /** Errors on the page and in the service worker; both must stay empty. */
  function assertNoErrors(page: Page): void {
    assert.deepEqual(lens.errors(page), [], 'page console and uncaught errors');
    assert.deepEqual(lens.backgroundErrors(), [], 'service worker errors and warnings');
  }

  test('the error capture sees errors raised in the extension’s isolated world (self-check)', async () => {
    const page = await lens.page('/hostile/frames.html');
    const tabId = await lens.tabIdOf(page);
    await lens.serviceWorker.evaluate(async (id) => {
      // The worker's `chrome` is untyped here (no @types/chrome in this project).
      const { chrome } = globalThis as unknown as {
        chrome: { scripting: { executeScript(o: { target: { tabId: number }; func: () => void }): Promise<unknown> } };
      };
      await chrome.scripting.executeScript({
        target: { tabId: id },
        func: () => {
          console.error('isolated-world probe');
          setTimeout(() => {
            throw new Error('isolated-world throw');
          }, 0);
        },
      });
    }, tabId);
    await page.waitForTimeout(300);
    const seen = lens.errors(page).join('\n');
    assert.match(seen, /isolated-world probe/);
    assert.match(seen, /isolated-world throw/);
    await page.close();
  });

  for (const c of CASES) {
    test(c.name, async () => {
      await lens.disableSite();
      const path = `/hostile/v/${c.name.replace(/[^a-z]+/gi, '-').slice(0, 40)}.html`;
      const off = serveVariant(lens, path, c.variant);
      const page = await lens.page(path);
      try {
        if (c.pageScript) assert.equal(await attr(page, 'data-page-script'), 'ran', "the page's own script ran");
        const original = await bodyHtml(page);

        // Switched on while the page is open: injected into it, as the popup's switch does.
        await lens.enableSite();
        assert.equal(await waitForStatus(page, 'highlighted'), 'highlighted');
        const marks = await waitForMarks(page, 3);
        const painted = await page.evaluate(() => {
          const m = document.getElementsByTagName('elens-mark')[0]!;
          const cs = getComputedStyle(m);
          return { display: cs.display, rects: m.getClientRects().length, line: cs.textDecorationLine };
        });
        assert.deepEqual(painted, { display: 'inline', rects: painted.rects || 1, line: 'underline' }, 'highlights are painted');
        assert.ok(painted.rects > 0);

        // Hover: the card opens, readable and on top of everything the page stacks.
        const index = await visibleMarkIndex(page);
        assert.ok(index >= 0, `a highlight in view (of ${marks})`);
        const id = await hoverMark(page, index);
        const card = await waitForCard(page, id);
        assert.ok(card.visible && card.onTop, JSON.stringify(card));
        assert.ok(card.width >= 200 && card.height >= 60, `card size ${card.width}×${card.height}`);
        await coverCardWithOverlay(page);
        assert.equal((await openCard(page))?.onTop, true, 'a max-z-index overlay over the card stays below it');
        await page.evaluate(() => document.getElementById('max-z-overlay')?.remove());

        // Esc closes the card and is not passed on; the next Esc is the page's again.
        const escapesBefore = await attr(page, 'data-page-escapes');
        await page.keyboard.press('Escape');
        await waitForNoCard(page);
        assert.equal(await attr(page, 'data-page-escapes'), escapesBefore, 'the tooltip’s Esc reached the page');
        if (c.pageKeys) {
          await page.keyboard.press('Escape');
          assert.equal(Number(await attr(page, 'data-page-escapes')), Number(escapesBefore ?? 0) + 1, "the page's own Esc handler");
        }

        // Keyboard: Tab reaches a highlight and opens its card; Esc closes it, focus stays.
        // (First the pointer passes over the highlight and off it again: after the overlay came
        // and went, the browser updates hover state lazily, and a pointer still counted as resting
        // on the highlight dismissed with Esc keeps it dismissed — sometimes, which made this step
        // flaky in full runs.)
        await hoverMark(page, index);
        await page.mouse.move(1, 1);
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        await tabUntil(page, /^elens-mark: /);
        const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-elens-term') ?? '');
        await waitForCard(page, focused);
        await page.keyboard.press('Escape');
        await waitForNoCard(page);
        assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-elens-term') ?? ''), focused);

        // The popup reads this page, analyses it and shows a statement in it.
        const popup = await lens.openPopup(page);
        await popup.waitForFunction(() => document.documentElement.dataset.elensState === 'ready', null, { timeout: 20_000 });
        await popup.getByRole('button', { name: /^Show in page: / }).first().click();
        await popup.waitForFunction(() => /Shown in the page|Could not find/.test(document.getElementById('popup-status')?.textContent ?? ''));
        assert.match(await popup.locator('#popup-status').innerText(), /Shown in the page/);
        assert.deepEqual(lens.errors(popup), []);
        await popup.close();

        // The page's own controls still work.
        if (c.pageScript) {
          await page.mouse.move(1, 1);
          await clickPageButton(page, '#page-button');
          await clickPageButton(page, '#page-button');
          assert.equal(await page.evaluate(() => document.getElementById('page-counter')?.textContent), '2');
          assert.match((await page.evaluate(() => document.getElementById('page-slot')?.textContent)) ?? '', /own script/);
        }
        await page.locator('#page-input').fill('still typing');
        assert.equal(await page.locator('#page-input').inputValue(), 'still typing');

        // Off: every highlight goes and the page's markup is what it was.
        await page.locator('#page-input').fill('encryption backdoor');
        await lens.disableSite();
        await page.waitForFunction(() => document.getElementsByTagName('elens-mark').length === 0, null, { polling: 100 });
        assert.equal(await statusOf(page), null);
        const counterNow = await page.evaluate(() => document.getElementById('page-counter')?.textContent ?? '');
        assert.equal(
          await bodyHtml(page),
          original.replace(/(<output id="page-counter">)0(<\/output>)/, `$1${counterNow}$2`),
          'the DOM is restored exactly',
        );
        assertNoErrors(page);
      } finally {
        off();
        await page.close();
      }
    });
  }

  // Squatting the tooltip's name must cost the tooltip at most: the highlights do not need it.
  // Squatting the highlight's name (the page unwraps every highlight) may cost the highlights.
  const SQUATS = [
    { names: 'elens-tooltip', highlightsSurvive: true },
    { names: 'elens-tooltip elens-mark', highlightsSurvive: false },
    { names: 'elens-mark', highlightsSurvive: false },
  ];
  for (const { names, highlightsSurvive } of SQUATS) {
    const outcome = highlightsSurvive ? 'highlights still work' : 'highlights work or are skipped cleanly, without a loop';
    test(`custom elements squatting ${names}: ${outcome}`, async (t) => {
      const storyText = (p: Page) => p.evaluate(() => document.getElementById('story')!.textContent);
      await lens.disableSite();
      const clean = await lens.page('/hostile/article.html');
      const reference = await storyText(clean);
      await clean.close();

      await lens.enableSite();
      const path = `/hostile/v/squatter-${names.replace(' ', '-')}.html`;
      const off = serveVariant(lens, path, {
        file: 'article.html',
        head: `<script src="/hostile/squatter.js" data-names="${names}"></script>`,
      });
      const page = await lens.context.newPage();
      const warnings: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'warning') warnings.push(m.text());
      });
      try {
        await page.goto(lens.url(path));
        const status = await waitForStatus(page, ['highlighted', 'no-article', 'off-topic'], 5000).catch(() => null);
        const made = () => page.evaluate(() => (window as unknown as { __squatter: { marks: number } }).__squatter.marks);
        const early = await made();
        await page.waitForTimeout(2500);
        const late = await made();
        const left = await markCount(page);
        const firstLines = [...new Set(warnings.map((w) => w.split(/\\n|\n/)[0]!.slice(0, 200)))];
        t.diagnostic(`status ${status}, ${left} highlights, ${late} made; warnings: ${firstLines.join(' | ') || 'none'}`);
        // Each highlight the page unwraps may be put back once per rescan; it must not go on forever.
        assert.ok(late - early <= 40, `highlights re-made ${late - early} times in 2.5 s: a wrap/unwrap loop`);
        if (highlightsSurvive) {
          assert.equal(status, 'highlighted', 'highlighting stopped because the tooltip could not be built');
          assert.ok(left > 0, 'no highlights');
        }
        assert.equal(await storyText(page), reference, 'the article reads exactly as before');
        await lens.disableSite();
        await page.waitForFunction(() => document.getElementsByTagName('elens-mark').length === 0, null, { polling: 100 });
        assert.equal(await storyText(page), reference);
        await clickPageButton(page, '#page-button');
        assert.equal(await page.evaluate(() => document.getElementById('page-counter')?.textContent), '1');
        assertNoErrors(page);
      } finally {
        off();
        await page.close();
      }
    });
  }

  test('iframes (same-origin and srcdoc): the top page is highlighted, frames work and are left alone or highlighted', async () => {
    await lens.enableSite();
    const page = await lens.page('/hostile/frames.html');
    try {
      assert.equal(await waitForStatus(page, 'highlighted'), 'highlighted');
      await waitForMarks(page, 1);
      const frames = page.frames().filter((f) => f !== page.mainFrame());
      assert.equal(frames.length, 2, 'both frames loaded');
      const sameOrigin = page.frame({ url: /\/hostile\/article\.html$/ })!;
      const srcdoc = frames.find((f) => f !== sameOrigin)!;
      await sameOrigin.waitForLoadState();
      for (const f of [sameOrigin, srcdoc]) {
        const s = await f.evaluate(() => document.documentElement.dataset.elensStatus ?? null);
        const n = await f.evaluate(() => document.getElementsByTagName('elens-mark').length);
        assert.ok(s === null ? n === 0 : s === 'highlighted', `frame ${f.url()}: status ${s}, ${n} highlights`);
      }
      // The card first, while focus is in the top document (Esc there is the tooltip's).
      const id = await hoverMark(page, await visibleMarkIndex(page));
      const card = await waitForCard(page, id);
      assert.ok(card.visible && card.onTop);
      await page.keyboard.press('Escape');
      await waitForNoCard(page);

      assert.equal(await attr(sameOrigin, 'data-page-script'), 'ran');
      await clickPageButton(sameOrigin, '#page-button');
      assert.equal(await sameOrigin.evaluate(() => document.getElementById('page-counter')?.textContent), '1');
      await clickPageButton(srcdoc, '#vote');
      assert.equal(await srcdoc.evaluate(() => document.getElementById('vote')?.textContent), 'Thanks for voting');

      // With focus inside a frame, the card still opens on hover and closes when the pointer leaves.
      const again = await hoverMark(page, await visibleMarkIndex(page));
      await waitForCard(page, again);
      await page.mouse.move(1, 1);
      await waitForNoCard(page);
      assertNoErrors(page);
    } finally {
      await page.close();
    }
  });

  test('shadow DOM: light-DOM text is highlighted, shadow roots stay untouched and keep working', async () => {
    await lens.enableSite();
    const page = await lens.page('/hostile/shadow.html');
    try {
      const shadowHtml = () =>
        page.evaluate(() =>
          ['open-host', 'shadow-article-host'].map((h) => document.getElementById(h)!.shadowRoot!.innerHTML).join('\n'),
        );
      const before = await shadowHtml();
      assert.equal(await waitForStatus(page, 'highlighted'), 'highlighted');
      await waitForMarks(page, 2);
      await page.waitForTimeout(300);
      assert.equal(await shadowHtml(), before, 'shadow content unchanged (mark.js does not enter shadow roots)');
      assert.equal(await attr(page, 'data-page-script'), 'ran');
      await page.locator('#shadow-button').click();
      assert.equal(await page.locator('#shadow-button').innerText(), 'Box expanded');

      const id = await hoverMark(page, await visibleMarkIndex(page));
      const card = await waitForCard(page, id);
      assert.ok(card.visible && card.onTop);
      await page.mouse.move(1, 1);
      await waitForNoCard(page);
      assertNoErrors(page);
    } finally {
      await page.close();
    }
  });

  test('top layer: the page’s popover, modal dialog and fullscreen keep working beside the tooltip', async () => {
    await lens.enableSite();
    await lens.setPrefs({ occurrences: 'all' });
    const page = await lens.page('/hostile/top-layer.html');
    try {
      assert.equal(await waitForStatus(page, 'highlighted'), 'highlighted');
      await waitForMarks(page, 3);
      const popoverOpen = () => page.evaluate(() => document.getElementById('page-popover')!.matches(':popover-open'));

      // Popover: opened by the page's own declarative button; its highlights get cards on top.
      await page.locator('#open-popover').click();
      assert.equal(await popoverOpen(), true);
      const inPopover = await visibleMarkIndex(page, 'page-popover');
      assert.ok(inPopover >= 0, 'a highlight inside the open popover');
      const id = await hoverMark(page, inPopover);
      const card = await waitForCard(page, id);
      assert.ok(card.visible && card.onTop, JSON.stringify(card));
      assert.equal(await popoverOpen(), true, 'showing the card does not close the page’s popover');
      await page.keyboard.press('Escape');
      await waitForNoCard(page);
      assert.equal(await popoverOpen(), true, 'the tooltip’s Esc does not close the page’s popover');
      await page.keyboard.press('Escape');
      assert.equal(await popoverOpen(), false, 'the page’s popover still closes on its own Esc');

      // Modal dialog: the page behind is inert, so nothing of ours opens there; the dialog works.
      await page.mouse.move(1, 1);
      await page.locator('#open-dialog').click();
      assert.equal(await page.evaluate(() => (document.getElementById('page-dialog') as HTMLDialogElement).open), true);
      await hoverMark(page, await visibleMarkIndex(page, 'story'));
      await page.waitForTimeout(900);
      assert.equal(await openCard(page), null, 'no card for a highlight behind a modal dialog');
      await page.keyboard.press('Escape');
      assert.equal(await page.evaluate(() => (document.getElementById('page-dialog') as HTMLDialogElement).open), false, 'Esc closes the page’s dialog');
      await page.locator('#open-dialog').click();
      await page.locator('#close-dialog').click();
      assert.equal(await page.evaluate(() => (document.getElementById('page-dialog') as HTMLDialogElement).returnValue), 'dismissed');

      // Fullscreen, entered by the page's own button.
      await page.mouse.move(1, 1);
      await page.locator('#go-fullscreen').click();
      await page.waitForFunction(() => document.fullscreenElement?.id === 'story');
      const fsId = await hoverMark(page, await visibleMarkIndex(page, 'story'));
      const fsCard = await waitForCard(page, fsId);
      assert.ok(fsCard.visible && fsCard.onTop, JSON.stringify(fsCard));
      await page.evaluate(() => document.exitFullscreen());
      await page.waitForFunction(() => !document.fullscreenElement);
      assert.ok((await markCount(page)) >= 3);
      assertNoErrors(page);
    } finally {
      await lens.setPrefs({ occurrences: 'first' });
      await page.close();
    }
  });
});
