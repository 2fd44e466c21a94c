import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { analyzeDocument } from '../analysis';
import { CliError, parseHtml, readHtmlFile } from './load';
import { prf, scorePositions, termRecall, type Labels, type PositionScore } from './score';

/**
 * `npm run eval -- [--min-f1 X] [--json] <folder>...`: scores the analysis against every label
 * file (`elens-labels/1`) in the folders: precision, recall and F1 of speaker + stance per
 * article and overall (micro-averaged), and the share of labelled terms the matcher finds.
 */

const USAGE = 'usage: npm run eval -- [--min-f1 X] [--json] [--overall] <folder>...';

export interface ArticleReport {
  file: string;
  title: string;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  termRecall: number;
  termsFound: number;
  termsTotal: number;
  missingTerms: string[];
  spurious: PositionScore['spurious'];
  missed: Array<{ speaker: string; stance: string }>;
  ms: number;
  error?: string;
}

export interface EvalReport {
  articles: ArticleReport[];
  overall: { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number; termRecall: number; articles: number; errors: number };
  minF1: number | null;
  ok: boolean;
}

function labelFiles(folder: string): string[] {
  let entries: string[];
  try {
    if (!statSync(folder).isDirectory()) throw new CliError(`${folder} is not a folder`);
    entries = readdirSync(folder);
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError(`no such folder: ${folder}`);
  }
  return entries.filter((f) => f.endsWith('.json')).sort().map((f) => join(folder, f));
}

function readLabels(file: string): Labels | null {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== 'elens-labels/1') return null;
  const d = data as Labels;
  if (typeof d.page !== 'string' || !Array.isArray(d.positions)) throw new CliError(`${file}: labels without "page" or "positions"`);
  return { ...d, terms: Array.isArray(d.terms) ? d.terms : [] };
}

function evaluate(file: string, labels: Labels): ArticleReport {
  const page = resolve(file, '..', labels.page);
  const base = { file: basename(file), title: labels.title ?? '', tp: 0, fp: 0, fn: 0, precision: 0, recall: 0, f1: 0, termRecall: 0, termsFound: 0, termsTotal: labels.terms.length, missingTerms: [], spurious: [], missed: [], ms: 0 };
  try {
    const doc = parseHtml(readHtmlFile(page));
    const t0 = performance.now();
    const result = analyzeDocument(doc);
    const ms = performance.now() - t0;
    const positions = result?.positions ?? [];
    const score = scorePositions(positions.map((p) => ({ speaker: p.speaker, stance: p.stance })), labels.positions);
    const terms = termRecall(labels.terms, (result?.terms ?? []).flatMap((t) => t.matched));
    return {
      ...base,
      title: result?.title ?? base.title,
      tp: score.tp,
      fp: score.fp,
      fn: score.fn,
      ...prf(score.tp, score.fp, score.fn),
      termRecall: terms.total === 0 ? 1 : terms.found / terms.total,
      termsFound: terms.found,
      missingTerms: terms.missing,
      spurious: score.spurious,
      missed: score.missed.map((m) => ({ speaker: m.speaker, stance: m.stance })),
      ms,
    };
  } catch (err) {
    return { ...base, error: err instanceof Error ? err.message : String(err) };
  }
}

