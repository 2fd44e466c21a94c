import type { Page } from 'playwright-core';
import { waitForStatus } from '../tests/e2e/harness';
import { classifyGaps, longestOwnTask, summarizeBlocks, type Block, type BlockSummary } from './blocking';
import { generateArticlePage } from './generate-page';
import { SYNC_MARK } from './page/protocol';
import { HOST_OFF, HOST_ON, callApi, installApi, markCount, readProbe, sleep, type Session } from './session';
import { median, round } from './stats';
import { attribute, startTrace } from './trace';

/**
 * Sections 1, 2 and 7 of the bench: generated article pages of 100 KB, 1 MB and 10 MB.
 *  - In the page, with the extension off: a bare TreeWalker pass, the highlighter's own pass
 *    (bundled from entrypoints/content), and, on 1 MB, the straightforward mark.js call.
 *  - With the extension on: the real content script, traced, with the main-thread probe; and the
 *    same page with the extension off for the probe's baseline.
 */

export interface SizeSpec {
  label: string;
  bytes: number;
  /** Fresh page loads for the in-page timings. */
  runs: number;
}

export const SIZES: readonly SizeSpec[] = [
  { label: '100 KB', bytes: 100_000, runs: 5 },
  { label: '1 MB', bytes: 1_000_000, runs: 5 },
  { label: '10 MB', bytes: 10_000_000, runs: 3 },
];

export interface Runs {
  median: number;
  runs: number[];
}

const runs = (xs: number[]): Runs => ({ median: round(median(xs), 2), runs: xs.map((x) => round(x, 2)) });

export interface DirectFigures {
  textNodes: number;
  chars: number;
  matcherCompileMs: number;
  bareWalkMs: Runs;
  /** First pass on a fresh page: cold code, as a reader's page gets it. */
  highlightColdMs: Runs;
  /** Second pass on the same page (after a clear): warm code. */
  highlightWarmMs: Runs;
  regionMs: Runs;
  added: number;
  onTopic: boolean;
  ratioCold: number;
  ratioWarm: number;
}

export interface ExtensionFigures {
  status: string;
  marks: number;
  /** Page time (since navigation start) at which the status was reported. */
  statusAtMs: number | null;
  /** From our first task to the status: what the reader waits for the highlights. */
  wallMs: number | null;
  /** Our main-thread time in that run (traced, so somewhat inflated). */
  busyMs: number;
  ourTasks: number;
  longestOwnTaskMs: number;
  busyRatio: number;
  /** Rendering (style, layout, paint) that our DOM writes caused, traced: not in `busyMs`. */
  renderingMs: number;
  blocks: BlockSummary;
  baselineBlocks: BlockSummary;
  gaps: Block[];
  baselineGaps: Array<{ start: number; end: number; ms: number }>;
}

export interface StaticPageResult {
  label: string;
  bytes: number;
  words: number;
  termsPlanted: number;
  direct: DirectFigures;
  extension: ExtensionFigures | null;
  error?: string;
}

export interface NaiveResult {
  label: string;
  capMs: number;
  completed: boolean;
  ms: number;
  forms: number;
  formsDone: number;
  marks: number;
  /** Naive ÷ ours (cold median); a lower bound when the cap was hit. */
  ratio: number;
  /** When capped: the time for every form, extrapolated from the forms done (each walks the page once). */
  estimatedMs: number | null;
  display: string;
}

async function directRun(session: Session, path: string) {
  const page = await session.open(path, HOST_OFF);
  try {
    await installApi(session, page);
    const compile = await callApi(page, 'compileMatcher');
    await callApi(page, 'bareWalk');
    const walk = await callApi(page, 'bareWalk');
    const cold = await callApi(page, 'highlight', 'first');
    const c1 = await callApi(page, 'clear');
    const warm = await callApi(page, 'highlight', 'first');
    const c2 = await callApi(page, 'clear');
    if (c1.remaining || c2.remaining) throw new Error('clear() left highlights in the page');
    return { compile, walk, cold, warm };
  } finally {
    await page.close();
  }
}

async function measureDirect(session: Session, path: string, n: number): Promise<DirectFigures> {
  const all = [];
  for (let i = 0; i < n; i++) all.push(await directRun(session, path));
  const walk = all.map((r) => r.walk.ms);
  const cold = all.map((r) => r.cold.ms);
  const warm = all.map((r) => r.warm.ms);
  const first = all[0]!;
  return {
    textNodes: first.walk.nodes,
    chars: first.walk.chars,
    matcherCompileMs: round(median(all.map((r) => r.compile)), 2),
    bareWalkMs: runs(walk),
    highlightColdMs: runs(cold),
    highlightWarmMs: runs(warm),
    regionMs: runs(all.map((r) => r.cold.regionMs)),
    added: first.cold.added,
    onTopic: first.cold.onTopic,
    ratioCold: round(median(cold) / median(walk), 2),
    ratioWarm: round(median(warm) / median(walk), 2),
  };
}

/** Waits until the page's clock passes `t` (ms since its navigation start). */
async function untilPageTime(page: Page, t: number): Promise<void> {
  const now = await page.evaluate(() => performance.now());
  if (t > now) await sleep(t - now);
}

