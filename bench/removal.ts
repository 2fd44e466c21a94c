import { waitForStatus } from '../tests/e2e/harness';
import { longestOwnTask } from './blocking';
import { generateArticlePage } from './generate-page';
import { SYNC_MARK } from './page/protocol';
import { HOST_OFF, HOST_ON, callApi, installApi, markCount, sleep, type Session } from './session';
import { median, round } from './stats';
import { attribute, startTrace } from './trace';

/**
 * Section 3: removing every highlight when there are 10,000 of them. A generated page dense in
 * glossary terms, with every occurrence highlighted (prefs.occurrences = 'all'), then:
 *  - in the page, the highlighter's own `clear()` (bundled), median of a few;
 *  - in the browser, the reader switching the site off: the longest task of ours after that
 *    (the restore runs in one task) and the time until no highlight is left.
 */

export const TARGET_HIGHLIGHTS = 10_000;
/** One planted term every 10 words: 10,000 occurrences in about 100,000 words (~0.9 MB). */
const TERM_EVERY = 10;

/** The smallest generated page with at least `count` planted terms (a little over, never under). */
function densePage(count: number) {
  let bytes = 900_000;
  for (;;) {
    const gen = generateArticlePage(bytes, 99, { termEvery: TERM_EVERY });
    if (gen.termsPlanted >= count) return gen;
    bytes = Math.ceil((bytes * count * 1.01) / Math.max(gen.termsPlanted, 1));
  }
}

export interface RemovalResult {
  highlights: number;
  direct: { highlights: number; clearMs: number; runs: number[] };
  extension: {
    highlights: number;
    /** Longest task of ours after the switch-off: the restore itself. */
    removalTaskMs: number;
    /** Switch-off (storage write) until the page holds no highlight. */
    untilGoneMs: number;
    remaining: number;
  } | null;
  error?: string;
}

async function waitForStableCount(session: Session, page: import('playwright-core').Page, timeoutMs: number): Promise<number> {
  const end = Date.now() + timeoutMs;
  let last = -1;
  for (;;) {
    const n = await markCount(page);
    if (n === last && n > 0) return n;
    if (Date.now() > end) return n;
    last = n;
    await sleep(400);
  }
}

export async function measureRemoval(session: Session): Promise<RemovalResult> {
  const gen = densePage(TARGET_HIGHLIGHTS);
  const path = session.serve('dense', gen.html);
  session.log(`removal: ${gen.termsPlanted} terms planted; in-page clear()`);

  const page = await session.open(path, HOST_OFF);
  const clears: number[] = [];
  let directCount = 0;
  try {
    await installApi(session, page);
    for (let i = 0; i < 3; i++) {
      const h = await callApi(page, 'highlight', 'all');
      directCount = h.added;
      const c = await callApi(page, 'clear');
      if (c.remaining !== 0) throw new Error(`clear() left ${c.remaining} highlights`);
      clears.push(c.ms);
    }
  } finally {
    await page.close();
  }
  const result: RemovalResult = {
    highlights: directCount,
    direct: { highlights: directCount, clearMs: round(median(clears), 2), runs: clears.map((x) => round(x, 2)) },
    extension: null,
  };

  session.log('removal: with the extension (every occurrence), then the site switched off');
  const { lens } = session;
  await lens.setPrefs({ occurrences: 'all' });
  const ext = await lens.context.newPage();
  try {
    await ext.addInitScript(session.scripts.probe);
    await ext.goto(lens.url(path, HOST_ON));
    await waitForStatus(ext, 'highlighted', 60_000);
    const highlights = await waitForStableCount(session, ext, 60_000);
    const trace = await startTrace(lens.context, ext);
    await ext.evaluate((m) => performance.mark(m), SYNC_MARK);
    let rec;
    let untilGoneMs = 0;
    let remaining = -1;
    try {
      await sleep(200);
      const t0 = await ext.evaluate(() => performance.now());
      // The reader switches the site off (the popup's switch calls the same function).
      await lens.disableSite(HOST_ON);
      await ext.waitForFunction(() => document.querySelector('elens-mark') === null, undefined, { timeout: 30_000 });
      untilGoneMs = (await ext.evaluate(() => performance.now())) - t0;
      remaining = await markCount(ext);
      await sleep(200);
    } finally {
      rec = await trace.stop();
    }
    const att = attribute(rec, session.marker, SYNC_MARK);
    // The trace began after the highlighting had settled: every task of ours in it is the removal.
    result.extension = {
      highlights,
      removalTaskMs: round(longestOwnTask(att.ourTasks), 2),
      untilGoneMs: round(untilGoneMs),
      remaining,
    };
    result.highlights = Math.max(result.highlights, highlights);
  } catch (err) {
    result.error = err instanceof Error ? err.message : String(err);
    session.log(`removal: extension run failed: ${result.error}`);
  } finally {
    await ext.close();
    await lens.setPrefs({ occurrences: 'first' });
    await lens.enableSite(HOST_ON);
  }
  return result;
}