export function runEval(argv: readonly string[]): { report: EvalReport; json: boolean; overallOnly: boolean } {
  let minF1: number | null = null;
  let json = false;
  let overallOnly = false;
  const folders: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--overall') overallOnly = true;
    else if (arg === '--min-f1' || arg.startsWith('--min-f1=')) {
      const raw = arg.includes('=') ? arg.split('=')[1] : argv[++i];
      const value = Number(raw);
      if (raw === undefined || raw === '' || !Number.isFinite(value) || value < 0 || value > 1) throw new CliError(`--min-f1 needs a number between 0 and 1\n${USAGE}`);
      minF1 = value;
    } else if (arg.startsWith('-')) throw new CliError(`unknown option ${arg}\n${USAGE}`);
    else folders.push(arg);
  }
  if (folders.length === 0) throw new CliError(`no folder given\n${USAGE}`);
  const articles: ArticleReport[] = [];
  for (const folder of folders) {
    for (const file of labelFiles(folder)) {
      const labels = readLabels(file);
      if (labels) articles.push(evaluate(file, labels));
    }
  }
  if (articles.length === 0) throw new CliError(`no label files (elens-labels/1) in ${folders.join(', ')}`);
  const scored = articles.filter((a) => !a.error);
  const sum = (k: 'tp' | 'fp' | 'fn') => scored.reduce((n, a) => n + a[k], 0);
  const tp = sum('tp');
  const fp = sum('fp');
  const fn = sum('fn');
  const termsFound = scored.reduce((n, a) => n + a.termsFound, 0);
  const termsTotal = scored.reduce((n, a) => n + a.termsTotal, 0);
  const overall = { tp, fp, fn, ...prf(tp, fp, fn), termRecall: termsTotal === 0 ? 1 : termsFound / termsTotal, articles: articles.length, errors: articles.length - scored.length };
  const ok = overall.errors === 0 && (minF1 === null || overall.f1 >= minF1);
  return { report: { articles, overall, minF1, ok }, json, overallOnly };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}`.padStart(5);

/** `overallOnly`: the held-out sets are read by their overall line alone (never per article). */
export function formatReport(report: EvalReport, overallOnly = false): string {
  const lines: string[] = [];
  const width = Math.max(8, ...report.articles.map((a) => a.file.length));
  lines.push(`${'article'.padEnd(width)}   P      R      F1    terms   tp fp fn`);
  for (const a of overallOnly ? [] : report.articles) {
    if (a.error) {
      lines.push(`${a.file.padEnd(width)}   error: ${a.error}`);
      continue;
    }
    lines.push(`${a.file.padEnd(width)} ${pct(a.precision)}  ${pct(a.recall)}  ${pct(a.f1)}  ${pct(a.termRecall)}  ${String(a.tp).padStart(3)}${String(a.fp).padStart(3)}${String(a.fn).padStart(3)}`);
    for (const s of a.spurious) lines.push(`${''.padEnd(width)}   + ${s.speaker} (${s.stance}) matches no label`);
    for (const m of a.missed) lines.push(`${''.padEnd(width)}   - ${m.speaker} (${m.stance}) not found`);
    if (a.missingTerms.length) lines.push(`${''.padEnd(width)}   terms not found: ${a.missingTerms.join(', ')}`);
  }
  const o = report.overall;
  lines.push(`${'overall'.padEnd(width)} ${pct(o.precision)}  ${pct(o.recall)}  ${pct(o.f1)}  ${pct(o.termRecall)}  ${String(o.tp).padStart(3)}${String(o.fp).padStart(3)}${String(o.fn).padStart(3)}`);
  if (o.errors) lines.push(`${o.errors} article(s) could not be scored`);
  if (report.minF1 !== null) lines.push(report.ok ? `F1 ${pct(o.f1).trim()}% ≥ ${report.minF1 * 100}%: ok` : `F1 ${pct(o.f1).trim()}% is below the minimum ${report.minF1 * 100}%`);
  return lines.join('\n');
}

function main(): void {
  try {
    const { report, json, overallOnly } = runEval(process.argv.slice(2));
    process.stdout.write(`${json ? JSON.stringify(overallOnly ? { ...report, articles: [] } : report) : formatReport(report, overallOnly)}\n`);
    process.exitCode = report.ok ? 0 : 1;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`eval: ${message.split('\n').join('\neval: ')}\n`);
    process.exitCode = 2;
  }
}

if (process.argv[1] && /eval\.[cm]?[tj]s$/.test(process.argv[1])) main();
