import { waitForStatus } from '../tests/e2e/harness';
import { classifyGaps, longestOwnTask, summarizeBlocks, tasksWithin, type BlockSummary } from './blocking';
import { generateDynamicPage } from './generate-page';
import { SYNC_MARK } from './page/protocol';
import { HOST_OFF, HOST_ON, markCount, readProbe, sleep, type Session } from './session';
import { round } from './stats';
import { attribute, startTrace } from './trace';

/**
 * Section 4: an infinite-scroll page. After the first pass, 200 paragraphs arrive in 20 batches
 * over 5 s; the extension follows them (MutationObserver, debounced). Measured from the first
 * batch until 1.5 s after the last (the watcher waits up to 1 s on a page that keeps mutating).
 */

const PARAGRAPHS = 200;
const BATCHES = 20;
const DURATION_MS = 5000;
const TAIL_MS = 1500;

export interface DynamicResult {
  paragraphs: number;
  batches: number;
  durationMs: number;
  marksBefore: number;
  marksAfter: number;
  /** Our main-thread time during the scroll window (traced). */
  addedBusyMs: number;
  ourTasks: number;
  longestOwnTaskMs: number;
  blocks: BlockSummary;
  baselineBlocks: BlockSummary;
}

async function scroll(page: import('playwright-core').Page): Promise<{ start: number; end: number }> {
  const start = await page.evaluate(() => {
    const w = window as Window & { __benchScroll?: () => void };
    w.__benchScroll!();
    return performance.now();
  });
  const last = await page.evaluate(() => (window as Window & { __benchScrollDone?: Promise<number> }).__benchScrollDone!);
  await sleep(TAIL_MS);
  return { start, end: last + TAIL_MS };
}

export async function measureDynamic(session: Session): Promise<DynamicResult> {
  const gen = generateDynamicPage(7, { paragraphs: PARAGRAPHS, batches: BATCHES, durationMs: DURATION_MS });
  const path = session.serve('dynamic', gen.html);
  const { lens } = session;

  session.log('dynamic: with the extension (traced, probed)');
  const page = await lens.context.newPage();
  let result: DynamicResult;
  try {
    await page.addInitScript(session.scripts.probe);
    await page.goto(lens.url(path, HOST_ON));
    await waitForStatus(page, 'highlighted', 30_000);
    await sleep(500);
    const marksBefore = await markCount(page);
    const trace = await startTrace(lens.context, page);
    // The probe's own sync mark predates this trace: make a fresh one inside it.
    await page.evaluate((m) => performance.mark(m), SYNC_MARK);
    let rec;
    let window: { start: number; end: number };
    try {
      window = await scroll(page);
    } finally {
      rec = await trace.stop();
    }
    const probe = await readProbe(page);
    const marksAfter = await markCount(page);
    const att = attribute(rec, session.marker, SYNC_MARK);
    const offset = att.pageOffset;
    const inWindow = offset === null ? att.ourTasks : tasksWithin(att.ourTasks, { start: window.start + offset, end: window.end + offset });
    const gaps = classifyGaps(
      probe.gaps.filter((g) => g.end > window.start),
      // Our script and the rendering our DOM writes caused, as for the static pages.
      [...att.ourTasks, ...att.ourRendering],
      offset,
    );
    const busy = inWindow.reduce((a, t) => a + t.ours, 0);

    session.log('dynamic: the same page, extension off');
    const base = await session.open(path, HOST_OFF, { probe: true });
    let baselineBlocks: BlockSummary;
    try {
      await sleep(500);
      const w = await scroll(base);
      const bp = await readProbe(base);
      baselineBlocks = summarizeBlocks(
        bp.gaps.filter((g) => g.end > w.start).map((g) => ({ ...g, ms: g.end - g.start, oursMs: 0, ours: false })),
      );
    } finally {
      await base.close();
    }

    result = {
      paragraphs: PARAGRAPHS,
      batches: BATCHES,
      durationMs: DURATION_MS,
      marksBefore,
      marksAfter,
      addedBusyMs: round(busy),
      ourTasks: inWindow.length,
      longestOwnTaskMs: round(longestOwnTask(inWindow)),
      blocks: summarizeBlocks(gaps),
      baselineBlocks,
    };
  } finally {
    await page.close();
  }
  return result;
}
