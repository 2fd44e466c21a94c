import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/**
 * Which main-thread tasks of a page ran the extension's content script, and for how long.
 *
 * One Chromium trace (CDP `Tracing`) with two kinds of events on the same clock: `toplevel`
 * gives every task of the page's main thread with its duration, and V8's sampling profiler
 * (`disabled-by-default-v8.cpu_profiler`, a sample every ~0.2 ms) tells whose JavaScript ran
 * when, by script URL. A sample whose stack holds a frame of the content script is ours.
 * Sampling rather than script events, because most of the content script's work runs in
 * microtask continuations (after `await`, `scheduler.yield()`, a storage read) that no
 * `FunctionCall` event covers. (CDP's `Profiler` domain was tried first: its clock is not the
 * trace's.)
 *
 * The page's main thread is found through a user-timing mark the page makes (the probe's sync
 * mark), which also maps page time (performance.now) onto the trace clock.
 */

interface CallFrame {
  url?: string;
  functionName: string;
  lineNumber?: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  parent?: number;
}

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: {
    data?: {
      startTime?: number;
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
      stackTrace?: Array<{ url?: string }>;
    };
  };
}

export interface Recording {
  events: TraceEvent[];
}

const CHECKPOINT = 'BlinkScheduler_PerformMicrotaskCheckpoint';
/**
 * `devtools.timeline` gives the rendering phases (`UpdateLayoutTree`, `Layout`, `PrePaint`,
 * `Paint`); `disabled-by-default-devtools.timeline` the first invalidation that scheduled each
 * (`ScheduleStyleRecalculation`, `InvalidateLayout`), and its `.stack` companion the script
 * stack on those, which tells our DOM writes from the page's (the parser's carry no stack).
 * The same categories the DevTools performance panel records.
 */
const CATEGORIES = [
  'toplevel',
  'blink.user_timing',
  'disabled-by-default-v8.cpu_profiler',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.stack',
].join(',');
/** A sample stands for the time until the next one, but never more than this (ms). */
const MAX_SAMPLE_MS = 1;

export interface Trace {
  stop(): Promise<Recording>;
}

/** Starts the recording (browser-wide; `attribute` picks the page's thread by its sync mark). */
export async function startTrace(context: BrowserContext, page: Page, extraCategories: readonly string[] = []): Promise<Trace> {
  const cdp: CDPSession = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const categories = [CATEGORIES, ...extraCategories].join(',');
  await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
  return {
    async stop() {
      const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await complete;
      await cdp.detach().catch(() => undefined);
      return { events };
    },
  };
}

/** A main-thread task, in milliseconds of the trace clock. */
export interface Task {
  start: number;
  end: number;
  /** Time of it that was the extension's. */
  ours: number;
}

export interface Attribution {
  /** Tasks in which our content script ran. */
  ourTasks: Task[];
  tasks: number;
  /** Our busy time, summed over tasks. */
  busyMs: number;
  /** Start of our first and end of our last task (null when we never ran). */
  first: number | null;
  last: number | null;
  /** Trace clock minus page clock (ms); null when the sync mark is not in the trace. */
  pageOffset: number | null;
  /** Samples of ours outside any task of the main thread (should be ~0: a sanity check). */
  strayMs: number;
  /**
   * Rendering that our DOM writes caused: frame tasks whose `ours` is the part of their
   * rendering that follows our invalidations (see `renderingCausedBy`). Not in `busyMs`.
   */
  ourRendering: Task[];
}

type Owner = 'ours' | 'page' | 'none';

interface Sample {
  t: number;
  dt: number;
  owner: Owner;
  /** Frames from the innermost out, as "name file:line" (shared between samples). */
  stack: readonly string[];
}

function frameLabel(f: CallFrame): string {
  const name = f.functionName || '(anonymous)';
  if (!f.url) return name;
  return `${name} ${f.url.slice(f.url.lastIndexOf('/') + 1)}:${(f.lineNumber ?? 0) + 1}`;
}
/** Profiler pseudo-frames: the engine's own time, nobody's script. */
const ENGINE = new Set(['(root)', '(program)', '(idle)', '(garbage collector)']);

