/** Small statistics for benchmark figures (pure, unit-tested). */

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function max(xs: readonly number[]): number {
  return xs.length ? Math.max(...xs) : 0;
}

export function sum(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}

/** Rounds to `digits` decimals (figures in reports, not in computations). */
export function round(x: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

export interface Interval {
  start: number;
  end: number;
}

/** Merges overlapping intervals (nested trace events become one span of busy time). */
export function union(intervals: readonly Interval[]): Interval[] {
  const s = [...intervals].filter((i) => i.end > i.start).sort((a, b) => a.start - b.start);
  const out: Interval[] = [];
  for (const i of s) {
    const last = out[out.length - 1];
    if (last && i.start <= last.end) last.end = Math.max(last.end, i.end);
    else out.push({ ...i });
  }
  return out;
}

/** Total length of the parts of `spans` (already merged) that fall inside `window`. */
export function overlap(spans: readonly Interval[], window: Interval): number {
  let total = 0;
  for (const s of spans) {
    const a = Math.max(s.start, window.start);
    const b = Math.min(s.end, window.end);
    if (b > a) total += b - a;
  }
  return total;
}
