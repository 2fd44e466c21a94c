import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page, Request } from 'playwright-core';
import { launch, waitForStatus, type Lens } from '../../e2e/harness';
import { hoverMark, tabUntil, visibleMarkIndex, waitForCard, waitForMarks, waitForNoCard } from './support';

/**
 * Privacy: every network request of a full reading session is recorded, in every tab, frame
 * and extension page of the browser context and in the extension's service worker, and none
 * may come from the extension except loads of its own chrome-extension:// files. The session
 * covers loading pages, highlighting, hovering and focusing highlights, the glossary page opened
 * from a card, the popup with its analysis, "Show in page", the site switch, and the options page.
 *
 * The page under test carries traps that the page itself never loads (an image inside
 * <noscript>, one inside a <template>, a lazy-load placeholder, a link): the extension reads the
 * page's markup, and any code that turned it into live DOM would fetch them.
 */

const PAGE = '/hostile/privacy.html';
/** What the page itself loads: its document and the files it links. Nothing else may hit the server. */
const PAGE_OWN = new Set([PAGE, '/hostile/article.html', '/hostile/page.css', '/hostile/page.js', '/hostile/figure.svg', '/favicon.ico']);
const TRAPS = ['/trap/noscript.png', '/trap/noscript.css', '/trap/template.png', '/trap/lazy-placeholder.png', '/trap/link-target.html'];

interface Recorded {
  url: string;
  method: string;
  type: string;
  /** Issued by a service worker (ours is the only one in this profile). */
  worker: boolean;
  /** URL of the frame that issued it ('' for a worker; about:blank while a new tab navigates). */
  frame: string;
  navigation: boolean;
}

function record(r: Request): Recorded {
  let frame = '';
  try {
    frame = r.frame().url();
  } catch {
    // Service-worker requests have no frame.
  }
  return {
    url: r.url(),
    method: r.method(),
    type: r.resourceType(),
    worker: r.serviceWorker() !== null,
    frame,
    navigation: r.isNavigationRequest(),
  };
}

