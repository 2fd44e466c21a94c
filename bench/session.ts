import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DEFAULT_EXTENSION_DIR, launch, type Lens } from '../tests/e2e/harness';
import type { PageScripts } from './page-scripts';
import type { ProbeState } from './page/protocol';
import type { BenchApi } from './page/api';
import { underBuildLock } from './lock';

/**
 * One browser for the whole bench: the e2e build loaded through the end-to-end harness, the
 * extension switched on for 127.0.0.1 only, so the same page served through `localhost` is the
 * page "with the extension off" in the same browser.
 */

export const HOST_ON = '127.0.0.1';
export const HOST_OFF = 'localhost';

export interface Session {
  lens: Lens;
  scripts: PageScripts;
  /** Substring of the content script's URL in traces. */
  marker: string;
  /** Serves `html` at a fresh path; returns the path. */
  serve(name: string, html: string): string;
  /** A new tab on `path` through `host`, with the probe installed before any page script. */
  open(path: string, host: string, opts?: { probe?: boolean; timeoutMs?: number }): Promise<Page>;
  /**
   * A new tab on an empty page of `host`, probe installed: start recordings here, then
   * navigate (a same-site navigation keeps the renderer that the profiler follows).
   */
  blank(host: string): Promise<Page>;
  log(message: string): void;
  close(): Promise<void>;
}

/**
 * Copies the e2e build aside (under `ELENS_BUILD_LOCK` when set, see bench/lock.ts), so that a rebuild by someone else
 * during the run neither breaks it nor mixes two builds in one set of figures.
 */
function snapshotBuild(): string {
  const src = process.env.ELENS_EXTENSION_DIR ?? DEFAULT_EXTENSION_DIR;
  const dir = mkdtempSync(join(tmpdir(), 'elens-bench-ext-'));
  const dest = join(dir, 'extension');
  const [cmd, args] = underBuildLock('cp', ['-r', src, dest]);
  const copied = spawnSync(cmd, args, { stdio: 'ignore' });
  if (copied.status !== 0 && existsSync(src)) cpSync(src, dest, { recursive: true });
  if (!existsSync(join(dest, 'manifest.json'))) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`No built extension at ${src}: run \`npm run build:e2e\` first.`);
  }
  return dir;
}

export async function openSession(scripts: PageScripts, log: (m: string) => void): Promise<Session> {
  const snapshot = snapshotBuild();
  let lens: Lens;
  try {
    lens = await launch({ extensionDir: join(snapshot, 'extension') });
  } catch (err) {
    rmSync(snapshot, { recursive: true, force: true });
    throw err;
  }
  let n = 0;
  const BLANK = '/bench/blank.html';
  lens.server.route(BLANK, '<!doctype html><title>blank</title>');
  const session: Session = {
    lens,
    scripts,
    marker: `chrome-extension://${lens.extensionId}/content-scripts/`,
    serve(name, html) {
      const path = `/bench/${++n}-${name}.html`;
      lens.server.route(path, html);
      return path;
    },
    async open(path, host, opts = {}) {
      const page = await lens.context.newPage();
      if (opts.probe) await page.addInitScript(scripts.probe);
      await page.goto(lens.url(path, host), { timeout: opts.timeoutMs ?? 60_000 });
      return page;
    },
    async blank(host) {
      const page = await lens.context.newPage();
      await page.addInitScript(scripts.probe);
      await page.goto(lens.url(BLANK, host));
      return page;
    },
    log,
    async close() {
      await lens.close();
      rmSync(snapshot, { recursive: true, force: true });
    },
  };
  try {
    await lens.enableSite(HOST_ON);
  } catch (err) {
    await session.close();
    throw err;
  }
  return session;
}

/** Installs the bench API (the highlighter bundled for the page) in a loaded page. */
export async function installApi(session: Session, page: Page): Promise<void> {
  await page.addScriptTag({ content: session.scripts.api });
}

/** Calls `window.__elensBench[name](...args)` in the page. */
export function callApi<K extends keyof BenchApi>(
  page: Page,
  name: K,
  ...args: Parameters<BenchApi[K]>
): Promise<Awaited<ReturnType<BenchApi[K]>>> {
  return page.evaluate(
    ([n, a]) => {
      const api = window.__elensBench as unknown as Record<string, (...x: unknown[]) => unknown>;
      return api[n as string]!(...(a as unknown[]));
    },
    [name, args] as const,
  ) as Promise<Awaited<ReturnType<BenchApi[K]>>>;
}

export function readProbe(page: Page): Promise<ProbeState> {
  return page.evaluate(() => {
    const p = window.__benchProbe;
    if (!p) throw new Error('the probe is not installed');
    return { startedAt: p.startedAt, ticks: p.ticks, gaps: [...p.gaps], status: [...p.status] };
  });
}

export function markCount(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('elens-mark').length);
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
