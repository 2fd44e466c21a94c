/**
 * `npx tsx bench/render-cost.ts [--size=10MB] [--runs=3]`: what the rendering after our DOM
 * writes costs on a big page, traced in Chromium (extension off: the writes are made by a page
 * script shaped like the highlighter's, see bench/page/render-cost.ts). For each trial, summed
 * over the two frames after the write: style, layout, pre-paint, paint, and the longest
 * main-thread task (what the reader feels); medians of `runs`.
 *
 * It answers: does the relayout after a batch of wraps grow with the number of wraps or the
 * area they dirty, or is it a fixed cost per frame of a big tree? And what does adopting (or
 * updating) the highlight stylesheet cost?
 */
import type { Page } from 'playwright-core';
import { formatTable } from './budgets';
import { generateArticlePage } from './generate-page';
import { bundle, bundlePageScripts } from './page-scripts';
import type { Placement, Variant } from './page/render-cost';
import { HOST_OFF, openSession } from './session';
import { median } from './stats';
import { startTrace, type TraceEvent } from './trace';
import { arg, pageSizeArg } from './cli-args';


type Trial =
  | { kind: 'wrap'; n: number; placement: Placement; variant?: Variant }
  | { kind: 'sheet'; marks: number }
  | { kind: 'update'; marks: number };

const TRIALS: Trial[] = [
  { kind: 'wrap', n: 1, placement: 'top' },
  { kind: 'wrap', n: 1, placement: 'middle' },
  { kind: 'wrap', n: 10, placement: 'top' },
  { kind: 'wrap', n: 10, placement: 'middle' },
  { kind: 'wrap', n: 10, placement: 'spread' },
  { kind: 'wrap', n: 100, placement: 'spread' },
  { kind: 'wrap', n: 1000, placement: 'middle' },
  { kind: 'wrap', n: 1000, placement: 'spread' },
  { kind: 'wrap', n: 10000, placement: 'spread' },
  { kind: 'wrap', n: 1, placement: 'middle', variant: 'untabbed' },
  { kind: 'wrap', n: 1, placement: 'middle', variant: 'span' },
  { kind: 'wrap', n: 1, placement: 'middle', variant: 'text' },
  { kind: 'wrap', n: 1, placement: 'middle', variant: 'contents' },
  { kind: 'wrap', n: 1, placement: 'middle', variant: 'layer' },
  { kind: 'wrap', n: 100, placement: 'spread', variant: 'shadow' },
  { kind: 'wrap', n: 100, placement: 'spread', variant: 'inline' },
  { kind: 'wrap', n: 1000, placement: 'spread', variant: 'shadow' },
  { kind: 'sheet', marks: 0 },
  { kind: 'sheet', marks: 90 },
  { kind: 'update', marks: 90 },
];

const nameOf = (t: Trial): string =>
  t.kind === 'wrap' ? `wrap ${t.n} ${t.placement}${t.variant ? ` (${t.variant})` : ''}` : `${t.kind === 'sheet' ? 'adopt sheet' : 'update sheet'}, ${t.marks} marks`;

async function runTrial(page: Page, t: Trial, label: string): Promise<void> {
  await page.evaluate(
    async ([trial, l]) => {
      const r = window.__elensRender!;
      const tr = trial as Trial;
      await r.settle();
      if (tr.kind === 'wrap') {
        await r.wrap(l, tr.n, tr.placement, tr.variant);
        await r.unwrap();
        return;
      }
      if (tr.marks > 0) await r.wrap(`${l}:setup`, tr.marks, 'spread');
      if (tr.kind === 'sheet') await r.adoptSheet(l);
      else {
        await r.adoptSheet(`${l}:setup2`);
        await r.settle();
        await r.updateSheet(l);
      }
      await r.dropSheet();
      await r.unwrap();
    },
    [t, label] as const,
  );
}

const PHASES = ['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Commit'] as const;

interface Figures {
  phases: Record<string, number>;
  /** Longest main-thread task in the window. */
  longest: number;
  /** The task that made the writes. */
  script: number;
  /** `blink` events over 1 ms in the window, by name (what the style phase spent its time on). */
  top: Map<string, number>;
}

