import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import {
  bodyHtml,
  launch,
  statusOf,
  tempProfile,
  termIds,
  waitForHighlightCount,
  waitForStatus,
  type Lens,
} from './harness';
import { startServer, type TestServer } from './server';

/**
 * The background's site registration, through the real code path: the same enable/disable
 * functions the popup calls write storage, the background registers the content script and
 * runs it in open tabs. 127.0.0.1 and localhost reach the same server but are different sites.
 */

// Our own short news piece (fictional people and places), on-topic enough for the topic gate.
const ARTICLE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Ministers revive encryption fight</title></head>
<body>
<header><nav><a href="/">Home</a> <a href="/tech">Technology</a></nav></header>
<main><article>
<h1>Ministers revive the fight over encrypted messaging</h1>
<p>The interior ministry of Valdoria has asked messaging companies to build lawful access into
their apps, reopening a dispute that security researchers call the crypto wars.</p>
<p>"We are not asking for a backdoor," said Interior Minister Hanna Ostrova at a press conference
on Tuesday. "We are asking for the same access to criminals' messages that a warrant already
gives us to their letters and their homes."</p>
<p>Messaging services that use end-to-end encryption say they cannot read their users' messages
and would have to weaken encryption for everyone to comply. Client-side scanning, which checks
content on the phone before it is encrypted, was proposed as a middle way.</p>
<p>Tomas Reinholt, chief technologist at the digital rights group Open Circuit, rejected that
idea. "Scanning every message on every phone is mass surveillance with extra steps," he said.
"Any exceptional access mechanism is a vulnerability that criminals and hostile states will find."</p>
<p>Police officials argue that the spread of encryption means investigators are going dark.
Cryptographers reply that metadata, device seizures and targeted surveillance under a warrant
remain available, and that key escrow schemes have failed before.</p>
<p>The ministry's bill will be debated in parliament next month. Ostrova said she expected
amendments but would not drop the requirement for technical capability notices.</p>
</article></main>
<footer><p>Copyright Valdoria Daily</p></footer>
</body></html>`;

const PATH = '/bg/article.html';

async function waitFor<T>(get: () => Promise<T>, ok: (v: T) => boolean, timeout = 5000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const v = await get();
    if (ok(v) || Date.now() > deadline) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function markUnreloaded(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __notReloaded?: boolean }).__notReloaded = true;
  });
}
async function wasReloaded(page: Page): Promise<boolean> {
  return page.evaluate(() => !(window as unknown as { __notReloaded?: boolean }).__notReloaded);
}

/** Sends a runtime message from the tab's content-script world, as the content script does. */
async function sendFromTab(lens: Lens, page: Page, message: unknown): Promise<unknown> {
  const tabId = await lens.tabIdOf(page);
  return lens.serviceWorker.evaluate(
    async ([id, msg]) => {
      // The worker's `chrome` is untyped here (no @types/chrome in this project).
      const { chrome } = globalThis as unknown as {
        chrome: {
          scripting: {
            executeScript(o: {
              target: { tabId: number };
              func: (m: unknown) => Promise<unknown>;
              args: unknown[];
            }): Promise<Array<{ result?: unknown }>>;
          };
        };
      };
      const [res] = await chrome.scripting.executeScript({
        target: { tabId: id },
        func: (m) =>
          (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } })
            .chrome.runtime.sendMessage(m),
        args: [msg],
      });
      return res?.result;
    },
    [tabId, message] as const,
  );
}

describe('background: per-site registration', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer();
    server.route(PATH, ARTICLE);
  });
  after(() => server.close());

  test('enabling a site highlights its open tab without reload and its new tabs; another host stays untouched; disabling restores the DOM', async () => {
    const lens = await launch({ server });
    try {
      const open = await lens.page(PATH);
      const other = await lens.page(PATH, { host: 'localhost' });
      const originalHtml = await bodyHtml(open);
      const otherHtml = await bodyHtml(other);
      await markUnreloaded(open);
      // Before any site is on, nothing runs anywhere.
      assert.equal(await statusOf(open), null);
      assert.deepEqual(await lens.registeredScripts(), []);

      const sync = await lens.enableSite('127.0.0.1');
      assert.deepEqual(sync.matches, ['http://127.0.0.1/*'], 'only the granted http origin is registered');
      assert.equal(await waitForStatus(open), 'highlighted');
      assert.equal(await wasReloaded(open), false, 'the open tab was highlighted in place');
      assert.ok((await termIds(open)).length > 0);
      assert.deepEqual(
        await termIds(open, 'header, footer'),
        [],
        'nothing highlighted outside the article',
      );

      const fresh = await lens.page(PATH);
      assert.equal(await waitForStatus(fresh), 'highlighted', 'a new tab of the site is highlighted');
      assert.deepEqual(await termIds(fresh), await termIds(open));

      assert.equal(await statusOf(other), null, 'localhost is another site');
      assert.deepEqual(await termIds(other), []);
      assert.equal(await bodyHtml(other), otherHtml);

      // The highlighter, and its sheet at document_start, for the same pages.
      const registered = await lens.registeredScripts();
      assert.deepEqual(registered.map((s) => s.id).sort(), ['elens-highlight-style', 'elens-highlighter']);
      for (const r of registered) assert.deepEqual(r.matches, ['http://127.0.0.1/*']);

      await lens.disableSite('127.0.0.1');
      await waitForHighlightCount(open, 0);
      await waitForHighlightCount(fresh, 0);
      assert.equal(await bodyHtml(open), originalHtml, 'the DOM is restored exactly');
      assert.deepEqual(await lens.registeredScripts(), [], 'the script is unregistered');
      assert.deepEqual(await lens.getSites(), []);

      const afterOff = await lens.page(PATH);
      await afterOff.waitForTimeout(500);
      assert.equal(await statusOf(afterOff), null, 'a new tab after switching off is left alone');
      assert.deepEqual(await termIds(afterOff), []);

      assert.deepEqual(lens.errors(), []);
      assert.deepEqual(lens.backgroundErrors(), []);
    } finally {
      await lens.close();
    }
  });

  test('subdomain option registers the wildcard pattern only for granted origins', async () => {
    const lens = await launch({ server });
    try {
      const sync = await lens.enableSite('localhost', { subdomains: true });
      // The e2e build grants http://localhost/* only; *.localhost and https are not granted.
      assert.deepEqual(sync.matches, ['http://localhost/*']);
      const page = await lens.page(PATH, { host: 'localhost' });
      assert.equal(await waitForStatus(page), 'highlighted');
      const site = await lens.getSites();
      assert.deepEqual(site, [{ host: 'localhost', subdomains: true }]);
    } finally {
      await lens.close();
    }
  });

  test('the registration persists across a browser restart with the same profile', async () => {
    const profile = await tempProfile();
    try {
      const first = await launch({ server, userDataDir: profile });
      try {
        await first.enableSite('127.0.0.1');
        const page = await first.page(PATH);
        await waitForStatus(page, 'highlighted');
      } finally {
        await first.close();
      }

      const second = await launch({ server, userDataDir: profile });
      try {
        assert.deepEqual(await second.getSites(), [{ host: '127.0.0.1', subdomains: false }]);
        // Chromium re-installs an extension loaded with --load-extension at every launch, which
        // drops dynamic registrations; the background restores them when it starts.
        const registered = await waitFor(() => second.registeredScripts(), (r) => r.length > 1);
        assert.deepEqual(registered.map((s) => s.matches), [['http://127.0.0.1/*'], ['http://127.0.0.1/*']]);
        const page = await second.page(PATH);
        assert.equal(await waitForStatus(page), 'highlighted');
        assert.ok((await termIds(page)).length > 0);
      } finally {
        await second.close();
      }
    } finally {
      await rm(profile, { recursive: true, force: true });
    }
  });

  test('reloading the extension leaves open tabs highlighted once, with no errors', async () => {
    const lens = await launch({ server });
    try {
      await lens.enableSite('127.0.0.1');
      const page = await lens.page(PATH);
      await waitForStatus(page, 'highlighted');
      const before = await termIds(page);
      await markUnreloaded(page);

      await lens.reloadExtension();
      // The old copy restores the page when its context dies; the background injects the new
      // one. Wait until the highlights are back and stable.
      await waitForHighlightCount(page, (n) => n === before.length, 10_000);
      await page.waitForTimeout(500);
      assert.deepEqual(await termIds(page), before, 'same highlights, none doubled');
      assert.equal(await page.locator('elens-tooltip').count() <= 1, true, 'at most one tooltip host');
      assert.equal(await wasReloaded(page), false);
      assert.equal(await statusOf(page), 'highlighted');
      assert.deepEqual((await lens.registeredScripts()).map((r) => r.matches), [['http://127.0.0.1/*'], ['http://127.0.0.1/*']]);
      assert.deepEqual(lens.errors(page), []);
    } finally {
      await lens.close();
    }
  });

  test('the keyboard shortcut’s handler toggles the current tab’s site', async () => {
    const lens = await launch({ server });
    try {
      const page = await lens.page(PATH);
      const other = await lens.page(PATH, { host: 'localhost' });
      const tabId = await lens.tabIdOf(page);
      const toggle = () =>
        lens.serviceWorker.evaluate(
          (id) =>
            (globalThis as unknown as { __elens: { toggleTab(id: number): Promise<string> } }).__elens.toggleTab(id),
          tabId,
        );
      assert.equal(await toggle(), 'on');
      assert.equal(await waitForStatus(page), 'highlighted');
      assert.deepEqual(await lens.getSites(), [{ host: '127.0.0.1', subdomains: false }]);
      assert.equal(await toggle(), 'off');
      await waitForHighlightCount(page, 0);
      assert.deepEqual(await lens.getSites(), []);
      assert.equal(await statusOf(other), null);
    } finally {
      await lens.close();
    }
  });

  test('messages: open-glossary opens the glossary page; disable-site turns the sender’s site off; bad messages are ignored', async () => {
    const lens = await launch({ server });
    try {
      await lens.enableSite('127.0.0.1');
      const page = await lens.page(PATH);
      await waitForStatus(page, 'highlighted');

      const opened = lens.context.waitForEvent('page', {
        predicate: (p) => p.url().startsWith(lens.extensionUrl('/glossary.html')),
        timeout: 10_000,
      });
      const reply = await sendFromTab(lens, page, { type: 'elens:open-glossary', id: 'end-to-end-encryption' });
      assert.deepEqual(reply, { ok: true });
      const glossary = await opened;
      assert.equal(glossary.url(), lens.extensionUrl('/glossary.html#end-to-end-encryption'));

      // Malformed ids and unknown types get no answer (undefined arrives as null) and open nothing.
      const pagesBefore = lens.context.pages().length;
      assert.equal(await sendFromTab(lens, page, { type: 'elens:open-glossary', id: '../options' }), null);
      assert.equal(await sendFromTab(lens, page, { type: 'elens:enable-everything' }), null);
      await page.waitForTimeout(300);
      assert.equal(lens.context.pages().length, pagesBefore);
      assert.deepEqual(await lens.getSites(), [{ host: '127.0.0.1', subdomains: false }]);

      assert.deepEqual(await sendFromTab(lens, page, { type: 'elens:disable-site' }), { ok: true });
      assert.deepEqual(await lens.getSites(), []);
      assert.deepEqual(await lens.registeredScripts(), []);
      await waitForHighlightCount(page, 0);
    } finally {
      await lens.close();
    }
  });
});
