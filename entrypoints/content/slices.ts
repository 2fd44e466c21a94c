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

/**
 * Our JavaScript plus the rendering it causes, per frame, when undoing DOM work. Removing
 * highlights is cheap in script (~4 µs each) but each one costs the next frame a relayout of
 * the text around it (~13 µs each on a dense 1 MB page in Chromium): cut by script time alone,
 * a slice of 8 ms made a 40 ms frame. Well under one 60 Hz frame, so the page keeps scrolling.
 */
export const FRAME_BUDGET_MS = 12;

export interface FramePacerOptions {
  win?: Window;
  budgetMs?: number;
  /** Units done in the first slice, before any cost was measured. */
  firstUnits?: number;
  /** Least units per slice, so that a page busy rendering on its own still sees progress. */
  minUnits?: number;
  /**
   * Waits for the next frame to be rendered; resolves with how long its rendering took (ms),
   * or null when no frame came (hidden tab: rendering is paused). Tests pass their own.
   */
  afterNextFrame?: () => Promise<number | null>;
  /** The clock for script time (tests pass their own). */
  now?: () => number;
}

/** Waits longer than this for a frame and the tab is taken as hidden. */
const FRAME_TIMEOUT_MS = 200;

/**
 * `requestAnimationFrame` runs just before the frame's style, layout and paint; a task posted
 * from it runs after them. The time between the two is what the frame cost to render.
 */
function defaultAfterNextFrame(win: Window): () => Promise<number | null> {
  const now = () => win.performance.now();
  const task = defaultYield(win);
  return () =>
    new Promise((resolve) => {
      if (win.document.visibilityState === 'hidden') {
        resolve(null);
        return;
      }
      const timer = win.setTimeout(() => resolve(null), FRAME_TIMEOUT_MS);
      win.requestAnimationFrame(() => {
        win.clearTimeout(timer);
        const start = now();
        void task().then(() => resolve(now() - start));
      });
    });
}

/**
 * Runs `step` once per frame, right after the frame, until it returns true (done). `step` gets
 * a `hasTime()` to ask before each unit of work; the number of units per slice adapts so that
 * the slice's script time plus the rendering it causes in the next frame stay within the budget.
 * Where no frame comes (a hidden tab, where nobody sees the work and rendering waits anyway),
 * it finishes in one go. `shouldStop()` ends it early (resolves false).
 */
export async function runInFrames(
  step: Step,
  shouldStop: () => boolean,
  opts: FramePacerOptions = {},
): Promise<boolean> {
  const win = opts.win ?? window;
  const budget = opts.budgetMs ?? FRAME_BUDGET_MS;
  const minUnits = opts.minUnits ?? 20;
  const afterNextFrame = opts.afterNextFrame ?? defaultAfterNextFrame(win);
  const now = opts.now ?? (() => win.performance.now());
  // A unit can be a text node holding a dozen highlights: start small, the next frames tell.
  let maxUnits = opts.firstUnits ?? 50;
  /** Cost (script + rendering) per unit, ms; learnt from the slices so far. */
  let perUnit: number | null = null;
  let lastUnits = 0;
  let lastScriptMs = 0;

  for (;;) {
    const renderMs = await afterNextFrame();
    if (shouldStop()) return false;
    if (renderMs === null) {
      step(() => true);
      return true;
    }
    if (lastUnits > 0) {
      const measured = (lastScriptMs + renderMs) / lastUnits;
      // Smoothed: one frame can be slow for reasons of the page's own.
      perUnit = perUnit === null ? measured : (perUnit + measured) / 2;
      maxUnits = Math.max(minUnits, Math.floor(budget / perUnit));
    }
    const start = now();
    let units = 0;
    const hasTime = () => {
      // The first unit always goes: a single slow one must not stall the removal.
      if (units >= maxUnits || (units > 0 && now() - start >= budget)) return false;
      units++;
      return true;
    };
    const done = step(hasTime);
    lastUnits = units;
    lastScriptMs = now() - start;
    if (done) return true;
  }
}