function analyse(events: TraceEvent[], label: string): Figures | null {
  const start = events.find((e) => e.name === `rc:${label}:start`);
  const end = events.find((e) => e.name === `rc:${label}:end`);
  if (!start || !end) return null;
  const thread = events.filter((e) => e.pid === start.pid && e.tid === start.tid && e.ph === 'X' && (e.dur ?? 0) > 0);
  const inWin = thread.filter((e) => e.ts >= start.ts - 1 && e.ts < end.ts);
  const phases: Record<string, number> = {};
  for (const p of PHASES) phases[p] = inWin.filter((e) => e.name === p).reduce((a, e) => a + (e.dur ?? 0) / 1000, 0);
  // Top-level tasks: events not nested in an earlier one.
  const sorted = [...thread].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const tasks: Array<{ s: number; e: number }> = [];
  for (const ev of sorted) {
    const s = ev.ts;
    const e = ev.ts + (ev.dur ?? 0);
    const last = tasks[tasks.length - 1];
    if (last && s < last.e) last.e = Math.max(last.e, e);
    else tasks.push({ s, e });
  }
  const overlapping = tasks.filter((t) => t.e > start.ts && t.s < end.ts);
  const longest = Math.max(0, ...overlapping.map((t) => (t.e - t.s) / 1000));
  const own = overlapping.find((t) => t.s <= start.ts && t.e >= start.ts);
  const top = new Map<string, number>();
  for (const e of inWin) {
    if (!e.cat.includes('blink') || (e.dur ?? 0) < 1000) continue;
    top.set(e.name, (top.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
  }
  return { phases, longest, script: own ? (own.e - own.s) / 1000 : 0, top };
}

async function main(): Promise<void> {
  const runs = Number(arg('runs', '3'));
  const { size, bytes } = pageSizeArg('10MB');
  const only = arg('only', '');
  const trials = only ? TRIALS.filter((t) => nameOf(t).includes(only)) : TRIALS;
  const pageScript = await bundle('render-cost.ts');
  const session = await openSession(await bundlePageScripts(), (m) => process.stderr.write(`${m}\n`));
  const rows = new Map<string, Figures[]>();
  try {
    const path = session.serve(`render-${size}`, generateArticlePage(bytes, 42).html);
    for (let r = 0; r < runs; r++) {
      const page = await session.open(path, HOST_OFF, { timeoutMs: 120_000 });
      try {
        await page.addScriptTag({ content: pageScript });
        const candidates = await page.evaluate(() => window.__elensRender!.candidates());
        process.stderr.write(`run ${r + 1}: ${candidates} candidate text nodes\n`);
        await page.evaluate(() => window.__elensRender!.settle());
        const trace = await startTrace(session.lens.context, page, ['blink', 'disabled-by-default-blink.invalidation']);
        // Alternating order, so that no trial always meets the page in the same state.
        const order = r % 2 ? [...trials].reverse() : trials;
        const labels = order.map((t, i) => ({ t, label: `${r}-${i}` }));
        try {
          for (const { t, label } of labels) await runTrial(page, t, label);
        } finally {
          const rec = await trace.stop();
          for (const { t, label } of labels) {
            const f = analyse(rec.events, label);
            if (f) rows.set(nameOf(t), [...(rows.get(nameOf(t)) ?? []), f]);
          }
        }
      } finally {
        await page.close();
      }
    }
  } finally {
    await session.close();
  }
  const fmt = (xs: number[]) => median(xs).toFixed(1);
  console.log(`rendering after one task of DOM writes on the ${size} page (medians of ${runs}, ms; two frames after the write)`);
  console.log(
    formatTable([
      ['trial', 'script task', 'style', 'layout', 'pre-paint', 'paint', 'commit', 'longest task', 'longest, runs'],
      ...trials.map((t) => {
        const fs = rows.get(nameOf(t)) ?? [];
        return [
          nameOf(t),
          fmt(fs.map((f) => f.script)),
          ...PHASES.map((p) => fmt(fs.map((f) => f.phases[p]!))),
          fmt(fs.map((f) => f.longest)),
          fs.map((f) => f.longest.toFixed(0)).join(' '),
        ];
      }),
    ]),
  );
  if (process.argv.includes('--events')) {
    for (const t of trials) {
      const merged = new Map<string, number>();
      for (const f of rows.get(nameOf(t)) ?? []) for (const [k, v] of f.top) merged.set(k, (merged.get(k) ?? 0) + v / runs);
      const list = [...merged].sort((a, b) => b[1] - a[1]).slice(0, 6);
      console.log(`${nameOf(t)}: ${list.map(([k, v]) => `${k} ${v.toFixed(1)}`).join('; ')}`);
    }
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
