import { MARK_TAG } from './exclusions';

/**
 * The highlights the reader can see (with a screen's height of margin above and below), to
 * remove them before the others. Found by bisecting the highlights in document order on their
 * boxes: a dozen `getBoundingClientRect` calls on a laid-out page rather than one per highlight.
 * Document order follows the screen in ordinary flow; where it does not (columns, fixed or
 * scrolled boxes) a highlight on screen may simply go a few frames later with the rest.
 */

/** At most this many go in the switch-off's own task (a very dense or very tall screen). */
export const MAX_ON_SCREEN = 1500;

/** First index in [0, n) for which `after(i)` holds, given that it holds for a suffix. */
function firstWhere(n: number, after: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (after(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export function onScreen(doc: Document, win: Window, max = MAX_ON_SCREEN): Element[] {
  const marks = doc.querySelectorAll(MARK_TAG);
  const height = win.innerHeight;
  if (marks.length === 0 || !(height > 0)) return [];
  const top = (i: number) => marks[i]!.getBoundingClientRect().top;
  const bottom = (i: number) => marks[i]!.getBoundingClientRect().bottom;
  const from = firstWhere(marks.length, (i) => bottom(i) >= -height);
  const to = Math.min(firstWhere(marks.length, (i) => top(i) > 2 * height), from + max);
  const out: Element[] = [];
  for (let i = from; i < to; i++) out.push(marks[i]!);
  return out;
}
