import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { Prefs, Site } from '../../utils/settings';
import type { SyncResult } from '../../utils/registration';
import { startServer, type TestServer } from './server';

/**
 * The Firefox counterpart of harness.ts: Debian's firefox-esr driven by puppeteer-core over
 * WebDriver BiDi, headless, with the Firefox test build installed as a temporary add-on (no
 * signing, no prompt), and the same loopback fixture server.
 *
 *   const fox = await launchFirefox();
 *   try {
 *     await fox.enableSite();                        // 127.0.0.1, through the background
 *     const page = await fox.page('/sample-article.html');
 *     ...
 *   } finally { await fox.close(); }
 *
 * Extension pages (moz-extension://<uuid>/…) open because the browser runs with
 * `-remote-allow-system-access` and the add-on's UUID is pinned by a pref, so tests know it.
 */

const REPO = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const DEFAULT_FIREFOX_EXTENSION_DIR = join(REPO, '.output', 'firefox-mv3-e2e');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export interface FirefoxLaunchOptions {
  /** Unpacked Firefox build. Default: ELENS_FIREFOX_EXTENSION_DIR or .output/firefox-mv3-e2e. */
  extensionDir?: string;
  /** Reuse a running server (kept on close). */
  server?: TestServer;
  /** Page size. Default 1280×900. */
  viewport?: { width: number; height: number };
}

export interface FoxLens {
  browser: Browser;
  /** The add-on's pinned internal UUID (the host of its moz-extension:// pages). */
  uuid: string;
  server: TestServer;
  url(path: string, host?: string): string;
  /** moz-extension://<uuid>/<path>. */
  extensionUrl(path: string): string;
  /** Opens a new tab on `path` (test-server path or full URL) and waits for its load. */
  page(path: string, opts?: { host?: string }): Promise<Page>;
  /** Opens an extension page in a new tab and waits until it has loaded. */
  extensionPage(path: string): Promise<Page>;
  /** Opens popup.html, pointed at a page's tab (`?tab=<id>`) when given. */
  openPopup(target?: number | Page): Promise<Page>;
  /** The browser's tab id of a page, asked through `tabs.query` from an extension page. */
  tabIdOf(page: Page): Promise<number>;
  /** Switches highlighting on through the same `enableSite` the popup calls, then waits for the sync. */
  enableSite(host?: string, opts?: { subdomains?: boolean }): Promise<SyncResult>;
  disableSite(host?: string): Promise<SyncResult>;
  setPrefs(partial: Partial<Prefs>): Promise<Prefs>;
  getSites(): Promise<Site[]>;
  /** Console errors and uncaught exceptions of a page (or of every page when omitted). */
  errors(page?: Page): string[];
  close(): Promise<void>;
}

/** tsx's keepNames wraps named inner functions in `__name(...)`, which pages do not define. */
const NAME_SHIM = 'globalThis.__name ??= (fn) => fn;';

/** The gecko id Firefox knows the add-on by, read from the build (wxt.config.ts sets it). */
function geckoIdOf(extensionDir: string): string {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${extensionDir}/manifest.json has no browser_specific_settings.gecko.id`);
  return id;
}

/** Fails with the reason and the fix when the browser or the build is missing. */
export function assertFirefoxReady(extensionDir = DEFAULT_FIREFOX_EXTENSION_DIR): void {
  if (!existsSync(FIREFOX)) {
    throw new Error(
      `No Firefox at ${FIREFOX}: install Debian's (apt-get install firefox-esr) or set FIREFOX_PATH. ` +
        'The Firefox end-to-end tests do not skip: CI installs it.',
    );
  }
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${extensionDir}: run \`npm run build:e2e:firefox\` first.`);
  }
}

