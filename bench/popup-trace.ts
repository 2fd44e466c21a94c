import { writeFileSync } from 'node:fs';
import { launch } from '../tests/e2e/harness';
import { arg } from './cli-args';
import { openPopupsOnSeed } from './popup';
import { HOST_ON } from './session';
import { startTrace } from './trace';

/**
 * Where the popup's main thread spends an open, from a Chromium trace: `npx tsx
 * bench/popup-trace.ts [DIR] [--opens=3] [--out=trace.json]` (DIR defaults to
 * `.output/chrome-mv3-e2e`; `--out` saves the trace for a browser's performance panel). One open
 * warms the extension's process first; then the given number of opens on the seed article are
 * traced (bench/trace.ts's categories with `v8` and `blink`), and the thread that evaluated the popup's modules
 * is summed up per open: style, layout, paint, module compile and evaluation, microtasks (the
 * analysis and Preact's renders run there), GC. Tracing slows the page, so the popup's own figure
 * is printed beside it for scale, not as a result. When Chromium puts the article's tab in the
 * same process, its work in the window (the snapshot script) is counted too.
 */

const dir = process.argv.slice(2).find((a) => !a.startsWith('--'));
const opens = Number(arg('opens', '3'));
const out = arg('out', '');

const KINDS: ReadonlyArray<[string, readonly string[]]> = [
  ['module compile', ['v8.compileModule']],
  ['module evaluation', ['v8.evaluateModule']],
  ['HTML parse', ['ParseHTML']],
  ['microtasks (analysis, renders)', ['RunMicrotasks']],
  ['timers', ['TimerFire']],
  ['style', ['UpdateLayoutTree']],
  ['layout', ['Layout']],
  ['paint', ['Paint']],
  ['GC', ['MinorGC', 'MajorGC']],
];

const lens = await launch(dir ? { extensionDir: dir } : {});
try {
  await lens.enableSite(HOST_ON);
  await openPopupsOnSeed(lens, 1);
  // Tracing is browser-wide; the session only needs a page to attach to.
  const anchor = await lens.context.newPage();
  const trace = await startTrace(lens.context, anchor, ['v8', 'v8.execute', 'blink', 'loading']);
  const readyMs = (await openPopupsOnSeed(lens, opens)).map((o) => o.readyMs);
  const { events } = await trace.stop();
  if (out) writeFileSync(out, JSON.stringify({ traceEvents: events }));

  // The popup's main thread: the one that evaluated modules.
  const byThread = new Map<string, number>();
  for (const e of events) {
    if (e.name === 'v8.evaluateModule') byThread.set(`${e.pid}:${e.tid}`, (byThread.get(`${e.pid}:${e.tid}`) ?? 0) + (e.dur ?? 0));
  }
  const thread = [...byThread].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!thread) throw new Error('No module evaluation in the trace: did the popup open?');
  const mine = events.filter((e) => `${e.pid}:${e.tid}` === thread && e.ph === 'X');

  console.log(`${opens} traced opens; the popup's own figure under tracing: ${readyMs.join(', ')} ms`);
  console.log('ms per open (sum / opens) · the longest single event of each kind');
  for (const [label, names] of KINDS) {
    const durations = mine.filter((e) => names.includes(e.name)).map((e) => (e.dur ?? 0) / 1000);
    const total = durations.reduce((a, b) => a + b, 0) / opens;
    const longest = durations.length ? Math.max(...durations) : 0;
    console.log(`  ${label.padEnd(32)} ${total.toFixed(1).padStart(7)}  ${longest.toFixed(1).padStart(7)}`);
  }
  // Layout events say how many layout objects they walked: a count that does not depend on the
  // machine's load, unlike their durations.
  const walked = mine
    .filter((e) => e.name === 'Layout')
    .map((e) => (e.args as { beginData?: { totalObjects?: number } } | undefined)?.beginData?.totalObjects ?? 0);
  console.log(`  layout objects walked, largest passes: ${walked.sort((a, b) => b - a).slice(0, opens * 2).join(', ')}`);
  const styled = mine
    .filter((e) => e.name === 'UpdateLayoutTree')
    .map((e) => [(e.dur ?? 0) / 1000, (e.args as { elementCount?: number } | undefined)?.elementCount ?? 0] as const)
    .sort((a, b) => b[0] - a[0]);
  console.log(`  style passes, longest (ms × elements): ${styled.slice(0, opens * 2).map(([ms, n]) => `${ms.toFixed(1)} × ${n}`).join(', ')}`);
} finally {
  await lens.close();
}
