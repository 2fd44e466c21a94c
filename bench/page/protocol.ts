/** What the page-side probe and the Node side of the bench agree on (no side effects here). */

export interface ProbeGap {
  start: number;
  end: number;
}

export interface ProbeState {
  /** performance.now() of the first bounce (DOMContentLoaded). */
  startedAt: number | null;
  ticks: number;
  gaps: ProbeGap[];
  /** Every change of data-elens-status, with its time. */
  status: Array<{ t: number; value: string | null }>;
}

/** Clock alignment: one instant seen both as a trace event and as a page time. */
export const SYNC_MARK = 'elens-bench:probe-start';
