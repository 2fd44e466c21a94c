/**
 * Runs long work in slices of a few milliseconds and yields to the page between them, so that
 * the reader never feels a block (the budget is no main-thread task over 50 ms from us, even on
 * a 10 MB page). Between slices the page gets its turn: input, its own tasks, and rendering when
 * a frame is due.
 */

/** Work per slice. Well under 50 ms, so a slice plus a page task rarely adds up to a long one. */
export const SLICE_MS = 8;

export type Step = (hasTime: () => boolean) => boolean;

export interface Slicer {
  /** Calls `step` in slices until it returns true (done). Rejects with `Cancelled` when cancelled. */
  run(step: Step): Promise<void>;
  cancel(): void;
  readonly cancelled: boolean;
}

export class Cancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'Cancelled';
  }
}

/**
 * A MessageChannel task: unlike `setTimeout(0)` it is not clamped to 4 ms, and it queues behind
 * the page's own tasks, so the page gets its turn between our slices. (Idle callbacks waited up
 * to their timeout on a busy page: a 1 MB page took half a second for 10 ms of work.
 * `scheduler.yield()` continuations run ahead of the page's tasks: a page-side MessageChannel
 * ping did not get through once while a 10 MB page was highlighted.)
 */
function defaultYield(win: Window): () => Promise<void> {
  const Channel = (win as Window & { MessageChannel?: typeof MessageChannel }).MessageChannel ?? globalThis.MessageChannel;
  if (typeof Channel !== 'function') return () => new Promise((resolve) => win.setTimeout(resolve, 0));
  return () =>
    new Promise((resolve) => {
      const channel = new Channel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
}

export interface SlicerOptions {
  win?: Window;
  sliceMs?: number;
  /** How to give the page its turn (tests may pass a synchronous-looking one). */
  yieldToPage?: () => Promise<void>;
}

export function createSlicer(opts: SlicerOptions = {}): Slicer {
  const win = opts.win ?? window;
  const sliceMs = opts.sliceMs ?? SLICE_MS;
  const yieldToPage = opts.yieldToPage ?? defaultYield(win);
  const now = () => win.performance?.now() ?? Date.now();
  let cancelled = false;

  return {
    async run(step) {
      for (;;) {
        // Yield first as well: whatever ran before in this task (finding the article, the
        // previous phase of a scan) does not add up with this slice into one long task.
        await yieldToPage();
        if (cancelled) throw new Cancelled();
        const end = now() + sliceMs;
        if (step(() => !cancelled && now() < end)) return;
      }
    },
    cancel() {
      cancelled = true;
    },
    get cancelled() {
      return cancelled;
    },
  };
}
