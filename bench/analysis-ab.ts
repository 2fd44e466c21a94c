import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import { JSDOM } from 'jsdom';
import { articleFiles } from './analysis';
import { arg } from './cli-args';
import { median, round } from './stats';

/**
 * The analysis of two or more checkouts, interleaved in one process: `npx tsx bench/analysis-ab.ts
 * DIR_A DIR_B [--runs=25]`. Each checkout's `analysis/index.ts` is bundled on its own (esbuild) and
 * both run on the same parsed documents (the bench's articles), alternating run by run. On a
 * shared machine the bench's figure for one build drifts by a third between runs; alternating
 * puts the drift on both, so the ratio holds where the absolute figures do not.
 */

type AnalyzeDocument = (doc: Document) => { wordCount: number } | null;

const runs = Number(arg('runs', '25'));
const dirs = process.argv.slice(2).filter((a) => !a.startsWith('--')).map((d) => resolve(d));
if (dirs.length < 2) {
  console.error('usage: npx tsx bench/analysis-ab.ts DIR_A DIR_B [...] [--runs=25]');
  process.exit(2);
}

const out = mkdtempSync(join(tmpdir(), 'elens-analysis-ab-'));
try {
  const builds: AnalyzeDocument[] = [];
  for (const [i, dir] of dirs.entries()) {
    const outfile = join(out, `analysis-${i}.mjs`);
    buildSync({ entryPoints: [join(dir, 'analysis', 'index.ts')], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'error', tsconfigRaw: '{}' });
    builds.push(((await import(pathToFileURL(outfile).href)) as { analyzeDocument: AnalyzeDocument }).analyzeDocument);
  }
  const per1000 = dirs.map(() => [] as number[]);
  const names: string[] = [];
  for (const file of articleFiles()) {
    const doc = new JSDOM(readFileSync(file, 'utf8')).window.document;
    const words = builds[0]!(doc)?.wordCount ?? 0;
    if (!words) continue;
    names.push(file.slice(file.lastIndexOf('/') + 1));
    for (let w = 0; w < 5; w++) for (const analyze of builds) analyze(doc);
    const times = dirs.map(() => [] as number[]);
    for (let r = 0; r < runs; r++) {
      const order = r % 2 ? [...builds.keys()].reverse() : [...builds.keys()];
      for (const k of order) {
        const t0 = performance.now();
        builds[k]!(doc);
        times[k]!.push(performance.now() - t0);
      }
    }
    times.forEach((t, k) => per1000[k]!.push((median(t) / words) * 1000));
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  for (const [k, dir] of dirs.entries()) {
    const xs = per1000[k]!;
    const worst = xs.indexOf(Math.max(...xs));
    console.log(`${dir}: ${round(mean(xs), 2)} ms per 1,000 words (mean of the articles' medians), worst ${round(xs[worst]!, 2)} (${names[worst]}); ${runs} runs each`);
  }
  for (let k = 1; k < dirs.length; k++) {
    const ratios = per1000[k]!.map((x, i) => x / per1000[0]![i]!);
    console.log(`${dirs[k]} ÷ ${dirs[0]}: median ${round(median(ratios), 2)} over ${ratios.length} articles (${ratios.map((r) => r.toFixed(2)).join(' ')})`);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
