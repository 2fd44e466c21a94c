import { analyzeDocument, type AnalysisResult } from '../analysis';
import { CliError, parseHtml, readHtmlFile } from './load';

/**
 * `npm run analyze -- [--json] <file.html>`: the popup's analysis on a saved page.
 * With --json, stdout is exactly one JSON object; otherwise a summary for people.
 */

const USAGE = 'usage: npm run analyze -- [--json] <file.html>';

export interface AnalyzeJson {
  title: string;
  language: string;
  terms: Array<{ id: string; term: string; count: number; matched: string[] }>;
  positions: Array<{
    speaker: string;
    role: string;
    stance: string;
    confidence: number;
    reason: string;
    statements: Array<{ text: string; kind: 'direct' | 'indirect' }>;
  }>;
}

export function toJson(result: AnalysisResult): AnalyzeJson {
  return {
    title: result.title,
    language: result.language,
    terms: result.terms.map(({ id, term, count, matched }) => ({ id, term, count, matched })),
    positions: result.positions.map((p) => ({
      speaker: p.speaker,
      role: p.role,
      stance: p.stance,
      confidence: p.confidence,
      reason: p.reason,
      statements: p.statements.map(({ text, kind }) => ({ text, kind })),
    })),
  };
}

const STANCE_LABEL = { 'pro-access': 'for access', 'pro-encryption': 'for strong encryption', neutral: 'unclear' } as const;

export function summary(result: AnalysisResult): string {
  const lines: string[] = [];
  lines.push(result.title || '(untitled)');
  lines.push(`language: ${result.language} · ${result.wordCount} words`);
  lines.push('');
  lines.push(`Terms (${result.terms.length}):`);
  for (const t of result.terms) lines.push(`  ${t.term} ×${t.count}  [${t.matched.join(', ')}]`);
  const count = (s: string) => result.positions.filter((p) => p.stance === s).length;
  lines.push('');
  lines.push(`Positions: ${count('pro-access')} for access · ${count('pro-encryption')} for strong encryption · ${count('neutral')} unclear`);
  for (const p of result.positions) {
    lines.push(`  ${p.speaker}${p.role ? ` (${p.role})` : ''}: ${STANCE_LABEL[p.stance]}, confidence ${p.confidence.toFixed(2)}`);
    lines.push(`    why: ${p.reason}`);
    for (const s of p.statements) lines.push(`    ${s.kind === 'direct' ? '“' : '· '}${s.text}${s.kind === 'direct' ? '”' : ''}`);
  }
  return lines.join('\n');
}

export function runAnalyze(argv: readonly string[]): { stdout: string; code: number } {
  let json = false;
  const files: string[] = [];
  for (const arg of argv) {
    if (arg === '--json') json = true;
    else if (arg === '--help' || arg === '-h') return { stdout: USAGE, code: 0 };
    else if (arg.startsWith('-')) throw new CliError(`unknown option ${arg}\n${USAGE}`);
    else files.push(arg);
  }
  if (files.length !== 1) throw new CliError(files.length === 0 ? `no file given\n${USAGE}` : `one file at a time\n${USAGE}`);
  const file = files[0]!;
  const doc = parseHtml(readHtmlFile(file));
  const result = analyzeDocument(doc);
  if (!result) throw new CliError(`no article found in ${file}`);
  return { stdout: json ? JSON.stringify(toJson(result)) : summary(result), code: 0 };
}

function main(): void {
  try {
    const { stdout, code } = runAnalyze(process.argv.slice(2));
    process.stdout.write(`${stdout}\n`);
    process.exitCode = code;
  } catch (err) {
    const message = err instanceof CliError ? err.message : `analysis failed: ${err instanceof Error ? err.message : String(err)}`;
    process.stderr.write(`analyze: ${message.split('\n').join('\nanalyze: ')}\n`);
    process.exitCode = err instanceof CliError && /^(?:unknown option|no file given|one file)/.test(err.message) ? 2 : 1;
  }
}

if (process.argv[1] && /analyze\.[cm]?[tj]s$/.test(process.argv[1])) main();
