import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AnalyzeReply, ParsedNotice } from './analyze-worker';

/**
 * One analysis thread that can be stopped: an input that runs past its limit is recorded as a
 * hang and the thread is replaced, so one hang does not stall every input after it.
 */

export type Outcome = AnalyzeReply | { id: number; ok: false; error: 'timeout'; stack: string; ms: number };

export interface Limits {
  /** For jsdom to parse the page (not our code, but it must end too). */
  parseMs: number;
  /** For the analysis, once parsed. */
  analyzeMs: number;
}

// Paths, not URL objects: under jsdom the global URL is jsdom's, which Node's Worker refuses.
const HERE = dirname(fileURLToPath(import.meta.url));
const BOOT = join(HERE, 'boot.mjs');
const MODULE = pathToFileURL(join(HERE, 'analyze-worker.ts')).href;

export interface AnalyzerThread {
  analyze(html: string, limits: Limits): Promise<Outcome & { ms: number }>;
  close(): Promise<void>;
}

export function createAnalyzerThread(): AnalyzerThread {
  let worker: Worker | null = null;
  let ready: Promise<void> = Promise.resolve();
  let nextId = 0;

  function start(): Worker {
    // 1 MB of stack, like Node's main thread (the CLI) rather than a worker's default 4 MB.
    const w = new Worker(BOOT, { workerData: { module: MODULE }, resourceLimits: { stackSizeMb: 1 } });
    // Loading TypeScript, jsdom and the glossary is not part of any input's time.
    ready = new Promise((resolve, reject) => {
      w.once('message', () => resolve());
      w.once('error', reject);
    });
    return w;
  }

  return {
    async analyze(html, limits) {
      worker ??= start();
      const w = worker;
      await ready;
      const id = nextId++;
      const t0 = performance.now();
      return new Promise((resolve) => {
        const done = (outcome: Outcome) => {
          clearTimeout(timer);
          w.off('message', onMessage);
          w.off('error', onError);
          resolve({ ...outcome, ms: performance.now() - t0 });
        };
        const onTimeout = (phase: string, ms: number) => () => {
          worker = null;
          void w.terminate();
          done({ id, ok: false, error: 'timeout', stack: `${phase} took over ${ms} ms`, ms });
        };
        let timer = setTimeout(onTimeout('parsing', limits.parseMs), limits.parseMs);
        const onMessage = (reply: AnalyzeReply | ParsedNotice) => {
          if (reply.id !== id) return;
          if ('parsed' in reply) {
            clearTimeout(timer);
            timer = setTimeout(onTimeout('analysis', limits.analyzeMs), limits.analyzeMs);
          } else done(reply);
        };
        const onError = (err: Error) => {
          // The thread itself died (out of memory, a crash in native code): as bad as a throw.
          worker = null;
          done({ id, ok: false, error: `worker died: ${err.message}`, stack: err.stack ?? '' });
        };
        w.on('message', onMessage);
        w.on('error', onError);
        w.postMessage({ id, html });
      });
    },
    async close() {
      await worker?.terminate();
      worker = null;
    },
  };
}
