import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { Prefs, Site } from '../../utils/settings';
import type { SyncResult } from '../../utils/registration';
import { startServer, type TestServer } from './server';

/**
 * End-to-end harness: Debian's Chromium with the built extension loaded, a loopback server for
 * fixtures, and helpers that drive the extension through its real code (the same functions the
 * popup calls, reached through the background's test hook in the e2e build).
 *
 *   const lens = await launch();
 *   try {
 *     await lens.enableSite();                       // 127.0.0.1
 *     const page = await lens.page('/sample-article.html');
 *     await waitForStatus(page, 'highlighted');
 *     assert.deepEqual(await uniqueTermIds(page), [...]);
 *     assert.deepEqual(lens.errors(page), []);
 *   } finally { await lens.close(); }
 */

const REPO = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const DEFAULT_EXTENSION_DIR = join(REPO, '.output', 'chrome-mv3-e2e');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export type Status = 'highlighted' | 'off-topic' | 'no-article';

export interface LaunchOptions {
  /** Unpacked extension to load. Default: ELENS_EXTENSION_DIR or .output/chrome-mv3-e2e. */
  extensionDir?: string;
  /** Fixed profile (kept on close), for restart tests. Default: a temporary one, removed on close. */
  userDataDir?: string;
  /** Reuse a running server (kept on close), e.g. across a browser restart. */
  server?: TestServer;
  /** Show a window (needs DISPLAY). Default: headless unless ELENS_HEADED=1. */
  headed?: boolean;
  /** Page size; null lets pages follow a real window (headed). Default 1280×900. */
  viewport?: { width: number; height: number } | null;
}

export interface Lens {
  context: BrowserContext;
  extensionId: string;
  /** The background's current service worker (refreshed if Chromium restarts it). */
  readonly serviceWorker: Worker;
  server: TestServer;
  /** e.g. "http://127.0.0.1:41234". */
  baseUrl: string;
  /** URL of `path` on the test server, through `host` (default 127.0.0.1; "localhost" is another site). */
  url(path: string, host?: string): string;
  /** Opens a new tab on `path` (a path on the test server or a full URL) and waits for load. */
  page(path: string, opts?: { host?: string }): Promise<Page>;
  /** Switches highlighting on for a site through the real code path (storage → background). */
  enableSite(host?: string, opts?: { subdomains?: boolean }): Promise<SyncResult>;
  disableSite(host?: string): Promise<SyncResult>;
  setPrefs(partial: Partial<Prefs>): Promise<Prefs>;
  getSites(): Promise<Site[]>;
  /** Content-script registrations as the browser sees them. */
  registeredScripts(): Promise<Array<{ id: string; matches?: string[] }>>;
  /** The browser's tab id of a page. */
  tabIdOf(page: Page): Promise<number>;
  /** Opens popup.html in a tab, pointed at a page's tab (`popup.html?tab=<id>`) when given. */
  openPopup(target?: number | Page): Promise<Page>;
  /** Reloads the extension (as an update would) and waits for its new service worker. */
  reloadExtension(): Promise<void>;
  /** Extension page URL, e.g. extensionUrl('/options.html'). */
  extensionUrl(path: string): string;
  /** Console errors and uncaught exceptions of a page (or of every page when omitted). */
  errors(page?: Page): string[];
  /** Errors and warnings the background logged (it warns when a registration or message fails). */
  backgroundErrors(): string[];
  close(): Promise<void>;
}

/** The few `chrome.*` calls the harness makes inside the service worker (no @types/chrome here). */
interface WorkerChrome {
  scripting: {
    getRegisteredContentScripts(): Promise<Array<{ id: string; matches?: string[] }>>;
  };
  tabs: { query(q: { active?: boolean }): Promise<Array<{ id?: number; url?: string }>> };
}
type WorkerGlobal = { chrome: WorkerChrome };

const NAME_SHIM = 'globalThis.__name ??= (fn) => fn;';

function chromiumArgs(extensionDir: string, headed: boolean): string[] {
  return [
    ...(headed ? [] : ['--headless=new']),
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    // Without these Chromium keeps trying to reach the internet, which is closed here.
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost',
  ];
}

/** Waits for the extension's service worker; after a restart Chromium may start it late. */
async function extensionWorker(context: BrowserContext, timeout = 15_000): Promise<Worker> {
  const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://');
  const existing = context.serviceWorkers().find(isOurs);
  if (existing) return existing;
  return context.waitForEvent('serviceworker', { predicate: isOurs, timeout });
}

