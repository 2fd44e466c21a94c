import { parentPort } from 'node:worker_threads';
import { analyzeDocument } from '../../../analysis';
import { parseHtml } from '../../../cli/load';

/**
 * Runs the analysis on one page per message, in its own thread, so that the suite can time
 * each input and stop an input that hangs (a hung analysis cannot be interrupted in-thread).
 */

export interface AnalyzeRequest {
  id: number;
  html: string;
}

/** Sent between the two phases, so the suite can time parsing (jsdom's) and analysis (ours) apart. */
export interface ParsedNotice {
  id: number;
  parsed: true;
}

export type AnalyzeReply =
  | { id: number; ok: true; article: boolean; terms: number; positions: number; parseMs: number; analyzeMs: number }
  | { id: number; ok: false; error: string; stack: string };

parentPort!.on('message', ({ id, html }: AnalyzeRequest) => {
  let reply: AnalyzeReply;
  let phase = 'parsing';
  try {
    const t0 = performance.now();
    const doc = parseHtml(html);
    const t1 = performance.now();
    parentPort!.postMessage({ id, parsed: true } satisfies ParsedNotice);
    phase = 'analysis';
    const result = analyzeDocument(doc);
    const t2 = performance.now();
    // Everything the popup would show must survive a structured copy (it crosses a message).
    phase = 'copying the result';
    structuredClone(result);
    reply = {
      id,
      ok: true,
      article: result !== null,
      terms: result?.terms.length ?? 0,
      positions: result?.positions.length ?? 0,
      parseMs: t1 - t0,
      analyzeMs: t2 - t1,
    };
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    reply = { id, ok: false, error: `${e.name} in ${phase}: ${e.message}`, stack: e.stack ?? '' };
  }
  parentPort!.postMessage(reply);
});

// Builds the matcher and warms the patterns: one-off costs that belong to no input.
analyzeDocument(parseHtml(`<article><p>${'Officials said encryption would stay, a minister argued. '.repeat(5)}</p></article>`));
/** Loaded and listening: the suite starts its clock from here. */
parentPort!.postMessage({ ready: true });