/** Polls `fn` until it returns something truthy (puppeteer's waitForFunction needs a live page). */
async function until<T>(what: string, fn: () => Promise<T>, timeout = 15_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v as NonNullable<T>;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeout} ms waiting for ${what}`, { cause: last });
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Polls `fn(arg)` in an extension page until it returns something truthy, and returns that.
 * Not puppeteer's waitForFunction: it builds its poller with `Function()` inside the page, which
 * an extension page's CSP refuses in Firefox 140 ESR ("call to Function() blocked by CSP");
 * `evaluate` runs the function from outside the page's CSP.
 */
export function waitInExtensionPage(page: Page, what: string, fn: (arg: string) => unknown, arg = '', timeout = 15_000): Promise<unknown> {
  return until(what, () => page.evaluate(fn, arg), timeout);
}

/**
 * `page.setViewport` in Firefox. Puppeteer sends `emulation.setScreenOrientationOverride` beside
 * the viewport command, and Firefox 140 ESR does not know it: that refusal alone is ignored once
 * the viewport is seen applied.
 */
export async function setFoxViewport(page: Page, width: number, height: number): Promise<void> {
  try {
    await page.setViewport({ width, height });
  } catch (err) {
    if (!/setScreenOrientationOverride/.test(String(err))) throw err;
    await until(`a ${width}×${height} viewport`, () => page.evaluate((h: number) => innerHeight === h, height), 5_000);
  }
}

export async function launchFirefox(opts: FirefoxLaunchOptions = {}): Promise<FoxLens> {
  const extensionDir = resolve(
    opts.extensionDir ?? process.env.ELENS_FIREFOX_EXTENSION_DIR ?? DEFAULT_FIREFOX_EXTENSION_DIR,
  );
  assertFirefoxReady(extensionDir);
  const geckoId = geckoIdOf(extensionDir);
  // Pinned so tests can build moz-extension:// URLs; a malformed UUID silently stops content scripts.
  const uuid = crypto.randomUUID();
  const profile = await mkdtemp(join(tmpdir(), 'elens-firefox-'));
  const ownServer = !opts.server;
  const server = opts.server ?? (await startServer());
  const dropFavicon = server.route('/favicon.ico', (_req, res) => {
    res.writeHead(204);
    res.end();
  });
  const cleanUp = async () => {
    dropFavicon();
    if (ownServer) await server.close();
    await rm(profile, { recursive: true, force: true });
  };

  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      userDataDir: profile,
      // Without it Firefox refuses to open moz-extension:// pages for the remote agent.
      args: ['-remote-allow-system-access'],
      defaultViewport: opts.viewport ?? { width: 1280, height: 900 },
      // Two shared cores and other browsers running: give the first start room.
      timeout: 90_000,
      protocolTimeout: 90_000,
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
        // Nothing here can reach the internet; keep Firefox from trying.
        'network.connectivity-service.enabled': false,
        'network.captive-portal-service.enabled': false,
        'browser.region.network.url': '',
        'browser.aboutHomeSnippets.updateUrl': '',
      },
    });
  } catch (err) {
    await cleanUp();
    throw err;
  }

  const errorLog = new Map<Page, string[]>();
  const watch = (p: Page) => {
    if (errorLog.has(p)) return;
    const log: string[] = [];
    errorLog.set(p, log);
    p.on('console', (msg) => {
      if (msg.type() === 'error') log.push(`console.error: ${msg.text()}`);
    });
    p.on('pageerror', (err) => log.push(`pageerror: ${err instanceof Error ? err.message : String(err)}`));
  };

  const url = (path: string, host = '127.0.0.1') => (/^[a-z-]+:/.test(path) ? path : server.urlFor(host, path));
  const extensionUrl = (path: string) => `moz-extension://${uuid}${path.startsWith('/') ? path : `/${path}`}`;

  async function newTab(): Promise<Page> {
    const p = await browser.newPage();
    watch(p);
    await p.evaluateOnNewDocument(NAME_SHIM);
    return p;
  }

  async function extensionPage(path: string): Promise<Page> {
    const p = await newTab();
    const target = extensionUrl(path);
    // For moz-extension:// pages the navigation's promise never settles: poll for the load instead.
    p.goto(target).catch(() => {});
    await until(`${target} to load`, () =>
      p.evaluate((u) => location.href === u && document.readyState === 'complete', target).catch(() => false),
    );
    await p.evaluate(NAME_SHIM);
    return p;
  }

  let helperPage: Page | null = null;
  /** An extension page kept open to make extension API calls from (tabs, background). */
  async function helper(): Promise<Page> {
    if (!helperPage || helperPage.isClosed()) helperPage = await extensionPage('/options.html');
    return helperPage;
  }

  /** Runs `__elens[name](...args)` in the background page, which the e2e build exposes. */
  async function callBackground<R>(name: string, args: unknown[]): Promise<R> {
    const p = await helper();
    return (await p.evaluate(
      async (fn: string, a: unknown[]) => {
        // Firefox's own `browser` global on an extension page (no polyfill types in this scope).
        const ext = (globalThis as unknown as {
          browser: { runtime: { getBackgroundPage(): Promise<Record<string, unknown>> } };
        }).browser;
        const bg = await ext.runtime.getBackgroundPage();
        const api = bg.__elens as Record<string, (...x: unknown[]) => unknown> | undefined;
        if (!api) throw new Error('No __elens test hook: is this the e2e build (npm run build:e2e:firefox)?');
        const f = api[fn];
        if (!f) throw new Error(`__elens has no ${fn}`);
        // Through JSON: the result lives in the background's compartment.
        return JSON.parse(JSON.stringify((await f(...a)) ?? null)) as unknown;
      },
      name,
      args,
    )) as R;
  }

  const fox: FoxLens = {
    browser,
    uuid,
    server,
    url,
    extensionUrl,
    async page(path, pageOpts = {}) {
      const p = await newTab();
      await p.goto(url(path, pageOpts.host), { waitUntil: 'load', timeout: 60_000 });
      return p;
    },
    extensionPage,
    async openPopup(target) {
      const tabId = typeof target === 'number' ? target : target ? await fox.tabIdOf(target) : undefined;
      return extensionPage(`/popup.html${tabId !== undefined ? `?tab=${tabId}` : ''}`);
    },
    async tabIdOf(p) {
      const target = p.url();
      await p.bringToFront();
      const ids = await (await helper()).evaluate(async (u: string) => {
        const ext = (globalThis as unknown as {
          browser: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string; active?: boolean }>> } };
        }).browser;
        const tabs = (await ext.tabs.query({})).filter((t) => t.url === u && t.id !== undefined);
        // Several tabs on one URL: the one just brought to the front.
        const pick = tabs.length > 1 ? tabs.filter((t) => t.active) : tabs;
        return pick.map((t) => t.id as number);
      }, target);
      if (ids.length !== 1) throw new Error(`Cannot tell the tab id of ${target} (${ids.length} candidates)`);
      return ids[0]!;
    },
    async enableSite(host = '127.0.0.1', siteOpts = {}) {
      await callBackground('enableSite', [host, siteOpts]);
      return callBackground<SyncResult>('sync', []);
    },
    async disableSite(host = '127.0.0.1') {
      await callBackground('disableSite', [host]);
      return callBackground<SyncResult>('sync', []);
    },
    setPrefs: (partial) => callBackground('setPrefs', [partial]),
    getSites: () => callBackground('getSites', []),
    errors(p) {
      if (p) return [...(errorLog.get(p) ?? [])];
      return [...errorLog.values()].flat();
    },
    async close() {
      try {
        await browser.close();
      } catch {
        // A browser that already died still needs its profile and server cleaned up.
        browser.process()?.kill('SIGKILL');
      } finally {
        await cleanUp();
      }
    },
  };

  try {
    await browser.installExtension(extensionDir);
  } catch (err) {
    await fox.close();
    throw err;
  }
  return fox;
}

