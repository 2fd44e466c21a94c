import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';

/**
 * How many inputs each suite tried, and what it measured. Test files run in workers, so each
 * line is appended to a file that the global setup prints as one summary after the run.
 */

declare module 'vitest' {
  export interface ProvidedContext {
    tallyDir: string;
  }
}

export interface TallyLine {
  suite: string;
  /** Inputs tried (generated DOMs, texts, documents, stored values…). */
  inputs: number;
  /** Anything worth reading in the summary: worst time, sizes, failures found. */
  note?: string;
}

export function tally(line: TallyLine): void {
  const text = `${line.suite}: ${line.inputs} inputs${line.note ? ` · ${line.note}` : ''}`;
  console.log(`[robustness] ${text}`);
  appendFileSync(join(inject('tallyDir'), 'tally.jsonl'), `${JSON.stringify(line)}\n`);
}

/** Counts inputs seen by a property (fast-check may run a predicate more often while shrinking). */
export function counter(): { tick(): void; readonly n: number } {
  let n = 0;
  return {
    tick() {
      n++;
    },
    get n() {
      return n;
    },
  };
}

/**
 * `ELENS_ROBUSTNESS_SCALE=0.05` runs a twentieth of every suite's inputs (while writing tests);
 * the default, 1, is what `npm run test:robustness` promises.
 */
export function runs(n: number): number {
  const scale = Number(process.env.ELENS_ROBUSTNESS_SCALE ?? 1);
  return Math.max(1, Math.round(n * (Number.isFinite(scale) && scale > 0 ? scale : 1)));
}

/** fast-check seed: fixed by `ELENS_FC_SEED` to replay a run, else new each run (printed). */
export const SEED = Number(process.env.ELENS_FC_SEED ?? Date.now() % 2 ** 31);
