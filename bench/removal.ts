import type { Page } from 'playwright-core';
import { waitForStatus } from '../tests/e2e/harness';
import { longestOwnTask } from './blocking';
import { generateArticlePage } from './generate-page';
import { SYNC_MARK } from './page/protocol';
import { HOST_OFF, HOST_ON, callApi, installApi, markCount, readProbe, sleep, type Session } from './session';
import { median, round } from './stats';
import { attribute, startTrace } from './trace';

/**
 * Section 3: removing every highlight when there are 10,000 of them. A generated page dense in
 * glossary terms, with every occurrence highlighted (prefs.occurrences = 'all'), then:
 *  - in the page, the highlighter's own `clear()` (bundled, everything in one go), median of a few;
 *  - in the browser, the reader switching the site off. The extension removes what is on screen
 *    at once and the rest over the next frames, so three figures: our longest main-thread task
 *    (traced: what the reader can feel), the time until no highlight is left on screen, and the
 *    time until the DOM is fully restored. Also the probe's blocks over 50 ms in that window,
 *    whoever made them (our script or the relayout that our DOM writes cause in the next frame).
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
    /** Longest main-thread task of ours from the switch-off until the DOM is restored. */
    removalTaskMs: number;
    /** Tasks of ours in that window, and their summed time. */
    tasks: number;
    busyMs: number;
    /** Switch-off (storage write) until no highlight is left on screen (page-side, per frame). */
    untilInvisibleMs: number | null;
    /** Switch-off until the page holds no highlight and the status is gone: the DOM restored. */
    untilGoneMs: number | null;
    /** Probe gaps over 50 ms in that window (script or rendering, ours or the browser's). */
    blocksOver50: number;
    longestBlockMs: number;
    remaining: number;
  } | null;
  error?: string;
}

/** The page-side watch's state, on `window.__removal` (page clock). */
interface RemovalWatch {
  /** Set just before the switch-off; 0 until then. */
  t0: number;
  invisibleAt: number | null;
  goneAt: number | null;
}
type Watched = Window & { __removal?: RemovalWatch };

/**
 * Page-side watch, one look per frame from the switch-off on: when the frame was drawn in which
 * the last highlight that was on screen had gone (removed, or no longer styled as one), and the
 * one in which none was left anywhere and the status was gone. The screen's highlights are
 * listed before, so each look costs a few reads.
 */
async function watchRemoval(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as Watched;
    const onScreen = [...document.querySelectorAll('elens-mark')].filter((el) => {
      const r = el.getBoundingClientRect();
      return r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
    });
    const state: RemovalWatch = { t0: 0, invisibleAt: null, goneAt: null };
    w.__removal = state;
    const looksHighlighted = (el: Element) => el.isConnected && getComputedStyle(el).cursor === 'help';
    // Seen in a frame's animation callback, the change is on screen once that frame is drawn:
    // a task posted from the callback runs after the frame's layout and paint.
    const afterThisFrame = (note: (t: number) => void) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => note(performance.now());
      channel.port2.postMessage(null);
    };
    let sawClear = false;
    let sawGone = false;
    const frame = () => {
      if (state.t0 > 0) {
        if (!sawClear && !onScreen.some(looksHighlighted)) {
          sawClear = true;
          afterThisFrame((t) => (state.invisibleAt = t));
        }
        if (!sawGone && !document.querySelector('elens-mark') && !document.documentElement.dataset.elensStatus) {
          sawGone = true;
          afterThisFrame((t) => (state.goneAt = t));
        }
      }
      if (!sawGone) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

async function waitForStableCount(session: Session, page: Page, timeoutMs: number): Promise<number> {
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
    await watchRemoval(ext);
    const trace = await startTrace(lens.context, ext);
    await ext.evaluate((m) => performance.mark(m), SYNC_MARK);
    let rec;
    const span = { start: 0, end: 0 };
    let seen: Pick<RemovalWatch, 'invisibleAt' | 'goneAt'> = { invisibleAt: null, goneAt: null };
    let remaining = -1;
    try {
      await sleep(200);
      span.start = await ext.evaluate(() => {
        const t0 = performance.now();
        (window as Watched).__removal!.t0 = t0;
        return t0;
      });
      // The reader switches the site off (the popup's switch calls the same function).
      await lens.disableSite(HOST_ON);
      await ext.waitForFunction(() => (window as Watched).__removal?.goneAt != null, undefined, { timeout: 30_000 });
      seen = await ext.evaluate(() => {
        const r = (window as Watched).__removal!;
        return { invisibleAt: r.invisibleAt, goneAt: r.goneAt };
      });
      span.end = seen.goneAt ?? 0;
      remaining = await markCount(ext);
      await sleep(200);
    } finally {
      rec = await trace.stop();
    }
    const att = attribute(rec, session.marker, SYNC_MARK);
    const probe = await readProbe(ext);
    // Gaps that overlap the removal, plus one frame after it (its last relayout).
    const gaps = probe.gaps.filter((g) => g.end > span.start && g.start < span.end + 50);
    const since = (t: number | null) => (t === null ? null : round(t - span.start));
    // The trace began after the highlighting had settled: every task of ours in it is the removal.
    result.extension = {
      highlights,
      removalTaskMs: round(longestOwnTask(att.ourTasks), 2),
      tasks: att.ourTasks.length,
      busyMs: round(att.busyMs),
      untilInvisibleMs: since(seen.invisibleAt),
      untilGoneMs: since(seen.goneAt),
      blocksOver50: gaps.length,
      longestBlockMs: round(Math.max(0, ...gaps.map((g) => g.end - g.start))),
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
