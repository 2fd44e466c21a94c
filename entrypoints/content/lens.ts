import type { Matcher } from '../../glossary/matcher';
import type { Prefs } from '../../utils/settings-schema';
import { isInsideExcluded } from './exclusions';
import { createHighlighter, type Highlighter } from './highlighter';
import type { Removal } from './ledger';
import { findArticleRegion } from './region';
import { Cancelled, createSlicer, runInFrames, type FramePacerOptions, type Slicer } from './slices';
import { onScreen } from './visible';
import { installHighlightStyle, type StyleHandle } from './styles';
import { createWatcher, type Batch, type Watcher } from './watch';

/**
 * The highlighter at work on one page: finds the article, highlights it, keeps up with content
 * the page adds later, follows single-page navigation, applies new preferences, and on `stop()`
 * leaves the DOM exactly as it found it.
 */

export type Status = 'highlighted' | 'off-topic' | 'no-article';

export interface LensOptions {
  matcher: Matcher;
  prefs: Prefs;
  doc?: Document;
  /** Called after every pass with the page's state; with null once stopped. */
  onStatus?(status: Status | null): void;
  slicer?: Slicer;
  /** Dynamic-content tuning (tests shorten the waits). */
  debounceMs?: number;
  /** Least time between two full rescans forced by mutation floods. */
  rescanEveryMs?: number;
  /** How `switchOff()` paces the removal (tests pass their own frames). */
  pacing?: FramePacerOptions;
}

export interface Lens {
  /** Highlights the page; resolves with the status after the first pass. */
  start(): Promise<Status>;
  update(prefs: Prefs): Promise<void>;
  /** The URL changed without a page load: a new article may have replaced the old. */
  navigated(): Promise<void>;
  /**
   * Removes every highlight (restoring the DOM exactly) and stops watching, now, in one go: for
   * an extension reload or update, which must leave the page clean before the script dies; also
   * finishes a `switchOff()` under way. Final.
   */
  stop(): void;
  /**
   * The reader switched the site off: stops watching, removes the highlights on screen at once
   * and the rest over the next frames, a few per frame, so that even 10,000 never block the
   * page. Resolves (and reports the null status) once the DOM is restored exactly. Final.
   */
  switchOff(): Promise<void>;
  /** Resolves once the work queued so far is done. */
  idle(): Promise<void>;
  readonly status: Status | null;
  readonly count: number;
}

