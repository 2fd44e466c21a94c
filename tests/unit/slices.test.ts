import { describe, expect, it } from 'vitest';
import { runInFrames } from '../../entrypoints/content/slices';

/**
 * Frame pacing for undoing DOM work: one slice per frame, sized by what the previous slices
 * cost in script and in the rendering that followed them.
 */

/** Script time stands still: only the rendering costs, so slice sizes are exact. */
const frozen = () => 0;

/** A page whose frames cost `perUnit` ms of rendering for every unit done before them. */
function fakePage(perUnit: number, opts: { hiddenAfter?: number } = {}) {
  let pending = 0;
  let frames = 0;
  return {
    afterNextFrame: async () => {
      frames++;
      if (opts.hiddenAfter !== undefined && frames > opts.hiddenAfter) return null;
      const ms = pending * perUnit;
      pending = 0;
      return ms;
    },
    did(units: number) {
      pending += units;
    },
    get frames() {
      return frames;
    },
  };
}

/** Work of `total` units; records how many each slice did. */
function work(total: number, page: ReturnType<typeof fakePage>) {
  let left = total;
  const slices: number[] = [];
  const step = (hasTime: () => boolean) => {
    let n = 0;
    while (left > 0 && hasTime()) {
      left--;
      n++;
    }
    page.did(n);
    slices.push(n);
    return left === 0;
  };
  return { step, slices, left: () => left };
}

describe('runInFrames', () => {
  it('sizes slices so that a slice and the rendering it causes fit the budget', async () => {
    // 0.125 ms of rendering per unit (exact in binary): 12 ms hold 96 units.
    const page = fakePage(0.125);
    const w = work(2000, page);
    const done = await runInFrames(w.step, () => false, { budgetMs: 12, firstUnits: 500, afterNextFrame: page.afterNextFrame, now: frozen });
    expect(done).toBe(true);
    expect(w.left()).toBe(0);
    expect(w.slices[0]).toBe(500);
    const later = w.slices.slice(2, -1);
    expect(later.length).toBeGreaterThan(3);
    for (const n of later) expect(n).toBe(96);
  });

  it('keeps a floor of units per slice when frames are slow for other reasons', async () => {
    const page = fakePage(5);
    const w = work(200, page);
    await runInFrames(w.step, () => false, { budgetMs: 12, firstUnits: 50, minUnits: 20, afterNextFrame: page.afterNextFrame, now: frozen });
    expect(w.left()).toBe(0);
    expect(Math.min(...w.slices.slice(0, -1))).toBe(20);
  });

  it('finishes in one go when no frame comes (hidden tab)', async () => {
    const page = fakePage(0.1, { hiddenAfter: 2 });
    const w = work(5000, page);
    const done = await runInFrames(w.step, () => false, { firstUnits: 100, afterNextFrame: page.afterNextFrame, now: frozen });
    expect(done).toBe(true);
    expect(w.left()).toBe(0);
    expect(w.slices).toHaveLength(3);
    expect(w.slices[2]).toBeGreaterThan(4000);
  });

  it('stops between slices when told to, without doing more', async () => {
    const page = fakePage(0.01);
    const w = work(10_000, page);
    let stop = false;
    const run = runInFrames(
      (hasTime) => {
        const finished = w.step(hasTime);
        if (w.slices.length === 3) stop = true;
        return finished;
      },
      () => stop,
      { firstUnits: 100, afterNextFrame: page.afterNextFrame, now: frozen },
    );
    expect(await run).toBe(false);
    expect(w.slices).toHaveLength(3);
    expect(w.left()).toBeGreaterThan(0);
  });
});
