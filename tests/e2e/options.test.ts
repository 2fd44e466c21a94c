import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { launch, type Lens } from './harness';
import { axeViolations } from './axe';

/**
 * The options page in a real Chromium: it lists the enabled sites, stores preferences as they
 * change, refuses a corrupt settings file without touching what is stored, and takes a valid
 * one whole.
 */


/** Number of the last message the page showed (each message is numbered). */
function lastMessageNumber(page: Page): Promise<number> {
  return page.evaluate(() => Number(document.querySelector('[data-n]')?.getAttribute('data-n') ?? 0));
}

/** Everything the extension stores, read from an extension page. */
function stored(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } };
    };
    return chrome.storage.local.get(null);
  });
}

describe('options page', { timeout: 120_000 }, () => {
  let lens: Lens;
  let page: Page;

  before(async () => {
    lens = await launch({ viewport: { width: 900, height: 900 } });
    await lens.enableSite('127.0.0.1');
    await lens.setPrefs({ highlightStyle: 'subtle', tooltipDelay: 450 });
    page = await lens.context.newPage();
    await page.goto(lens.extensionUrl('/options.html'));
    await page.waitForSelector('[data-loaded="true"]');
  });
  after(async () => {
    await lens?.close();
  });

  test('is registered as the options page and shows the stored settings', async () => {
    const manifest = await lens.serviceWorker.evaluate(() =>
      (globalThis as unknown as { chrome: { runtime: { getManifest(): { options_ui?: { page: string } } } } }).chrome.runtime.getManifest(),
    );
    assert.equal(manifest.options_ui?.page, 'options.html');
    assert.equal(await page.getByRole('button', { name: 'Remove 127.0.0.1' }).count(), 1);
    assert.equal(await page.getByRole('radio', { name: /^Subtle/ }).isChecked(), true);
    assert.equal(await page.locator('#tooltip-delay').inputValue(), '450');
  });

  test('a preference change is stored at once', async () => {
    await page.getByRole('radio', { name: 'Every occurrence' }).check();
    await page.waitForFunction(() => /Saved/.test(document.querySelector('[role="status"]')?.textContent ?? ''));
    const s = await stored(page);
    assert.equal((s.prefs as { occurrences?: string }).occurrences, 'all');
  });

  test('importing a corrupt settings file is refused and changes nothing', async () => {
    const before = await stored(page);
    for (const [name, body] of [
      ['truncated.json', '{"format":"encryption-lens-settings","version":1,"sites":[{"host":"evil.exa'],
      ['foreign.json', '{"theme":"dark","sites":"all"}'],
      ['bad-value.json', JSON.stringify({ format: 'encryption-lens-settings', version: 1, sites: [], prefs: { theme: 'neon' } })],
      ['binary.json', '\u0000\u0001\u0002PK\u0003\u0004'],
    ] as const) {
      const seen = await lastMessageNumber(page);
      await page.locator('#import-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
      await page.waitForFunction((n) => Number(document.querySelector('[role="alert"] [data-n]')?.getAttribute('data-n')) > n, seen);
      assert.match(await page.getByRole('alert').innerText(), /^Import refused: .+ Your settings were not changed\.$/, name);
      assert.deepEqual(await stored(page), before, `${name} left storage alone`);
    }
    assert.equal(await page.getByRole('button', { name: 'Remove 127.0.0.1' }).count(), 1);
  });

  test('export, then import of a valid file replaces the settings', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export settings' }).click()]);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
      sites: unknown[];
      prefs: Record<string, unknown>;
    };
    assert.deepEqual(exported.sites, [{ host: '127.0.0.1', subdomains: false }]);
    assert.equal(exported.prefs.highlightStyle, 'subtle');

    const next = { ...exported, sites: [{ host: 'localhost', subdomains: false }], prefs: { ...exported.prefs, theme: 'dark' } };
    await page.locator('#import-file').setInputFiles({
      name: 'settings.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(next)),
    });
    await page.waitForFunction(() => /Settings imported/.test(document.querySelector('[role="status"]')?.textContent ?? ''));
    assert.deepEqual(await lens.getSites(), [{ host: 'localhost', subdomains: false }]);
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    assert.equal(await page.getByRole('button', { name: 'Remove localhost' }).count(), 1);
  });

  test('removing a site from the list switches it off', async () => {
    await page.getByRole('button', { name: 'Remove localhost' }).click();
    await page.waitForFunction(() => /Removed localhost/.test(document.querySelector('[role="status"]')?.textContent ?? ''));
    assert.deepEqual(await lens.getSites(), []);
    assert.match(await page.locator('.empty-note').innerText(), /No sites yet/);
  });

  test('no accessibility violations, light and dark', async () => {
    await lens.enableSite('127.0.0.1');
    for (const theme of ['light', 'dark'] as const) {
      await lens.setPrefs({ theme });
      await page.waitForFunction((t) => document.documentElement.dataset.theme === t, theme);
      assert.deepEqual(await axeViolations(page), [], theme);
    }
    assert.deepEqual(lens.errors(page), []);
  });
});