const SETTLE_MS = 500;

async function measureExtension(session: Session, path: string, bareWalkMs: number): Promise<ExtensionFigures> {
  const { lens } = session;
  const page = await session.blank(HOST_ON);
  try {
    const trace = await startTrace(lens.context, page);
    let rec;
    let probe;
    let status = '';
    let marks = 0;
    try {
      await page.goto(lens.url(path, HOST_ON), { timeout: 120_000 });
      status = await waitForStatus(page, undefined, 180_000);
      await sleep(SETTLE_MS);
      probe = await readProbe(page);
      marks = await markCount(page);
    } finally {
      rec = await trace.stop();
    }
    const att = attribute(rec, session.marker, SYNC_MARK);
    const statusAtMs = probe.status.find((s) => s.value)?.t ?? null;
    const startPage = att.first !== null && att.pageOffset !== null ? att.first - att.pageOffset : null;
    // A gap is judged on our script and on the rendering our DOM writes caused in it.
    const gaps = classifyGaps(probe.gaps, [...att.ourTasks, ...att.ourRendering], att.pageOffset);

    // The same page, extension off, watched for as long.
    const base = await session.open(path, HOST_OFF, { probe: true, timeoutMs: 120_000 });
    let baseGaps;
    try {
      await untilPageTime(base, (statusAtMs ?? 0) + SETTLE_MS);
      baseGaps = (await readProbe(base)).gaps.map((g) => ({ ...g, ms: g.end - g.start }));
    } finally {
      await base.close();
    }
    return {
      status,
      marks,
      statusAtMs: statusAtMs === null ? null : round(statusAtMs),
      wallMs: statusAtMs !== null && startPage !== null ? round(statusAtMs - startPage) : null,
      busyMs: round(att.busyMs),
      ourTasks: att.ourTasks.length,
      longestOwnTaskMs: round(longestOwnTask(att.ourTasks)),
      busyRatio: round(att.busyMs / bareWalkMs, 2),
      renderingMs: round(att.ourRendering.reduce((a, t) => a + t.ours, 0)),
      blocks: summarizeBlocks(gaps),
      baselineBlocks: summarizeBlocks(baseGaps.map((g) => ({ ...g, oursMs: 0, ours: false }))),
      gaps: gaps.map((g) => ({ ...g, start: round(g.start), end: round(g.end), ms: round(g.ms), oursMs: g.oursMs === null ? null : round(g.oursMs) })),
      baselineGaps: baseGaps.map((g) => ({ start: round(g.start), end: round(g.end), ms: round(g.ms) })),
    };
  } finally {
    await page.close();
  }
}

export async function measureStaticPages(session: Session, sizes: readonly SizeSpec[] = SIZES): Promise<{
  pages: StaticPageResult[];
  paths: Map<string, string>;
}> {
  const pages: StaticPageResult[] = [];
  const paths = new Map<string, string>();
  for (const size of sizes) {
    const gen = generateArticlePage(size.bytes, 42);
    const path = session.serve(size.label.replace(/\s/g, ''), gen.html);
    paths.set(size.label, path);
    session.log(`${size.label}: ${gen.words} words, ${gen.termsPlanted} terms planted — in-page timings (${size.runs} loads)`);
    const direct = await measureDirect(session, path, size.runs);
    session.log(`${size.label}: with the extension (traced, probed) and without`);
    let extension: ExtensionFigures | null = null;
    let error: string | undefined;
    try {
      extension = await measureExtension(session, path, direct.bareWalkMs.median);
    } catch (err) {
      error = err instanceof Error ? err.message : String(err);
      session.log(`${size.label}: extension run failed: ${error}`);
    }
    pages.push({
      label: size.label,
      bytes: gen.html.length,
      words: gen.words,
      termsPlanted: gen.termsPlanted,
      direct,
      extension,
      ...(error ? { error } : {}),
    });
  }
  return { pages, paths };
}

/** The straightforward mark.js call on a page, stopped at `capMs`. */
export async function measureNaive(
  session: Session,
  label: string,
  path: string,
  oursMs: number,
  capMs: number,
): Promise<NaiveResult> {
  session.log(`${label}: naive mark.js (cap ${capMs / 1000} s)`);
  const page = await session.open(path, HOST_OFF);
  try {
    await installApi(session, page);
    const r = await callApi(page, 'naiveMark', capMs);
    const ratio = round(r.ms / oursMs, 0);
    const estimatedMs = r.completed || r.formsDone === 0 ? null : round((r.ms * r.forms) / r.formsDone);
    return {
      label,
      capMs,
      ...r,
      ms: round(r.ms),
      ratio,
      estimatedMs,
      display: r.completed
        ? `${(r.ms / 1000).toFixed(2)} s, ${r.marks} marks (${ratio}× ours)`
        : `> ${capMs / 1000} s (> ${ratio}× ours; ${r.formsDone}/${r.forms} forms done, ` +
          `${r.marks} marks; all forms ≈ ${((estimatedMs ?? 0) / 1000).toFixed(0)} s)`,
    };
  } finally {
    await page.close();
  }
}
