import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import {
  DEFAULT_EXTENSION_DIR,
  bodyHtml,
  launch,
  statusOf,
  waitForHighlightCount,
  waitForStatus,
  type Lens,
} from './harness';

/**
 * The `toggle-site` keyboard command in real Chromium. Headless Chromium does not route a key
 * press in a page to an extension's shortcut, so the test gets as close to a press as it can:
 * the browser must list the command with its key (`commands.getAll`, i.e. it is bound), and the
 * command is then delivered through the browser's own `commands.onCommand` event object with
 * the tab, which runs every listener the background registered, exactly as a press would. No
 * test hook calls the handler directly.
 */

const COMMAND = 'toggle-site';

interface Command {
  name?: string;
  description?: string;
  shortcut?: string;
}

/** The few `chrome.*` calls made inside the service worker (no @types/chrome in this project). */
interface WorkerChrome {
  commands: {
    getAll(): Promise<Command[]>;
    onCommand: {
      hasListeners(): boolean;
      // Present on Chromium's extension event objects; delivers to every registered listener.
      dispatch?: (...args: unknown[]) => void;
    };
  };
  tabs: { get(id: number): Promise<unknown> };
}

const manifest = JSON.parse(readFileSync(join(process.env.ELENS_EXTENSION_DIR ?? DEFAULT_EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
  commands?: Record<string, { suggested_key?: { default?: string }; description?: string }>;
};

function commands(lens: Lens): Promise<Command[]> {
  return lens.serviceWorker.evaluate(() =>
    (globalThis as unknown as { chrome: WorkerChrome }).chrome.commands.getAll(),
  );
}

/** Fires `command` for the tab of `page` through the background's onCommand event. */
async function press(lens: Lens, page: Page, command = COMMAND): Promise<void> {
  const tabId = await lens.tabIdOf(page);
  await lens.serviceWorker.evaluate(
    async ([name, id]) => {
      const { chrome } = globalThis as unknown as { chrome: WorkerChrome };
      const event = chrome.commands.onCommand;
      if (!event.hasListeners()) throw new Error('the background registered no commands.onCommand listener');
      if (typeof event.dispatch !== 'function') {
        throw new Error('this Chromium has no onCommand.dispatch: the test cannot deliver the command');
      }
      // Chrome passes the active tab as a second argument (MV3).
      event.dispatch(name, await chrome.tabs.get(id));
    },
    [command, tabId] as const,
  );
}

async function markUnreloaded(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __notReloaded?: boolean }).__notReloaded = true;
  });
}
function wasReloaded(page: Page): Promise<boolean> {
  return page.evaluate(() => !(window as unknown as { __notReloaded?: boolean }).__notReloaded);
}

