import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { analyzeDocument } from '../analysis';
import { median, round } from './stats';

/**
 * Section 5 (Node half): the analysis (`analyzeDocument`, the same code the popup and the CLI
 * run) on the seed article and on our fixture articles, each parsed once with jsdom, then timed
 * over repeated runs after a warm-up. The document is only read, never changed, so one parse
 * serves every run.
 *
 * The warm-up is long enough for V8 to have optimised the code (twenty-second session,
 * bench/analysis-series.ts): on cloud-capability-notice, after the articles before it, runs 1–15
 * took a median of 8.2 ms, runs 16–30 11.0 ms (tier-up and the collections it brings), runs
 * 31–120 5.6–6.7 ms. With five warm-up runs the median measured V8 compiling as much as our
 * code; timed article by article, a busy stretch of the shared machine made whichever article
 * it fell on the worst (bench/README.md, "Steady state, interleaved"). The cold cost is not
 * hidden: each article's first run is reported beside it (the popup analyses once, cold; its
 * open-to-results time, measured in the browser, includes that).
 */

const REPO = resolve(fileURLToPath(new URL('..', import.meta.url)));
const SEED = resolve(REPO, '..', 'shared', 'fixtures', 'seed-article.html');
const FIXTURES = join(REPO, 'tests', 'fixtures', 'articles');

/** Warm-up runs per article before the timed rounds (bench/analysis-series.ts warms the same way). */
export const WARMUP = 30;
const RUNS = 25;

export interface ArticleTiming {
  file: string;
  words: number;
  medianMs: number;
  msPer1000Words: number;
  /** The first run on this document, after the articles before it: paths this article alone takes are still cold. */
  firstMs: number;
  positions: number;
  terms: number;
}

export interface AnalysisBench {
  runs: number;
  warmup: number;
  articles: ArticleTiming[];
  /** Sum of medians ÷ sum of words, per 1,000 words. */
  overallPer1000Words: number;
  worst: { file: string; msPer1000Words: number } | null;
}

export function articleFiles(): string[] {
  const files = existsSync(FIXTURES)
    ? readdirSync(FIXTURES).filter((f) => f.endsWith('.html')).sort().map((f) => join(FIXTURES, f))
    : [];
  return existsSync(SEED) ? [SEED, ...files] : files;
}

export function measureAnalysis(files = articleFiles(), runs = RUNS): AnalysisBench {
  const loaded: Array<{ file: string; doc: Document; first: NonNullable<ReturnType<typeof analyzeDocument>>; firstMs: number; times: number[] }> = [];
  for (const file of files) {
    const doc = new JSDOM(readFileSync(file, 'utf8')).window.document;
    const t0 = performance.now();
    const first = analyzeDocument(doc);
    const firstMs = performance.now() - t0;
    if (!first) continue;
    for (let i = 1; i < WARMUP; i++) analyzeDocument(doc);
    loaded.push({ file, doc, first, firstMs, times: [] });
  }
  // Round by round, one run of every article each: a stretch when the shared machine is busy
  // slows a run of each article rather than all the runs of one (timed article by article, the
  // worst article was whichever one a busy stretch fell on).
  for (let i = 0; i < runs; i++) {
    for (const a of loaded) {
      const t0 = performance.now();
      analyzeDocument(a.doc);
      a.times.push(performance.now() - t0);
    }
  }
  const articles: ArticleTiming[] = loaded.map(({ file, first, firstMs, times }) => {
    const ms = median(times);
    return {
      file: file.startsWith(REPO) ? file.slice(REPO.length + 1) : `../shared/fixtures/${basename(file)}`,
      words: first.wordCount,
      medianMs: round(ms, 2),
      msPer1000Words: round((ms / Math.max(first.wordCount, 1)) * 1000, 2),
      firstMs: round(firstMs, 2),
      positions: first.positions.length,
      terms: first.terms.length,
    };
  });
  const words = articles.reduce((a, x) => a + x.words, 0);
  const total = articles.reduce((a, x) => a + x.medianMs, 0);
  const worst = articles.reduce<ArticleTiming | null>((w, a) => (!w || a.msPer1000Words > w.msPer1000Words ? a : w), null);
  return {
    runs,
    warmup: WARMUP,
    articles,
    overallPer1000Words: round((total / Math.max(words, 1)) * 1000, 2),
    worst: worst ? { file: worst.file, msPer1000Words: worst.msPer1000Words } : null,
  };
}
