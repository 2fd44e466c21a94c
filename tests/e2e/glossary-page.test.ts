import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { TERMS } from '../../glossary/terms';
import { DETAILS } from '../../glossary/details';
import { launch, type Lens } from './harness';
import { axeViolations } from './axe';

/**
 * The glossary extension page (glossary.html): every entry, grouped by category, searchable,
 * `#<id>` scrolling to an entry, safe source links, both themes, and no axe violations.
 */

const CONTESTED = DETAILS.filter((d) => d.sides).map((d) => d.id);


describe('glossary page', { timeout: 120_000 }, () => {
  let lens: Lens;
  let page: Page;

  before(async () => {
    lens = await launch({ viewport: { width: 1100, height: 800 } });
    page = await lens.page(lens.extensionUrl('/glossary.html'));
    await page.waitForSelector('article.entry');
  });

  after(async () => {
    await lens?.close();
  });

  test('lists every glossary entry once, grouped under category headings', async () => {
    const listed = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('main section.group')].map((s) => ({
        heading: s.querySelector('h2')?.textContent ?? '',
        ids: [...s.querySelectorAll<HTMLElement>('article.entry')].map((a) => a.id),
      })),
    );
    const ids = listed.flatMap((g) => g.ids);
    assert.equal(ids.length, TERMS.length);
    assert.deepEqual([...ids].sort(), TERMS.map((t) => t.id).sort());
    const category = new Map(TERMS.map((t) => [t.id, t.category]));
    for (const group of listed) {
      const cats = new Set(group.ids.map((id) => category.get(id)));
      assert.equal(cats.size, 1, `mixed categories under "${group.heading}"`);
    }
    assert.equal(await page.locator('h1').count(), 1);
    assert.equal(await page.locator('main').count(), 1);
    assert.equal(await page.getByRole('searchbox', { name: 'Search the glossary' }).count(), 1);
    assert.deepEqual(lens.errors(page), []);
  });

  test('entries show definition, explanation, both sides where contested, related links and sources', async () => {
    const withDetails = DETAILS[0];
    if (!withDetails) return assert.fail('the glossary has no details');
    const entry = page.locator(`article#${withDetails.id}`);
    assert.equal(await entry.locator('.explanation').textContent(), withDetails.explanation);
    const sources = await entry.locator('.sources a').evaluateAll((as) =>
      as.map((a) => ({ href: a.getAttribute('href'), rel: a.getAttribute('rel'), target: a.getAttribute('target') })),
    );
    assert.deepEqual(
      sources.map((s) => s.href),
      withDetails.sources.map((s) => s.url),
    );
    for (const s of sources) {
      assert.equal(s.target, '_blank');
      assert.deepEqual(s.rel?.split(' ').sort(), ['noopener', 'noreferrer']);
    }
    for (const id of CONTESTED) {
      const sides = await page.locator(`article#${id} .side p`).allTextContents();
      const d = DETAILS.find((x) => x.id === id)!;
      assert.deepEqual(sides, [d.sides!.forAccess, d.sides!.forEncryption], `sides of ${id}`);
    }
    // Every related link points at an entry on this page.
    const broken = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLAnchorElement>('.related a')]
        .map((a) => a.getAttribute('href')!.slice(1))
        .filter((id) => !document.getElementById(id)?.classList.contains('entry')),
    );
    assert.deepEqual(broken, []);
  });

  test('search narrows the list and says how many match', async () => {
    const search = page.getByRole('searchbox', { name: 'Search the glossary' });
    const probe = TERMS.find((t) => t.term.length > 5) ?? TERMS[0]!;
    await search.fill(probe.term.toUpperCase());
    const ids = await page.locator('article.entry').evaluateAll((as) => as.map((a) => a.id));
    assert.ok(ids.includes(probe.id), `${probe.id} not found by its own name`);
    assert.ok(ids.length < TERMS.length, 'nothing was filtered out');
    assert.match((await page.getByRole('status').textContent()) ?? '', new RegExp(`^${ids.length} of ${TERMS.length}`));
    await search.fill('zzzz-no-such-term');
    assert.equal(await page.locator('article.entry').count(), 0);
    assert.match((await page.locator('.empty').textContent()) ?? '', /No term matches/);
    await search.fill('');
    assert.equal(await page.locator('article.entry').count(), TERMS.length);
  });

  test('#<id> scrolls to, focuses and highlights the entry, even past a search', async () => {
    const target = TERMS[TERMS.length - 1]!.id;
    await page.getByRole('searchbox', { name: 'Search the glossary' }).fill('zzzz-no-such-term');
    await page.evaluate((id) => {
      location.hash = id;
    }, target);
    await page.waitForFunction((id) => document.activeElement?.id === id, target);
    const state = await page.evaluate((id) => {
      const el = document.getElementById(id)!;
      const r = el.getBoundingClientRect();
      return { top: r.top, marked: el.classList.contains('is-target'), others: document.querySelectorAll('.is-target').length };
    }, target);
    assert.ok(state.top >= 0 && state.top < 200, `entry at ${state.top}px`);
    assert.equal(state.marked, true);
    assert.equal(state.others, 1);

    // A fresh load with the hash, as the tooltip's "Full explanation" opens it.
    const fresh = await lens.page(lens.extensionUrl(`/glossary.html#${TERMS[0]!.id}`));
    await fresh.waitForFunction((id) => document.activeElement?.id === id, TERMS[0]!.id);
    await fresh.close();
  });

  test('light and dark themes, with no axe violations in either', async () => {
    await page.evaluate(() => {
      location.hash = '';
    });
    await lens.setPrefs({ theme: 'light' });
    await page.waitForFunction(() => !document.documentElement.classList.contains('elens-dark'));
    assert.deepEqual(await axeViolations(page), []);
    const lightBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);

    await lens.setPrefs({ theme: 'dark' });
    await page.waitForFunction(() => document.documentElement.classList.contains('elens-dark'));
    assert.deepEqual(await axeViolations(page), []);
    const darkBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.notEqual(darkBg, lightBg);

    // 'auto' follows the system setting.
    await lens.setPrefs({ theme: 'auto' });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.waitForFunction(() => document.documentElement.classList.contains('elens-dark'));
    await page.emulateMedia({ colorScheme: 'light' });
    await page.waitForFunction(() => !document.documentElement.classList.contains('elens-dark'));
    if (process.env.ELENS_SHOTS) await page.screenshot({ path: `${process.env.ELENS_SHOTS}/glossary-light.png` });
    assert.deepEqual(lens.errors(page), []);
  });
});