/** Samples of the profiles of one thread: time (ms), the time each stands for, and whose script ran. */
function samplesOf(events: readonly TraceEvent[], pid: number, tid: number, marker: string) {
  const ids = new Set(
    events.filter((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid).map((e) => e.id),
  );
  const out: Sample[] = [];
  for (const id of ids) {
    const head = events.find((e) => e.name === 'Profile' && e.pid === pid && e.id === id);
    const chunks = events.filter((e) => e.name === 'ProfileChunk' && e.pid === pid && e.id === id).sort((a, b) => a.ts - b.ts);
    const nodes = new Map<number, ProfileNode>();
    const samples: number[] = [];
    const deltas: number[] = [];
    for (const c of chunks) {
      for (const n of c.args?.data?.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
      samples.push(...(c.args?.data?.cpuProfile?.samples ?? []));
      deltas.push(...(c.args?.data?.timeDeltas ?? []));
    }
    const memo = new Map<number, boolean>();
    const isOurs = (nodeId: number): boolean => {
      const known = memo.get(nodeId);
      if (known !== undefined) return known;
      const node = nodes.get(nodeId);
      const v = !!node && ((node.callFrame.url ?? '').includes(marker) || (node.parent !== undefined && isOurs(node.parent)));
      memo.set(nodeId, v);
      return v;
    };
    const ownerOf = (nodeId: number): Owner => {
      if (isOurs(nodeId)) return 'ours';
      const name = nodes.get(nodeId)?.callFrame.functionName ?? '(root)';
      return ENGINE.has(name) ? 'none' : 'page';
    };
    const stacks = new Map<number, string[]>();
    const stackOf = (nodeId: number): string[] => {
      let stack = stacks.get(nodeId);
      if (!stack) {
        const node = nodes.get(nodeId);
        stack = node ? [frameLabel(node.callFrame), ...(node.parent !== undefined ? stackOf(node.parent) : [])] : [];
        stacks.set(nodeId, stack);
      }
      return stack;
    };
    let t = head?.args?.data?.startTime ?? head?.ts ?? 0;
    for (let i = 0; i < samples.length; i++) {
      t += deltas[i] ?? 0;
      const next = (deltas[i + 1] ?? 0) / 1000;
      const id = samples[i]!;
      out.push({ t: t / 1000, dt: Math.min(next || MAX_SAMPLE_MS / 5, MAX_SAMPLE_MS), owner: ownerOf(id), stack: stackOf(id) });
    }
  }
  return out.sort((a, b) => a.t - b.t);
}

/**
 * `marker` is a substring of the content script's URL (`chrome-extension://<id>/content-scripts/`);
 * `syncMark` the name of a user-timing mark made by the page during the recording.
 */
export function attribute(rec: Recording, marker: string, syncMark: string): Attribution {
  const mark = rec.events.find((e) => e.name === syncMark && typeof e.args?.data?.startTime === 'number');
  const empty: Attribution = { ourTasks: [], tasks: 0, busyMs: 0, first: null, last: null, pageOffset: null, strayMs: 0, ourRendering: [] };
  if (!mark) return empty;
  const pageOffset = mark.ts / 1000 - mark.args!.data!.startTime!;
  // Every top-level complete event of the thread is a task: scheduler tasks, and also IPC and
  // microtask checkpoints that run outside them. A checkpoint right after a task (Blink runs one
  // when a task completes) is part of that task: the thread was not free in between.
  const events = rec.events
    .filter((e) => e.pid === mark.pid && e.tid === mark.tid && e.ph === 'X' && (e.dur ?? 0) > 0)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const top: Task[] = [];
  for (const e of events) {
    const start = e.ts / 1000;
    const end = (e.ts + (e.dur ?? 0)) / 1000;
    const last = top[top.length - 1];
    if (last && start < last.end) {
      last.end = Math.max(last.end, end);
      continue;
    }
    if (last && e.name === CHECKPOINT && start - last.end < 0.1) {
      last.end = end;
      continue;
    }
    top.push({ start, end, ours: 0 });
  }
  // A task in which only our script ran is ours whole (its garbage collection and the engine's
  // work included); in a task shared with the page's script, our samples count.
  let strayMs = 0;
  let k = 0;
  const pageRan = new Set<Task>();
  for (const s of samplesOf(rec.events, mark.pid, mark.tid, marker)) {
    if (s.owner === 'none') continue;
    while (k < top.length && top[k]!.end < s.t) k++;
    const task = top[k];
    const inside = task !== undefined && task.start <= s.t;
    if (s.owner === 'page') {
      if (inside) pageRan.add(task);
      continue;
    }
    if (inside) task.ours += s.dt;
    else strayMs += s.dt;
  }
  for (const t of top) {
    if (t.ours > 0) t.ours = pageRan.has(t) ? Math.min(t.ours, t.end - t.start) : t.end - t.start;
  }
  const ourTasks = top.filter((t) => t.ours > 0);
  return {
    ourTasks,
    tasks: top.length,
    busyMs: ourTasks.reduce((a, t) => a + t.ours, 0),
    first: ourTasks[0]?.start ?? null,
    last: ourTasks[ourTasks.length - 1]?.end ?? null,
    pageOffset,
    strayMs,
    ourRendering: renderingCausedBy(
      rec.events.filter((e) => e.pid === mark.pid && e.tid === mark.tid),
      top,
      marker,
    ),
  };
}

const STYLE_INVALIDATION = 'ScheduleStyleRecalculation';
const LAYOUT_INVALIDATION = 'InvalidateLayout';
const STYLE_PHASE = 'UpdateLayoutTree';
const RENDER_PHASES = new Set([STYLE_PHASE, 'Layout', 'PrePaint', 'Paint']);

/**
 * Which frames of the thread our DOM writes caused, and how much of each. Blink records the
 * first invalidation that made style or layout dirty (with the script stack when a script did
 * it); the next frame does the work. A frame whose layout we alone invalidated is ours whole:
 * the layout, and the pre-paint, paint and commit it brings. A frame whose style only we
 * invalidated (inserting our stylesheet: Blink walks every element of the document for the
 * new rules) has its style phase ours. Rendering the page invalidated, or that nobody
 * invalidated in the trace (a frame after load), is the page's. Caveat: only the first
 * invalidation per frame is recorded, so a page that invalidated after us is missed.
 * Forced (synchronous) style and layout inside our own tasks is already in `ourTasks`.
 */
export function renderingCausedBy(thread: readonly TraceEvent[], tasks: readonly Task[], marker: string): Task[] {
  const ms = (e: TraceEvent) => e.ts / 1000;
  const byUs = (e: TraceEvent) => (e.args?.data?.stackTrace ?? []).some((f) => (f.url ?? '').includes(marker));
  const sorted = [...thread].sort((a, b) => a.ts - b.ts);
  const invalidations = sorted.filter((e) => e.name === STYLE_INVALIDATION || e.name === LAYOUT_INVALIDATION);
  const phases = sorted.filter((e) => e.ph === 'X' && RENDER_PHASES.has(e.name));
  const out: Task[] = [];
  let p = 0;
  let inv = 0;
  for (const task of [...tasks].sort((a, b) => a.start - b.start)) {
    while (p < phases.length && ms(phases[p]!) < task.start) p++;
    const inside: TraceEvent[] = [];
    for (let q = p; q < phases.length && ms(phases[q]!) < task.end; q++) inside.push(phases[q]!);
    if (inside.length === 0) continue;
    // The invalidations since the previous frame, up to this frame's first phase.
    const recent: TraceEvent[] = [];
    for (; inv < invalidations.length && ms(invalidations[inv]!) < ms(inside[0]!); inv++) recent.push(invalidations[inv]!);
    // Our own task, forced style or layout included, is counted already.
    if (task.ours > 0) continue;
    const onlyUs = (name: string) => {
      const of = recent.filter((e) => e.name === name);
      return of.length > 0 && of.every(byUs);
    };
    let ours = 0;
    if (onlyUs(LAYOUT_INVALIDATION)) ours = task.end - task.start;
    else if (onlyUs(STYLE_INVALIDATION)) {
      ours = inside.filter((e) => e.name === STYLE_PHASE).reduce((a, e) => a + (e.dur ?? 0) / 1000, 0);
    }
    if (ours > 0) out.push({ start: task.start, end: task.end, ours });
  }
  return out;
}

export interface FunctionTime {
  fn: string;
  selfMs: number;
  totalMs: number;
}

/**
 * Where the time of the given tasks went (all samples in them, ours or not), per function:
 * self time (innermost frame) and total time (anywhere on the stack). For profiling a missed
 * budget; an unminified build gives readable names.
 */
export function functionTimes(rec: Recording, tasks: readonly Task[], syncMark: string, marker = ''): FunctionTime[] {
  const mark = rec.events.find((e) => e.name === syncMark);
  if (!mark) return [];
  const by = new Map<string, FunctionTime>();
  const sorted = [...tasks].sort((a, b) => a.start - b.start);
  let k = 0;
  for (const s of samplesOf(rec.events, mark.pid, mark.tid, marker)) {
    while (k < sorted.length && sorted[k]!.end < s.t) k++;
    const task = sorted[k];
    if (!task || task.start > s.t) continue;
    s.stack.forEach((fn, i) => {
      if (fn === '(root)' || s.stack.indexOf(fn) !== i) return;
      const f = by.get(fn) ?? { fn, selfMs: 0, totalMs: 0 };
      f.totalMs += s.dt;
      if (i === 0) f.selfMs += s.dt;
      by.set(fn, f);
    });
  }
  return [...by.values()].sort((a, b) => b.selfMs - a.selfMs);
}