export async function launch(opts: LaunchOptions = {}): Promise<Lens> {
  const extensionDir = resolve(
    opts.extensionDir ?? process.env.ELENS_EXTENSION_DIR ?? DEFAULT_EXTENSION_DIR,
  );
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build:e2e\` first.`);
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}: install Debian's (apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  }
  const headed = opts.headed ?? process.env.ELENS_HEADED === '1';
  const ownProfile = !opts.userDataDir;
  const userDataDir = opts.userDataDir ?? (await mkdtemp(join(tmpdir(), 'elens-e2e-')));
  const ownServer = !opts.server;
  const server = opts.server ?? (await startServer());
  // Browsers ask for a favicon; a 404 would show up as a console error in every test.
  const dropFavicon = server.route('/favicon.ico', (_req, res) => {
    res.writeHead(204);
    res.end();
  });

  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: false, // headless mode is chosen by the flag: old headless cannot load extensions
      ignoreDefaultArgs: ['--disable-extensions'],
      args: chromiumArgs(extensionDir, headed),
      viewport: opts.viewport === undefined ? { width: 1280, height: 900 } : opts.viewport,
    });
  } catch (err) {
    dropFavicon();
    if (ownServer) await server.close();
    if (ownProfile) await rm(userDataDir, { recursive: true, force: true });
    throw err;
  }

  const errorLog = new Map<Page, string[]>();
  const watchPage = (p: Page) => {
    if (errorLog.has(p)) return;
    const log: string[] = [];
    errorLog.set(p, log);
    p.on('console', (msg) => {
      if (msg.type() === 'error') log.push(`console.error: ${msg.text()}`);
    });
    p.on('pageerror', (err) => log.push(`pageerror: ${err.message}`));
  };
  context.pages().forEach(watchPage);
  context.on('page', watchPage);

  // tsx compiles test files with esbuild's keepNames, which wraps named inner functions in
  // `__name(fn, "name")`; functions passed to evaluate() then fail in the browser with
  // "__name is not defined". A no-op shim in every page and in the worker fixes that.
  await context.addInitScript(NAME_SHIM);
  const backgroundLog: string[] = [];
  const watchWorker = (w: Worker) => {
    w.on('console', (msg) => {
      if (msg.type() === 'error' || msg.type() === 'warning') backgroundLog.push(`${msg.type()}: ${msg.text()}`);
    });
    void w.evaluate(NAME_SHIM).catch(() => {});
  };
  let worker = await extensionWorker(context);
  watchWorker(worker);
  await worker.evaluate(NAME_SHIM).catch(() => {});
  context.on('serviceworker', (w) => {
    if (!w.url().startsWith('chrome-extension://')) return;
    worker = w;
    watchWorker(w);
  });
  const extensionId = new URL(worker.url()).host;

  /** Runs `fn(api, arg)` in the background, where the e2e build exposes its functions. */
  async function callBackground<A, R>(fn: string, arg: A): Promise<R> {
    const w = worker;
    return w.evaluate(
      async ([name, a]) => {
        // The hook is untyped on the worker's global; its shape is fixed by background.ts.
        const api = (globalThis as unknown as { __elens?: Record<string, (...x: unknown[]) => unknown> })
          .__elens;
        if (!api) throw new Error('No __elens test hook: is this the e2e build (npm run build:e2e)?');
        const f = api[name];
        if (!f) throw new Error(`__elens has no ${name}`);
        return (await f(...(a as unknown[]))) as unknown;
      },
      [fn, arg] as const,
    ) as Promise<R>;
  }

  const url = (path: string, host = '127.0.0.1') =>
    /^[a-z-]+:/.test(path) ? path : server.urlFor(host, path);
  const extensionUrl = (path: string) =>
    `chrome-extension://${extensionId}${path.startsWith('/') ? path : `/${path}`}`;

  const lens: Lens = {
    context,
    extensionId,
    get serviceWorker() {
      return worker;
    },
    server,
    baseUrl: server.baseUrl,
    url,
    extensionUrl,
    async page(path, pageOpts = {}) {
      const p = await context.newPage();
      watchPage(p);
      await p.goto(url(path, pageOpts.host));
      return p;
    },
    async enableSite(host = '127.0.0.1', siteOpts = {}) {
      await callBackground('enableSite', [host, siteOpts]);
      return callBackground<unknown[], SyncResult>('sync', []);
    },
    async disableSite(host = '127.0.0.1') {
      await callBackground('disableSite', [host]);
      return callBackground<unknown[], SyncResult>('sync', []);
    },
    setPrefs: (partial) => callBackground('setPrefs', [partial]),
    getSites: () => callBackground('getSites', []),
    registeredScripts: () =>
      worker.evaluate(async () => {
        const { chrome } = globalThis as unknown as WorkerGlobal;
        const scripts = await chrome.scripting.getRegisteredContentScripts();
        return scripts.map((s) => ({ id: s.id, matches: s.matches }));
      }),
    async tabIdOf(p) {
      const target = p.url();
      const find = (activeOnly: boolean) =>
        worker.evaluate(
          async ([u, active]) => {
            const { chrome } = globalThis as unknown as WorkerGlobal;
            const tabs = await chrome.tabs.query(active ? { active: true } : {});
            return tabs.filter((t) => t.url === u && t.id !== undefined).map((t) => t.id as number);
          },
          [target, activeOnly] as const,
        );
      let ids = await find(false);
      if (ids.length > 1) {
        await p.bringToFront();
        ids = await find(true);
      }
      if (ids.length !== 1) throw new Error(`Cannot tell the tab id of ${target} (${ids.length} candidates)`);
      return ids[0]!;
    },
    async openPopup(target) {
      const tabId = typeof target === 'number' ? target : target ? await lens.tabIdOf(target) : undefined;
      const p = await context.newPage();
      watchPage(p);
      await p.goto(extensionUrl(`/popup.html${tabId !== undefined ? `?tab=${tabId}` : ''}`));
      return p;
    },
    async reloadExtension() {
      const old = worker;
      const isNew = (w: Worker) => w !== old && w.url().startsWith(`chrome-extension://${extensionId}/`);
      const next = context.waitForEvent('serviceworker', { predicate: isNew, timeout: 15_000 });
      // Loading the same folder again is what an update does: same id, new context. (Calling
      // chrome.runtime.reload() instead leaves a command-line-loaded extension disabled.)
      const browser = context.browser();
      if (!browser) throw new Error('No browser handle to reload the extension through');
      const cdp = await browser.newBrowserCDPSession();
      try {
        // `Extensions` is a CDP domain that playwright-core's protocol typings do not list.
        await (cdp.send as (method: string, params: object) => Promise<unknown>)('Extensions.loadUnpacked', {
          path: extensionDir,
        });
      } finally {
        await cdp.detach().catch(() => {});
      }
      const found = context.serviceWorkers().find(isNew);
      if (found) next.catch(() => {});
      worker = found ?? (await next);
      await worker.evaluate(NAME_SHIM).catch(() => {});
      // Wait for main() of the new background (it installs the test hook last).
      for (let i = 0; i < 50; i++) {
        const ready = await worker
          .evaluate(() => typeof (globalThis as unknown as { __elens?: unknown }).__elens === 'object')
          .catch(() => false);
        if (ready) return;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error('The reloaded background never became ready');
    },
    errors(p) {
      if (p) return [...(errorLog.get(p) ?? [])];
      return [...errorLog.values()].flat();
    },
    backgroundErrors: () => [...backgroundLog],
    async close() {
      await context.close().catch(() => {});
      dropFavicon();
      if (ownServer) await server.close();
      if (ownProfile) await rm(userDataDir, { recursive: true, force: true });
    },
  };
  return lens;
}

