/**
 * `npx tsx bench/profile.ts [--size=1MB|100KB|10MB] [--mode=first|all] [--runs=N] [--clear] [--no-counts]`:
 * where the highlighter's time goes, for whoever works on a missed budget.
 *
 * `--analysis[=path]`: the analysis in Node (worst article of the bench by default), 30 runs.
 *
 * `--phases`: no profiler; on fresh pages, the bare walk and the steps of the pass (region, read,
 * find, topic, choose, wrap) run as the pass runs them, cold then warm, so that they add up to
 * the pass; and the whole pass on other fresh pages of the same run.
 *
 * `--extension`: the real content script instead, from an unminified e2e build made for the
 * purpose; prints our longest main-thread tasks on the page and what ran in them. With
 * `--clear`, on a dense page with every occurrence highlighted, the switch-off instead.
 *
 * Runs the highlighter's own modules in a page (as `npm run bench` does, extension off), under
 * V8's sampling profiler (50 µs) and precise coverage with call counts, on a fresh page per run;
 * prints self and total time per function (summed over runs) and how often each was called.
 * With --clear it profiles the removal (`clear()`) after highlighting instead.
 * Unminified (the page bundle keeps names), so the figures point at source functions.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { waitForStatus } from '../tests/e2e/harness';
import { formatTable } from './budgets';
import { generateArticlePage } from './generate-page';
import { bundlePageScripts } from './page-scripts';
import { SYNC_MARK } from './page/protocol';
import { HOST_OFF, HOST_ON, callApi, installApi, openSession } from './session';
import { statsBuild } from './sizes';
import { attribute, functionTimes, startTrace } from './trace';
import { arg, pageSizeArg } from './cli-args';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
  hitCount?: number;
}

interface CpuProfile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}


/** Function name and line in the page bundle (names repeat: there are several `next`s). */
function label(n: Node): string {
  const name = n.callFrame.functionName || '(anonymous)';
  const short = name.length > 60 ? `${name.slice(0, 57)}…` : name;
  return n.callFrame.lineNumber >= 0 && !name.startsWith('(') && !name.startsWith('RegExp:') ? `${short}:${n.callFrame.lineNumber + 1}` : short;
}

function accumulate(profile: CpuProfile, self: Map<string, number>, total: Map<string, number>): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0) / 1000;
    const node = byId.get(id);
    if (!node) return;
    self.set(label(node), (self.get(label(node)) ?? 0) + dt);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const l = label(byId.get(cur)!);
      if (seen.has(l)) continue;
      seen.add(l);
      total.set(l, (total.get(l) ?? 0) + dt);
    }
  });
}

/** The real content script on a page: its longest tasks and the functions in them. */
async function profileExtension(bytes: number, size: string, removal: boolean): Promise<void> {
  const out = statsBuild((m) => process.stderr.write(`${m}\n`), ['--e2e', '--no-minify']);
  process.env.ELENS_EXTENSION_DIR = join(out, 'chrome-mv3');
  const session = await openSession(await bundlePageScripts(), (m) => process.stderr.write(`${m}\n`));
  try {
    const gen = generateArticlePage(bytes, removal ? 99 : 42, removal ? { termEvery: 10 } : {});
    const path = session.serve(`profile-${size}`, gen.html);
    if (removal) await session.lens.setPrefs({ occurrences: 'all' });
    const page = await session.blank(HOST_ON);
    let trace = await startTrace(session.lens.context, page);
    let rec;
    try {
      await page.goto(session.lens.url(path, HOST_ON), { timeout: 120_000 });
      await waitForStatus(page, undefined, 180_000);
      await new Promise((r) => setTimeout(r, removal ? 3000 : 500));
      if (removal) {
        // Only the switch-off is of interest: start again, then turn the site off.
        await trace.stop();
        trace = await startTrace(session.lens.context, page);
        await page.evaluate((m) => performance.mark(m), SYNC_MARK);
        const n = await page.evaluate(() => document.querySelectorAll('elens-mark').length);
        process.stderr.write(`${n} highlights; switching the site off\n`);
        await session.lens.disableSite(HOST_ON);
        await page.waitForFunction(() => !document.querySelector('elens-mark'), undefined, { timeout: 30_000 });
        await new Promise((r) => setTimeout(r, 300));
      }
    } finally {
      rec = await trace.stop();
    }
    const att = attribute(rec, session.marker, SYNC_MARK);
    console.log(
      `content script on ${size}${removal ? ' (switch-off)' : ''}: ${att.ourTasks.length} tasks, ${att.busyMs.toFixed(1)} ms busy; ` +
        `tasks (ms): ${att.ourTasks.map((t) => (t.end - t.start).toFixed(1)).join(' ')}`,
    );
    const longest = [...att.ourTasks].sort((a, b) => b.end - b.start - (a.end - a.start)).slice(0, 3);
    for (const task of longest) {
      const fns = functionTimes(rec, [task], SYNC_MARK).slice(0, 18);
      console.log(`\ntask at ${(task.start - (att.pageOffset ?? 0)).toFixed(1)} ms (page clock), ${(task.end - task.start).toFixed(1)} ms:`);
      console.log(
        formatTable([
          ['function', 'self ms', 'total ms'],
          ...fns.map((f) => [f.fn.length > 70 ? `${f.fn.slice(0, 67)}…` : f.fn, f.selfMs.toFixed(2), f.totalMs.toFixed(2)]),
        ]),
      );
    }
  } finally {
    await session.close();
    rmSync(out, { recursive: true, force: true });
  }
}

