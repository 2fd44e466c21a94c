import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { analyzeText } from '../analysis';
import { CliError } from './load';
import { prf, scorePositions, sidedOnly, type LabelPosition, type Predicted } from './score';

/**
 * `npx tsx cli/eval-sentences.ts [--min-f1 X] [--failures] [--construction] <folder or file>...`:
 * scores the analysis on short labelled texts (a JSON array of cases per file, each
 * `{id, construction, text, positions}`), the way `eval` scores whole articles. Short texts
 * isolate one construction each, so a miss says which construction the analysis does not know,
 * and a fix has to be a rule for the construction rather than for one article. The cases list
 * only who takes a side, so neutral predictions are not scored (`sidedOnly`).
 */

const USAGE = 'usage: npx tsx cli/eval-sentences.ts [--min-f1 X] [--failures] [--construction] <folder or file>...';

export interface Case {
  id: string;
  construction?: string;
  text: string;
  positions: LabelPosition[];
}

export interface CaseResult {
  file: string;
  id: string;
  construction: string;
  tp: number;
  fp: number;
  fn: number;
  spurious: Predicted[];
  missed: Array<{ speaker: string; stance: string }>;
}

function caseFiles(path: string): string[] {
  try {
    if (!statSync(path).isDirectory()) return [path];
    return readdirSync(path).filter((f) => f.endsWith('.json')).sort().map((f) => join(path, f));
  } catch {
    throw new CliError(`no such file or folder: ${path}`);
  }
}

function readCases(file: string): Case[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new CliError(`${file}: not JSON`);
  }
  if (!Array.isArray(data)) throw new CliError(`${file}: expected an array of cases`);
  return data.map((c: Partial<Case>, i) => {
    if (typeof c?.text !== 'string' || !Array.isArray(c.positions)) throw new CliError(`${file}: case ${i} has no "text" or "positions"`);
    return { id: c.id ?? String(i), construction: c.construction, text: c.text, positions: c.positions };
  });
}

export function scoreCase(file: string, c: Case): CaseResult {
  const predicted = sidedOnly(analyzeText(c.text).positions).map((p) => ({ speaker: p.speaker, stance: p.stance }));
  const score = scorePositions(predicted, c.positions);
  return {
    file: basename(file),
    id: c.id,
    construction: c.construction ?? '',
    tp: score.tp,
    fp: score.fp,
    fn: score.fn,
    spurious: score.spurious,
    missed: score.missed.map((m) => ({ speaker: m.speaker, stance: m.stance })),
  };
}

/** Every case under the paths (folders of case files, or files), with the file it came from. */
export function loadCases(paths: readonly string[]): Array<{ file: string; case: Case }> {
  return paths.flatMap((path) => caseFiles(path).flatMap((file) => readCases(file).map((c) => ({ file, case: c }))));
}

export function runSentenceEval(paths: readonly string[]): CaseResult[] {
  return loadCases(paths).map(({ file, case: c }) => scoreCase(file, c));
}

/** Per construction: cases, how many exactly right, and errors; most errors first (which constructions to work on). */
export function constructionTable(results: readonly CaseResult[]): string {
  const rows = new Map<string, { cases: number; exact: number; fp: number; fn: number }>();
  for (const r of results) {
    const row = rows.get(r.construction) ?? { cases: 0, exact: 0, fp: 0, fn: 0 };
    row.cases++;
    if (r.fp + r.fn === 0) row.exact++;
    row.fp += r.fp;
    row.fn += r.fn;
    rows.set(r.construction, row);
  }
  return [...rows]
    .sort((a, b) => b[1].fp + b[1].fn - (a[1].fp + a[1].fn) || a[0].localeCompare(b[0]))
    .map(([name, x]) => `${String(x.fp + x.fn).padStart(5)} errors (fp ${x.fp}, fn ${x.fn})  ${x.exact}/${x.cases} exact  ${name}\n`)
    .join('');
}

function main(): void {
  let minF1: number | null = null;
  let failures = false;
  let byConstruction = false;
  const paths: string[] = [];
  const argv = process.argv.slice(2);
  try {
    for (let i = 0; i < argv.length; i++) {
      const arg = argv[i]!;
      if (arg === '--failures') failures = true;
      else if (arg === '--construction') byConstruction = true;
      else if (arg === '--min-f1') {
        const value = Number(argv[++i]);
        if (!Number.isFinite(value) || value < 0 || value > 1) throw new CliError(`--min-f1 needs a number between 0 and 1\n${USAGE}`);
        minF1 = value;
      } else if (arg.startsWith('-')) throw new CliError(`unknown option ${arg}\n${USAGE}`);
      else paths.push(arg);
    }
    if (paths.length === 0) throw new CliError(`no folder given\n${USAGE}`);
    const results = runSentenceEval(paths);
    const sum = (k: 'tp' | 'fp' | 'fn') => results.reduce((n, r) => n + r[k], 0);
    const { precision, recall, f1 } = prf(sum('tp'), sum('fp'), sum('fn'));
    if (failures) {
      for (const r of results.filter((x) => x.fp + x.fn > 0)) {
        const wrong = [...r.spurious.map((s) => `+ ${s.speaker} (${s.stance})`), ...r.missed.map((m) => `- ${m.speaker} (${m.stance})`)];
        process.stdout.write(`${r.file} ${r.id} [${r.construction}]: ${wrong.join('; ')}\n`);
      }
    }
    const exact = results.filter((r) => r.fp + r.fn === 0).length;
    const pct = (x: number) => (x * 100).toFixed(1);
    if (byConstruction) process.stdout.write(constructionTable(results));
    process.stdout.write(`${results.length} cases, ${exact} exactly right; P ${pct(precision)} R ${pct(recall)} F1 ${pct(f1)} (tp ${sum('tp')} fp ${sum('fp')} fn ${sum('fn')})\n`);
    if (minF1 !== null) {
      const ok = f1 >= minF1;
      process.stdout.write(ok ? `F1 ${pct(f1)}% ≥ ${minF1 * 100}%: ok\n` : `F1 ${pct(f1)}% is below the minimum ${minF1 * 100}%\n`);
      process.exitCode = ok ? 0 : 1;
    }
  } catch (err) {
    process.stderr.write(`eval-sentences: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  }
}

if (process.argv[1] && /eval-sentences\.[cm]?[tj]s$/.test(process.argv[1])) main();