/** A profile directory that outlives one browser, for restart tests; remove it with `rm`. */
export function tempProfile(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'elens-profile-'));
}

/**
 * Waits until the content script has reported on the page (`<html data-elens-status>`), or
 * until it reports `expected` (one value or any of several). Returns the status.
 */
export async function waitForStatus(
  page: Page,
  expected?: Status | Status[],
  timeout = 10_000,
): Promise<string> {
  const want = expected === undefined ? null : Array.isArray(expected) ? expected : [expected];
  try {
    const handle = await page.waitForFunction(
      (w: string[] | null) => {
        const s = document.documentElement.dataset.elensStatus;
        return s && (!w || w.includes(s)) ? s : null;
      },
      want,
      { timeout },
    );
    return (await handle.jsonValue()) as string;
  } catch (err) {
    const now = await page
      .evaluate(() => document.documentElement.dataset.elensStatus ?? '(none)')
      .catch(() => '(page gone)');
    throw new Error(
      `elensStatus did not become ${want ? want.join('|') : 'set'} within ${timeout} ms (now: ${now})`,
      { cause: err },
    );
  }
}

/** The current `data-elens-status` of the page, or null. */
export function statusOf(page: Page): Promise<string | null> {
  return page.evaluate(() => document.documentElement.dataset.elensStatus ?? null);
}

/** Glossary ids of every highlight inside `scope` (default: the whole document), in order. */
export function termIds(page: Page, scope = 'html'): Promise<string[]> {
  return page.evaluate(
    (sel) =>
      [...document.querySelectorAll(sel)].flatMap((root) =>
        [...root.querySelectorAll<HTMLElement>('[data-elens-term]')].map((el) => el.dataset.elensTerm ?? ''),
      ),
    scope,
  );
}

/** Sorted distinct glossary ids highlighted inside `scope`. */
export async function uniqueTermIds(page: Page, scope = 'html'): Promise<string[]> {
  return [...new Set(await termIds(page, scope))].sort();
}

/** Waits until the number of highlights satisfies `test` (e.g. `(n) => n > 0`, or `0`). */
export async function waitForHighlightCount(
  page: Page,
  test: number | ((n: number) => boolean),
  timeout = 10_000,
): Promise<number> {
  const exact = typeof test === 'number' ? test : null;
  const deadline = Date.now() + timeout;
  for (;;) {
    const n = await page.evaluate(() => document.querySelectorAll('[data-elens-term]').length);
    if (exact !== null ? n === exact : (test as (n: number) => boolean)(n)) return n;
    if (Date.now() > deadline) {
      throw new Error(`Highlight count still ${n} after ${timeout} ms`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The page's `<body>` markup, for "the DOM is restored exactly" comparisons. */
export function bodyHtml(page: Page): Promise<string> {
  return page.evaluate(() => document.body.innerHTML);
}