/** The analysis in Node under the inspector's profiler: where its time per article goes. */
async function profileAnalysis(file: string): Promise<void> {
  const { Session } = await import('node:inspector/promises');
  const { JSDOM } = await import('jsdom');
  const { readFileSync } = await import('node:fs');
  const { analyzeDocument } = await import('../analysis');
  const doc = new JSDOM(readFileSync(file, 'utf8')).window.document;
  for (let i = 0; i < 5; i++) analyzeDocument(doc);
  const inspector = new Session();
  inspector.connect();
  await inspector.post('Profiler.enable');
  await inspector.post('Profiler.setSamplingInterval', { interval: 50 });
  await inspector.post('Profiler.start');
  const runs = 30;
  const t0 = performance.now();
  let words = 0;
  for (let i = 0; i < runs; i++) words = analyzeDocument(doc)?.wordCount ?? 0;
  const ms = (performance.now() - t0) / runs;
  const { profile } = await inspector.post('Profiler.stop');
  inspector.disconnect();
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const cpu = profile as unknown as CpuProfile;
  // Node's frames carry file URLs: keep the file name and line.
  for (const n of cpu.nodes) {
    const url = n.callFrame.url;
    if (url) n.callFrame.functionName = `${n.callFrame.functionName || '(anonymous)'} ${url.slice(url.lastIndexOf('/') + 1)}`;
  }
  accumulate(cpu, self, total);
  console.log(`analyzeDocument(${file}): ${ms.toFixed(2)} ms per run, ${words} words (${((ms / Math.max(words, 1)) * 1000).toFixed(2)} ms per 1,000)`);
  const top = [...self].filter(([l]) => !/^\((idle|root)\)/.test(l)).sort((a, b) => b[1] - a[1]).slice(0, 25);
  console.log(
    formatTable([
      ['function', 'self ms/run', 'total ms/run'],
      ...top.map(([l, v]) => [l, (v / runs).toFixed(2), ((total.get(l) ?? 0) / runs).toFixed(2)]),
    ]),
  );
}

/**
 * The steps of the pass on fresh pages (no profiler overhead), run as the pass runs them so that
 * they add up to it, next to the whole pass on other fresh pages of the same run: medians of `runs`.
 */
