import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { analyzeDocument } from '../analysis';
import { articleFiles, WARMUP } from './analysis';
import { arg } from './cli-args';
import { median, round } from './stats';

/**
 * `npx tsx bench/analysis-series.ts [--article=cloud-capability] [--runs=120] [--every=15]`: one
 * article's analysis run after run, after the bench's articles before it (WARMUP runs each, as
 * the bench warms them), with the median and fastest of each block of runs. Shows how many runs V8
 * takes to settle, which is what the bench's warm-up has to cover (bench/README.md, "Steady state").
 */

const files = articleFiles();
const name = arg('article', 'cloud-capability');
const runs = Number(arg('runs', '120'));
const every = Number(arg('every', '15'));
const target = files.find((f) => f.includes(name));
if (!target) {
  console.error(`no bench article matches "${name}"`);
  process.exit(2);
}
for (const f of files) {
  if (f === target) break;
  const doc = new JSDOM(readFileSync(f, 'utf8')).window.document;
  for (let i = 0; i < WARMUP; i++) analyzeDocument(doc);
}
const doc = new JSDOM(readFileSync(target, 'utf8')).window.document;
const times: number[] = [];
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  analyzeDocument(doc);
  times.push(performance.now() - t0);
}
console.log(target.replace(/.*\//, ''));
for (let k = 0; k < runs; k += every) {
  const block = times.slice(k, k + every);
  console.log(`runs ${String(k + 1).padStart(3)}–${String(Math.min(runs, k + every)).padEnd(3)}  median ${round(median(block), 2)} ms  fastest ${round(Math.min(...block), 2)} ms`);
}
