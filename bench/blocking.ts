import { overlap, type Interval } from './stats';
import type { Task } from './trace';

/**
 * Which main-thread blocks the reader would blame on us (pure).
 *
 * A probe gap over the limit is ours when the page alone would not have made it: our work
 * inside the gap is at least the excess (gap − ours ≤ limit). A 200 ms layout of a 10 MB page
 * with 8 ms of ours in it is the page's; an 80 ms gap made of 60 ms of ours is ours. "Our work"
 * is our script and the rendering our DOM writes caused (`Attribution.ourRendering`): a 70 ms
 * relayout after our wraps is ours although no script of ours runs in it.
 */

export const BLOCK_LIMIT_MS = 50;

export interface Block extends Interval {
  ms: number;
  /** Our work inside the gap (ms), or null when the clocks could not be aligned. */
  oursMs: number | null;
  ours: boolean;
}

/**
 * `gaps` are in page time; `ourTasks` in trace time; `offset` = trace − page (ms).
 * A task only partly ours counts in proportion to its overlap with the gap.
 */
export function classifyGaps(
  gaps: readonly Interval[],
  ourTasks: readonly Task[],
  offset: number | null,
  limit = BLOCK_LIMIT_MS,
): Block[] {
  return gaps.map((g) => {
    const ms = g.end - g.start;
    if (offset === null) return { ...g, ms, oursMs: null, ours: false };
    const window = { start: g.start + offset, end: g.end + offset };
    let oursMs = 0;
    for (const t of ourTasks) {
      const len = t.end - t.start;
      if (len <= 0) continue;
      oursMs += overlap([t], window) * (t.ours / len);
    }
    return { ...g, ms, oursMs, ours: ms > limit && ms - oursMs <= limit };
  });
}

export interface BlockSummary {
  /** Gaps over the limit, whoever caused them. */
  count: number;
  longestMs: number;
  /** Gaps over the limit that are ours. */
  oursCount: number;
  oursLongestMs: number;
}

export function summarizeBlocks(blocks: readonly Block[], limit = BLOCK_LIMIT_MS): BlockSummary {
  const over = blocks.filter((b) => b.ms > limit);
  const ours = over.filter((b) => b.ours);
  return {
    count: over.length,
    longestMs: Math.max(0, ...over.map((b) => b.ms)),
    oursCount: ours.length,
    oursLongestMs: Math.max(0, ...ours.map((b) => b.ms)),
  };
}

/** Our longest single stretch of main-thread work (ms): a block we cause on an otherwise idle page. */
export function longestOwnTask(tasks: readonly Task[]): number {
  return Math.max(0, ...tasks.map((t) => t.ours));
}

/** Tasks (or the parts) inside a window of the trace clock. */
export function tasksWithin(tasks: readonly Task[], window: Interval): Task[] {
  return tasks.filter((t) => t.end > window.start && t.start < window.end);
}