async function profilePhases(bytes: number, size: string, runs: number): Promise<void> {
  const session = await openSession(await bundlePageScripts(), (m) => process.stderr.write(`${m}\n`));
  const rows = new Map<string, number[]>();
  const add = (k: string, v: number) => rows.set(k, [...(rows.get(k) ?? []), v]);
  let counts = '';
  try {
    const path = session.serve(`phases-${size}`, generateArticlePage(bytes, 42).html);
    for (let r = 0; r < runs; r++) {
      // Alternating which goes first, so that neither always meets the machine in the same state.
      for (const kind of r % 2 ? ['steps', 'pass'] : ['pass', 'steps']) {
        const page = await session.open(path, HOST_OFF);
        try {
          await installApi(session, page);
          await callApi(page, 'compileMatcher');
          await callApi(page, 'bareWalk');
          const walk = await callApi(page, 'bareWalk');
          add('bare walk', walk.ms);
          for (const pass of ['cold', 'warm']) {
            if (kind === 'pass') {
              add(`${pass}: whole pass (highlight())`, (await callApi(page, 'highlight', 'first')).ms);
            } else {
              const p = await callApi(page, 'phases');
              add(`${pass}: 1 region`, p.regionMs);
              add(`${pass}: 2 read (walk + batch text)`, p.readMs);
              add(`${pass}: 3 find`, p.findMs);
              add(`${pass}: 4 topic`, p.topicMs);
              add(`${pass}: 5 verdict, choose, pieces`, p.chooseMs);
              add(`${pass}: 6 wrap (mark.js + ledger)`, p.wrapMs);
              add(`${pass}: steps, clock to clock`, p.totalMs);
              counts = `${walk.nodes} text nodes in the body, ${walk.chars} chars; region: ${p.batches} batches, ${p.nodes} nodes, ${p.chars} chars, ${p.matches} matches, ${p.wrapped} wrapped`;
            }
            await callApi(page, 'clear');
          }
        } finally {
          await page.close();
        }
      }
    }
  } finally {
    await session.close();
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(`phases on ${size} (${runs} fresh pages each for the steps and the whole pass; medians, ms): ${counts}`);
  const sorted = [...rows].sort(([a], [b]) => (a === 'bare walk' ? -1 : b === 'bare walk' ? 1 : a.localeCompare(b)));
  console.log(formatTable([['step', 'ms', 'runs'], ...sorted.map(([k, xs]) => [k, median(xs).toFixed(2), xs.map((x) => x.toFixed(2)).join(' ')])]));
}

async function main(): Promise<void> {
  const analysis = process.argv.find((a) => a === '--analysis' || a.startsWith('--analysis='));
  if (analysis) {
    return profileAnalysis(analysis.includes('=') ? analysis.slice(11) : 'tests/fixtures/articles/cloud-capability-notice.html');
  }
  const mode = arg('mode', 'first') === 'all' ? 'all' : 'first';
  const runs = Number(arg('runs', '3'));
  const profileClear = process.argv.includes('--clear');
  const counts = !process.argv.includes('--no-counts');
  const { size, bytes } = pageSizeArg('1MB');
  if (process.argv.includes('--phases')) return profilePhases(bytes, size, Number(arg('runs', '5')));
  if (process.argv.includes('--extension')) return profileExtension(bytes, size, process.argv.includes('--clear'));
  const scripts = await bundlePageScripts();
  // Coverage reports offsets in the bundle; the profiler, lines (1-based here).
  const lineStarts = [0];
  for (let i = 0; i < scripts.api.length; i++) if (scripts.api.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const lineAt = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const session = await openSession(scripts, (m) => process.stderr.write(`${m}\n`));
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const calls = new Map<string, number>();
  const wall: number[] = [];
  try {
    const gen = generateArticlePage(bytes, 42, mode === 'all' ? { termEvery: 10 } : {});
    const path = session.serve(`profile-${size}`, gen.html);
    for (let r = 0; r < runs; r++) {
      const page = await session.open(path, HOST_OFF);
      const cdp: CDPSession = await session.lens.context.newCDPSession(page);
      try {
        await installApi(session, page);
        await callApi(page, 'compileMatcher');
        if (profileClear) await callApi(page, 'highlight', mode);
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
        // Call counts come from precise coverage, which keeps hot loops from being optimised as
        // they would be: `--no-counts` leaves it off for the times of loop-heavy code.
        if (counts) await cdp.send('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
        await cdp.send('Profiler.start');
        const t = profileClear ? (await callApi(page, 'clear')).ms : (await callApi(page, 'highlight', mode)).ms;
        wall.push(t);
        const { profile } = await cdp.send('Profiler.stop');
        const { result } = counts ? await cdp.send('Profiler.takePreciseCoverage') : { result: [] };
        if (counts) await cdp.send('Profiler.stopPreciseCoverage');
        accumulate(profile as unknown as CpuProfile, self, total);
        for (const script of result) {
          if (script.url) continue; // the page bundle is an inline script (no URL)
          for (const fn of script.functions) {
            const range = fn.ranges[0];
            if (!range || range.count === 0 || !fn.functionName) continue;
            const key = `${fn.functionName}:${lineAt(range.startOffset)}`;
            calls.set(key, (calls.get(key) ?? 0) + range.count);
          }
        }
      } finally {
        await cdp.detach().catch(() => undefined);
        await page.close();
      }
    }
  } finally {
    await session.close();
  }
  const perRun = (ms: number) => (ms / runs).toFixed(2);
  console.log(
    `${profileClear ? 'clear()' : `highlight('${mode}')`} on ${size}: ${wall.map((w) => w.toFixed(1)).join(', ')} ms (per run below: ms per run, calls per run)`,
  );
  const top = [...self].filter(([l]) => !/^\((idle|root)\)/.test(l)).sort((a, b) => b[1] - a[1]).slice(0, 30);
  console.log(
    formatTable([
      ['function', 'self ms', 'total ms', 'calls'],
      ...top.map(([l, ms]) => [l, perRun(ms), perRun(total.get(l) ?? 0), calls.has(l) ? String(Math.round(calls.get(l)! / runs)) : '']),
    ]),
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