/** Polls the background's site list until it equals `hosts`. */
async function waitForSites(lens: Lens, hosts: string[], timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const now = (await lens.getSites()).map((s) => s.host);
    if (JSON.stringify(now) === JSON.stringify(hosts)) return;
    if (Date.now() > deadline) throw new Error(`sites are ${JSON.stringify(now)}, expected ${JSON.stringify(hosts)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('keyboard shortcut (toggle-site)', { timeout: 180_000 }, () => {
  let lens: Lens;

  before(async () => {
    lens = await launch();
  });
  after(async () => {
    await lens?.close();
  });

  test('the browser binds the command to the suggested key', async () => {
    const suggested = manifest.commands?.[COMMAND]?.suggested_key?.default;
    assert.equal(suggested, 'Alt+Shift+L', 'the manifest suggests Alt+Shift+L');
    const bound = (await commands(lens)).find((c) => c.name === COMMAND);
    assert.ok(bound, `${COMMAND} is not among the browser's commands`);
    assert.equal(bound.shortcut, suggested);
    assert.equal(bound.description, manifest.commands?.[COMMAND]?.description);
    assert.ok(bound.description && bound.description.length > 0, 'a description for the shortcuts page');
  });

  test('pressing it on a page switches that site on, and again off, without reload; other sites untouched', async () => {
    assert.deepEqual(await lens.getSites(), []);
    const page = await lens.page('/sample-article.html');
    const second = await lens.page('/sample-article.html');
    const other = await lens.page('/sample-article.html', { host: 'localhost' });
    const original = await bodyHtml(page);
    for (const p of [page, second, other]) await markUnreloaded(p);

    await page.bringToFront();
    await press(lens, page);
    await waitForSites(lens, ['127.0.0.1']);
    assert.equal(await waitForStatus(page, 'highlighted'), 'highlighted');
    assert.ok((await waitForHighlightCount(page, (n) => n > 0)) > 0);
    // The site, not only the tab: a second tab on it is highlighted too.
    assert.equal(await waitForStatus(second, 'highlighted'), 'highlighted');
    assert.equal(await statusOf(other), null, 'localhost is another site');
    // The highlighter and its sheet.
    assert.deepEqual((await lens.registeredScripts()).map((s) => s.matches), [['http://127.0.0.1/*'], ['http://127.0.0.1/*']]);

    await press(lens, page);
    await waitForSites(lens, []);
    await waitForHighlightCount(page, 0);
    await waitForHighlightCount(second, 0);
    assert.equal(await bodyHtml(page), original, 'the DOM is not what it was');
    assert.deepEqual(await lens.registeredScripts(), []);
    for (const p of [page, second, other]) assert.equal(await wasReloaded(p), false);
    assert.equal(await statusOf(other), null);
    assert.deepEqual(lens.errors(), []);
    assert.deepEqual(lens.backgroundErrors(), []);
    for (const p of [page, second, other]) await p.close();
  });

  test('pressing it on a page of another site switches only that site', async () => {
    await lens.enableSite('127.0.0.1');
    const page = await lens.page('/sample-article.html');
    await waitForStatus(page, 'highlighted');
    const other = await lens.page('/sample-article.html', { host: 'localhost' });
    await other.bringToFront();
    await press(lens, other);
    await waitForSites(lens, ['127.0.0.1', 'localhost']);
    assert.equal(await waitForStatus(other, 'highlighted'), 'highlighted');
    await press(lens, other);
    await waitForSites(lens, ['127.0.0.1']);
    await waitForHighlightCount(other, 0);
    assert.equal(await statusOf(page), 'highlighted', 'the first site was switched too');
    assert.ok((await waitForHighlightCount(page, (n) => n > 0)) > 0);
    await lens.disableSite('127.0.0.1');
    await page.close();
    await other.close();
  });

  test('another command name, or a tab the extension may not read (a browser page), changes nothing', async () => {
    const page = await lens.page('/sample-article.html');
    await press(lens, page, 'some-other-command');
    // Nothing to wait for: give a wrong reaction the time a right one takes, then look.
    await page.waitForTimeout(1000);
    assert.deepEqual(await lens.getSites(), []);
    assert.equal(await statusOf(page), null);

    const blank = await lens.context.newPage();
    await blank.goto('chrome://version').catch(() => {});
    const tabId = await lens.serviceWorker.evaluate(async () => {
      const { chrome } = globalThis as unknown as {
        chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } };
      };
      const tabs = await chrome.tabs.query({});
      // Without host access the URL of a browser page is hidden: the tab with no URL is it.
      return tabs.filter((t) => t.url === undefined || t.url.startsWith('chrome://')).map((t) => t.id);
    });
    assert.ok(tabId.length >= 1);
    await lens.serviceWorker.evaluate(async (ids) => {
      const { chrome } = globalThis as unknown as { chrome: WorkerChrome };
      for (const id of ids) chrome.commands.onCommand.dispatch?.('toggle-site', await chrome.tabs.get(id as number));
    }, tabId);
    await page.waitForTimeout(1000);
    assert.deepEqual(await lens.getSites(), []);
    assert.deepEqual(lens.errors(page), []);
    await blank.close();
    await page.close();
  });
});
