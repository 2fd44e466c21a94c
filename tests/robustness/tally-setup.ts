import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import type { TallyLine } from './tally';

/** Gives the suites a place to write their counts and prints them together at the end. */
export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'elens-robustness-'));
  project.provide('tallyDir', dir);
  return () => {
    let lines: TallyLine[] = [];
    try {
      lines = readFileSync(join(dir, 'tally.jsonl'), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as TallyLine);
    } catch {
      // No suite got as far as counting (all filtered out or failed early).
    }
    rmSync(dir, { recursive: true, force: true });
    if (lines.length === 0) return;
    const total = lines.reduce((sum, l) => sum + l.inputs, 0);
    const out = ['', 'Robustness summary (inputs tried per suite):'];
    for (const l of lines) out.push(`  ${l.suite.padEnd(44)} ${String(l.inputs).padStart(7)}${l.note ? `  ${l.note}` : ''}`);
    out.push(`  ${'total'.padEnd(44)} ${String(total).padStart(7)}`, '');
    process.stdout.write(`${out.join('\n')}\n`);
  };
}