describe('privacy: the extension makes no network request', { timeout: 240_000 }, () => {
  let lens: Lens;
  let own: string;
  const requests: Recorded[] = [];
  const sockets: string[] = [];
  const trapHits: string[] = [];

  before(async () => {
    lens = await launch({ viewport: { width: 1100, height: 800 } });
    own = `chrome-extension://${lens.extensionId}/`;
    lens.context.on('request', (r) => requests.push(record(r)));
    const watchSockets = (p: Page) => p.on('websocket', (ws) => sockets.push(ws.url()));
    lens.context.pages().forEach(watchSockets);
    lens.context.on('page', watchSockets);
    for (const path of [...TRAPS, '/probe/worker', '/probe/extension-page']) {
      lens.server.route(path, (req, res) => {
        trapHits.push(req.url ?? path);
        res.writeHead(204);
        res.end();
      });
    }
  });
  after(async () => {
    await lens?.close();
  });

  /** Requests that are neither our own files nor what the test page itself loads. */
  function foreign(): Recorded[] {
    const server = new URL(lens.baseUrl);
    return requests.filter((r) => {
      if (r.url.startsWith(own)) return false;
      const u = new URL(r.url);
      // The test opens each page in a new tab, whose frame is about:blank until it commits.
      const fromTestPage = !r.worker && (r.frame.startsWith(lens.baseUrl) || (r.navigation && r.frame === 'about:blank'));
      return !(fromTestPage && u.host === server.host && PAGE_OWN.has(u.pathname));
    });
  }

  test('self-check: the recorder sees requests from the service worker and from extension pages', async () => {
    await lens.serviceWorker.evaluate((u) => fetch(u).then(() => 'done', (e: unknown) => String(e)), lens.url('/probe/worker'));
    const ext = await lens.page(lens.extensionUrl('/options.html'));
    await ext.evaluate((u) => fetch(u).then(() => 'done', (e: unknown) => String(e)), lens.url('/probe/extension-page'));
    await ext.close();
    const seen = foreign().map((r) => `${r.worker ? 'worker' : r.frame.slice(0, 19)} ${new URL(r.url).pathname}`);
    assert.ok(seen.includes('worker /probe/worker'), seen.join('\n'));
    assert.ok(seen.includes(`chrome-extension:// /probe/extension-page`), seen.join('\n'));
    assert.deepEqual(trapHits.sort(), ['/probe/extension-page', '/probe/worker']);
    requests.length = 0;
    trapHits.length = 0;
  });

  test('a full session: pages, highlights, tooltip, glossary, popup and analysis, Show in page, switch, options', async () => {
    await lens.enableSite();
    const page = await lens.page(PAGE);
    assert.equal(await waitForStatus(page, 'highlighted'), 'highlighted');
    await waitForMarks(page, 3);

    // Tooltip by hover, then by keyboard; "Full explanation" opens the glossary page.
    const id = await hoverMark(page, await visibleMarkIndex(page));
    await waitForCard(page, id);
    await page.mouse.move(1, 1);
    await waitForNoCard(page);
    await tabUntil(page, /^elens-mark: /);
    await waitForCard(page);
    const [glossary] = await Promise.all([
      lens.context.waitForEvent('page', { predicate: (p) => p.url().includes('/glossary.html'), timeout: 10_000 }),
      page.locator('elens-tooltip button.more').click(),
    ]);
    await glossary.waitForSelector('article.entry');
    // A tab the background opens is attached to the recorder only after its first loads may
    // have started: load it again so that every load of the page is seen.
    await glossary.reload();
    await glossary.waitForSelector('article.entry');
    await glossary.locator('input[type="search"]').fill('backdoor');
    await glossary.waitForTimeout(200);
    await glossary.locator('input[type="search"]').fill('');
    // Follow an in-page link to another entry (the hash the card opened is a different one).
    const next = glossary.url().endsWith('#key-escrow') ? 'metadata' : 'key-escrow';
    await glossary.evaluate((h) => {
      location.hash = h;
    }, next);
    await glossary.waitForFunction((h) => document.activeElement?.id === h, next);

    // The popup reads the page, runs the analysis, shows a statement and a term in the page.
    const popup = await lens.openPopup(page);
    await popup.waitForFunction(() => document.documentElement.dataset.elensState === 'ready', null, { timeout: 20_000 });
    await popup.getByRole('button', { name: /^Show in page: / }).first().click();
    await popup.waitForFunction(() => /Shown in the page|Could not find/.test(document.getElementById('popup-status')?.textContent ?? ''));
    await popup.getByRole('button', { name: /: show first use in page$/ }).first().click();
    await popup.locator('.disclosure').first().click();
    const sw = popup.getByRole('switch', { name: /^Highlight terms on / });
    await sw.click();
    await popup.waitForFunction(() => document.querySelector('[role="switch"]')?.getAttribute('aria-checked') === 'false');
    await sw.click();
    await popup.waitForFunction(() => document.querySelector('[role="switch"]')?.getAttribute('aria-checked') === 'true');
    await waitForMarks(page, 3);

    // The options page: change preferences, which the open page applies.
    const firstOnly = await page.evaluate(() => document.getElementsByTagName('elens-mark').length);
    const options = await lens.page(lens.extensionUrl('/options.html'));
    await options.waitForSelector('[data-loaded="true"]');
    await options.getByRole('radio', { name: 'Every occurrence' }).check();
    await options.getByRole('radio', { name: /^Background/ }).check();
    await options.getByRole('radio', { name: 'Dark' }).check();
    await page.waitForFunction((n) => document.getElementsByTagName('elens-mark').length > n, firstOnly);
    await options.getByRole('radio', { name: /^First occurrence/ }).check();
    await options.getByRole('radio', { name: 'Match the system' }).check();

    // Another article, and a reload of the first.
    const seed = await lens.page('/hostile/article.html');
    await waitForStatus(seed, 'highlighted');
    await page.reload();
    await waitForStatus(page, 'highlighted');
    await page.waitForTimeout(1000);

    const bad = foreign();
    assert.deepEqual(
      bad.map((r) => `${r.method} ${r.url} (${r.type}, from ${r.worker ? 'the service worker' : r.frame || '?'})`),
      [],
      'requests made by the extension',
    );
    assert.deepEqual(sockets, [], 'web sockets');
    assert.deepEqual(trapHits, [], 'markup the page never loads was fetched');
    // The session did happen: the page's own loads and our files were recorded.
    assert.ok(requests.some((r) => r.url.endsWith('/hostile/figure.svg')), 'the page’s own image was recorded');
    for (const name of ['popup', 'options', 'glossary']) {
      const seen = requests.some((r) => r.url.startsWith(`${own}${name}.html`) || r.frame.startsWith(`${own}${name}.html`));
      assert.ok(seen, `the ${name} page's loads were recorded`);
    }
    assert.deepEqual(lens.errors(), []);
    assert.deepEqual(lens.backgroundErrors(), []);
    for (const p of [popup, options, glossary, seed, page]) await p.close();
  });
});
