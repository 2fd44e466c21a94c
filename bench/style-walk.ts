/**
 * `npx tsx bench/style-walk.ts [--size=10MB] [--runs=3] [--dirs=a,b]`: whether adding the
 * highlight stylesheet makes Chromium walk the whole document on a page load, with the real
 * extension on a registered site (the path a reader's page load takes). Each run loads the
 * generated page in a fresh tab of 127.0.0.1 (switched on before the tab opens), traced from
 * navigation until the status plus 1 s, and counts on the page's main thread:
 *  - `StyleEngine::scheduleInvalidationsForRuleSets` (the walk over every element that a sheet
 *    added to a loaded document costs; `blink` category), count and ms;
 *  - our tasks (content script) and the longest of them;
 *  - frames our DOM writes caused (`renderingCausedBy`, as the bench attributes them): count and
 *    longest (the relayout after the wraps is one of them whatever the sheet).
 * `--dirs` takes several unpacked e2e builds (e.g. before and after a change), measured in turn,
 * one fresh browser per build and run, alternating, so that neither always meets the machine in
 * the same state.
 */
import { waitForStatus } from '../tests/e2e/harness';
import { formatTable } from './budgets';
import { generateArticlePage } from './generate-page';
import { bundlePageScripts } from './page-scripts';
import { SYNC_MARK } from './page/protocol';
import { HOST_ON, openSession } from './session';
import { median } from './stats';
import { attribute, startTrace, type TraceEvent } from './trace';
import { arg, pageSizeArg } from './cli-args';

const WALK = 'StyleEngine::scheduleInvalidationsForRuleSets';

interface Run {
  walks: number;
  walkMs: number;
  ourTasks: number;
  longestOurTaskMs: number;
  ourFrames: number;
  longestOurFrameMs: number;
  marks: number;
}

function measure(events: TraceEvent[], ours: ReturnType<typeof attribute>): Omit<Run, 'marks'> {
  const mark = events.find((e) => e.name === SYNC_MARK);
  const thread = mark ? events.filter((e) => e.pid === mark.pid && e.tid === mark.tid && e.ph === 'X') : [];
  // From our first task on (the tab starts on a blank page of the same site, so that may be
  // the blank page's copy of the script: earlier, never later).
  const from = (ours.first ?? Infinity) * 1000;
  const walks = thread.filter((e) => e.name === WALK && e.ts >= from);
  const ms = (xs: TraceEvent[]) => xs.reduce((a, e) => a + (e.dur ?? 0) / 1000, 0);
  return {
    walks: walks.length,
    walkMs: ms(walks),
    ourTasks: ours.ourTasks.length,
    longestOurTaskMs: Math.max(0, ...ours.ourTasks.map((t) => t.end - t.start)),
    ourFrames: ours.ourRendering.length,
    longestOurFrameMs: Math.max(0, ...ours.ourRendering.map((t) => t.end - t.start)),
  };
}

async function once(dir: string, html: string): Promise<Run> {
  process.env.ELENS_EXTENSION_DIR = dir;
  const session = await openSession(await bundlePageScripts(), (m) => process.stderr.write(`${m}\n`));
  try {
    const path = session.serve('style-walk', html);
    const page = await session.blank(HOST_ON);
    const trace = await startTrace(session.lens.context, page, ['blink']);
    let rec;
    try {
      await page.goto(session.lens.url(path, HOST_ON), { timeout: 120_000 });
      await waitForStatus(page, undefined, 180_000);
      await page.waitForTimeout(1000);
    } finally {
      rec = await trace.stop();
    }
    const marks = await page.evaluate(() => document.querySelectorAll('elens-mark').length);
    return { ...measure(rec.events, attribute(rec, session.marker, SYNC_MARK)), marks };
  } finally {
    await session.close();
  }
}

async function main(): Promise<void> {
  const runs = Number(arg('runs', '3'));
  const { size, bytes } = pageSizeArg('10MB');
  const dirs = arg('dirs', process.env.ELENS_EXTENSION_DIR ?? '.output/chrome-mv3-e2e').split(',');
  const html = generateArticlePage(bytes, 42).html;
  const results = new Map<string, Run[]>(dirs.map((d) => [d, []]));
  for (let r = 0; r < runs; r++) {
    const order = r % 2 ? [...dirs].reverse() : dirs;
    for (const dir of order) {
      const run = await once(dir, html);
      process.stderr.write(`${dir} run ${r + 1}: ${JSON.stringify(run)}\n`);
      results.get(dir)!.push(run);
    }
  }
  const fmt = (xs: number[]) => median(xs).toFixed(1);
  const all = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(' ');
  console.log(`${size} page, registered site, page load (medians of ${runs}; ms; from our first task on)`);
  console.log(
    formatTable([
      ['build', 'sheet walks', 'walk ms', 'our tasks', 'longest ours', 'our frames', 'longest frame', 'longest frame, runs', 'marks'],
      ...dirs.map((d) => {
        const rs = results.get(d)!;
        return [
          d,
          fmt(rs.map((x) => x.walks)),
          fmt(rs.map((x) => x.walkMs)),
          fmt(rs.map((x) => x.ourTasks)),
          fmt(rs.map((x) => x.longestOurTaskMs)),
          fmt(rs.map((x) => x.ourFrames)),
          fmt(rs.map((x) => x.longestOurFrameMs)),
          all(rs.map((x) => x.longestOurFrameMs)),
          fmt(rs.map((x) => x.marks)),
        ];
      }),
    ]),
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