export function createLens(opts: LensOptions): Lens {
  const doc = opts.doc ?? document;
  const win = doc.defaultView ?? window;
  let prefs = opts.prefs;
  const slicer = opts.slicer ?? createSlicer({ win });
  const rescanEveryMs = opts.rescanEveryMs ?? 1000;
  let watcher: Watcher | null = null;
  let style: StyleHandle | null = null;
  let region: Element | null = null;
  let status: Status | null = null;
  let stopped = false;
  /** Highlights on their way out after a switch-off (null once all are gone). */
  let removal: Removal | null = null;
  let pending: Promise<unknown> = Promise.resolve();
  let lastRescan = -Infinity;
  let rescanTimer: number | undefined;

  const highlighter: Highlighter = createHighlighter({
    matcher: opts.matcher,
    occurrences: prefs.occurrences,
    style: prefs.highlightStyle,
    slicer,
    mutate: (write) => (watcher ? watcher.guard(write) : write()),
  });

  function report(): void {
    if (stopped) return;
    status = region ? (highlighter.onTopic ? 'highlighted' : 'off-topic') : 'no-article';
    opts.onStatus?.(status);
  }

  function track<T>(work: Promise<T>): Promise<T> {
    pending = Promise.all([pending, work.catch(() => undefined)]);
    return work;
  }

  async function scan(roots: Node[], whole = false): Promise<void> {
    try {
      const result = await highlighter.scan(roots, { whole });
      // New text tipped the page on topic: the ambiguous terms skipped so far now qualify.
      if (result.completed && result.tipped && region) await highlighter.scan([region]);
    } catch (err) {
      if (!(err instanceof Cancelled)) throw err;
    }
    report();
  }

  function scanRegion(): Promise<void> {
    region = findArticleRegion(doc);
    if (!region) {
      report();
      return Promise.resolve();
    }
    return scan([region], true);
  }

  function rescanSoon(): void {
    if (rescanTimer !== undefined) return;
    const wait = Math.max(0, lastRescan + rescanEveryMs - Date.now());
    rescanTimer = win.setTimeout(() => {
      rescanTimer = undefined;
      if (stopped) return;
      lastRescan = Date.now();
      void track(scanRegion());
    }, wait);
  }

  /** Roots outside the region that are articles of their own (infinite scroll of stories). */
  function articlesIn(node: Node): Element[] {
    if (node.nodeType !== Node.ELEMENT_NODE) return [];
    const el = node as Element;
    const found = el.tagName === 'ARTICLE' ? [el] : [...el.getElementsByTagName('article')];
    return found.filter((a) => !isInsideExcluded(a));
  }

  function onBatch(batch: Batch): void {
    if (stopped) return;
    if (!region || !region.isConnected) {
      // The article was replaced (or only now arrived): start over on the new one.
      void track(scanRegion());
      return;
    }
    if (batch.flooded) {
      rescanSoon();
      return;
    }
    const roots: Node[] = [];
    for (const node of batch.added) {
      if (!node.isConnected) continue;
      if (region.contains(node)) {
        // A bare text node is read with its element, so phrases split across nodes still match.
        const parent = node.parentElement;
        roots.push(node.nodeType === Node.TEXT_NODE && parent && parent !== region ? parent : node);
      } else {
        roots.push(...articlesIn(node));
      }
    }
    if (roots.length > 0) void track(scan(roots));
  }

  /** Stops every source of new work: watching, scans, the flood rescan. */
  function quiet(): void {
    stopped = true;
    status = null;
    watcher?.disconnect();
    watcher = null;
    slicer.cancel();
    if (rescanTimer !== undefined) win.clearTimeout(rescanTimer);
  }

  /** The highlights are gone: drop their style and say so. */
  function finishRemoval(): void {
    removal = null;
    style?.remove();
    style = null;
    opts.onStatus?.(null);
  }

  return {
    async start() {
      style = installHighlightStyle(doc);
      watcher = createWatcher({
        // The whole document, not just <body>: some single-page apps swap <body> itself.
        target: doc.documentElement,
        onBatch,
        win,
        ...(opts.debounceMs !== undefined ? { debounceMs: opts.debounceMs } : {}),
      });
      await track(scanRegion());
      return status ?? 'no-article';
    },

    async update(next) {
      const before = prefs;
      prefs = next;
      if (stopped) return;
      if (next.highlightStyle !== before.highlightStyle) highlighter.setStyle(next.highlightStyle);
      if (next.occurrences !== before.occurrences) {
        highlighter.clear();
        highlighter.setOccurrences(next.occurrences);
        await track(scanRegion());
      }
    },

    async navigated() {
      if (stopped) return;
      await track(scanRegion());
    },

    stop() {
      if (stopped) {
        if (removal) {
          // A switch-off under way: the rest goes now.
          removal.finish();
          finishRemoval();
        }
        return;
      }
      quiet();
      highlighter.clear();
      finishRemoval();
    },

    async switchOff() {
      if (stopped) return;
      quiet();
      const leaving = highlighter.release();
      removal = leaving;
      // What the reader is looking at goes first, in this task; the rest in the next frames.
      // Usually that is all of them (a few dozen highlights): then it is over in this task too.
      for (const el of onScreen(doc, win)) leaving.restoreAt(el);
      const allDone = leaving.step(() => false);
      if (!allDone) await runInFrames(leaving.step, () => removal !== leaving, { win, ...opts.pacing });
      if (removal === leaving) finishRemoval();
    },

    async idle() {
      let seen: Promise<unknown> | null = null;
      // Work can queue more work (a batch, a rescan): wait until nothing new was added.
      while (seen !== pending) {
        seen = pending;
        await seen;
      }
    },

    get status() {
      return status;
    },
    get count() {
      return highlighter.count;
    },
  };
}