/** Waits until the content script reports a status on the page; returns it. */
export async function waitForFoxStatus(page: Page, expected?: string, timeout = 15_000): Promise<string> {
  try {
    const handle = await page.waitForFunction(
      (want: string | null) => {
        const s = document.documentElement.dataset.elensStatus;
        return s && (!want || s === want) ? s : null;
      },
      { timeout, polling: 100 },
      expected ?? null,
    );
    return (await handle.jsonValue()) as string;
  } catch (err) {
    const now = await page
      .evaluate(() => document.documentElement.dataset.elensStatus ?? '(none)')
      .catch(() => '(page gone)');
    throw new Error(`elensStatus did not become ${expected ?? 'set'} within ${timeout} ms (now: ${now})`, {
      cause: err,
    });
  }
}

/** Waits until the number of highlights on the page satisfies `test`; returns it. */
export async function waitForFoxHighlights(
  page: Page,
  test: number | ((n: number) => boolean),
  timeout = 15_000,
): Promise<number> {
  const ok = typeof test === 'number' ? (n: number) => n === test : test;
  const deadline = Date.now() + timeout;
  for (;;) {
    const n = await page.evaluate(() => document.querySelectorAll('[data-elens-term]').length);
    if (ok(n)) return n;
    if (Date.now() > deadline) throw new Error(`Highlight count still ${n} after ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Glossary ids of every highlight inside `scope`, in document order. */
export function foxTermIds(page: Page, scope = 'html'): Promise<string[]> {
  return page.evaluate(
    (sel: string) =>
      [...document.querySelectorAll(sel)].flatMap((root) =>
        [...root.querySelectorAll<HTMLElement>('[data-elens-term]')].map((el) => el.dataset.elensTerm ?? ''),
      ),
    scope,
  );
}
