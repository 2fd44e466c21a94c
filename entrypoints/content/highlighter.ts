import type { Matcher } from '../../glossary/matcher';
import { createTopicCounter, type TopicCounter } from '../../glossary/topic';
import type { HighlightStyle, Occurrences } from '../../utils/settings-schema';
import { isExcludedElement, isInsideExcluded } from './exclusions';
import { createLedger, type Occurrence, type Piece, type Removal } from './ledger';
import { choose, type Found } from './plan';
import { readBatches, type Segment } from './segments';
import type { Slicer } from './slices';

/**
 * Highlights glossary terms in parts of a page, in three steps per scan:
 * 1. read the text in slices and find every match with the one compiled pattern (cheap), while
 *    the topic gate counts its evidence;
 * 2. choose what to wrap: the first occurrence of each term (or all of them), and ambiguous
 *    terms only when the page is about encryption or surveillance;
 * 3. wrap only those, right to left, in slices (DOM writes are the expensive part).
 * Scans run one after another; the first-occurrence bookkeeping carries over from scan to scan
 * (content appended later only gets terms not highlighted yet).
 */

/** Text matched per regex call: large enough to amortise the call, small enough for a slice. */
const BATCH_CHARS = 64 * 1024;

/**
 * Each frame that follows DOM writes lays out again the blocks we touched and their ancestors.
 * On a 10 MB single-article page that frame cost 70–80 ms in a Chromium trace whether a slice
 * had made 10 wraps or 40 (layout 20 ms, pre-paint 45 ms: it walks the article's thousands of
 * children either way), so wrapping is not spread thin: the wrapping starts on a slice of its
 * own (not on the tail of the slice that finished reading) and may take up to `WRAP_SLICE_MS`,
 * so that the usual first-occurrence pass (a few dozen to a hundred wraps) touches the page in
 * a single frame. Spread over three slices it had cost three such frames back to back, one
 * 250 ms block.
 */
export const WRAP_SLICE_MS = 20;

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export type Mutate = <T>(write: () => T) => T;

export interface HighlighterOptions {
  matcher: Matcher;
  occurrences: Occurrences;
  /** Look of the highlights (a `data-elens-style` on each mark, see styles.ts). */
  style?: HighlightStyle;
  slicer: Slicer;
  /** Runs our DOM writes, so that a MutationObserver can tell them from the page's. */
  mutate?: Mutate;
}

export interface ScanResult {
  /** Highlights added by this scan. */
  added: number;
  onTopic: boolean;
  /** This scan's text tipped the page on topic (earlier scans skipped its ambiguous terms). */
  tipped: boolean;
  /** False when the scan was superseded (reset) before it finished. */
  completed: boolean;
}

export interface ScanOptions {
  /**
   * The roots are the whole article, read afresh: the topic gate starts over instead of adding
   * this text to what it read before (a new article, or the same one read again).
   */
  whole?: boolean;
}

export interface Highlighter {
  /** Scans the given subtrees (after any scan already queued). */
  scan(roots: readonly Node[], opts?: ScanOptions): Promise<ScanResult>;
  /** Stops queued and running scans, removes every highlight and restores the DOM exactly. */
  clear(): void;
  /**
   * Stops queued and running scans like `clear()`, but hands the highlights over to a removal
   * in steps instead of restoring them now (the highlighter starts afresh either way).
   */
  release(): Removal;
  setOccurrences(mode: Occurrences): void;
  /** Restyles the highlights already there and the ones to come. */
  setStyle(style: HighlightStyle): void;
  readonly onTopic: boolean;
  /** Number of highlighted occurrences (a term spanning elements counts once). */
  readonly count: number;
}

/** The pieces of `segment` that [start, end) covers. */
export function piecesOf(segment: Segment, start: number, end: number): Piece[] {
  const { nodes, starts } = segment;
  // Last node starting at or before `start` (binary search: segments can hold many nodes).
  let lo = 0;
  let hi = nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= start) lo = mid;
    else hi = mid - 1;
  }
  const pieces: Piece[] = [];
  for (let i = lo; i < nodes.length && starts[i]! < end; i++) {
    const node = nodes[i]!;
    const from = Math.max(start - starts[i]!, 0);
    const to = Math.min(end - starts[i]!, node.data.length);
    if (to > from) pieces.push({ node, from, to });
  }
  return pieces;
}

/** Roots worth reading: connected, not excluded, not inside another root. */
function usableRoots(roots: readonly Node[]): Node[] {
  const ok = roots.filter(
    (r) =>
      r.isConnected &&
      (r.nodeType === Node.TEXT_NODE || r.nodeType === Node.ELEMENT_NODE) &&
      !(r.nodeType === Node.ELEMENT_NODE && isExcludedElement(r as Element)) &&
      !isInsideExcluded(r),
  );
  const set = new Set(ok);
  // Up the ancestors rather than root against root: a burst of mutations brings many roots.
  return [...set].filter((r) => {
    for (let p = r.parentNode; p; p = p.parentNode) if (set.has(p)) return false;
    return true;
  });
}

export function createHighlighter(opts: HighlighterOptions): Highlighter {
  const { matcher, slicer } = opts;
  const mutate: Mutate = opts.mutate ?? ((write) => write());
  let occurrences = opts.occurrences;
  const ledger = createLedger(opts.style);
  let topic: TopicCounter = createTopicCounter();
  let onTopic = false;
  /** Bumped by clear(): scans of an older generation stop at their next slice. */
  let generation = 0;
  let queue: Promise<unknown> = Promise.resolve();

  async function runScan(roots: readonly Node[], gen: number, scanOpts: ScanOptions): Promise<ScanResult> {
    const stale = () => gen !== generation;
    const aborted: ScanResult = { added: 0, onTopic, tipped: false, completed: false };
    if (stale()) return aborted;
    if (scanOpts.whole) {
      topic = createTopicCounter();
      onTopic = false;
    }

    // 1. Read and match, a batch of segments per regex call (one call per paragraph cost more
    // in calls than in matching).
    const found: Found[] = [];
    const onBatch = (batch: Segment) => {
      const matches = matcher.find(batch.text);
      topic.add(batch.text, matches);
      if (matches.length > 0) found.push({ segment: batch, matches });
    };
    const readers = usableRoots(roots).map((root) => readBatches(root, BATCH_CHARS));
    let reading = 0;
    let chosen: Occurrence[] | null = null;
    let tipped = false;
    let i = -1;
    let added = 0;
    /** Wrapping begins on a fresh slice (see WRAP_SLICE_MS). */
    let wrapping = false;

    // Reading, choosing and wrapping run in one sequence of slices: a slice that finishes the
    // reading goes on to wrap while it has time, instead of giving up its turn and waiting for
    // the next task (a wait that a page with a frame due fills with rendering).
    await slicer.run((hasTime) => {
      if (stale()) return true;
      for (; reading < readers.length; reading++) {
        if (!readers[reading]!.next(hasTime, onBatch)) return false;
      }
      if (!chosen) {
        // Once judged on topic, a page stays so while content arrives: highlights never vanish.
        const wasOnTopic = onTopic;
        onTopic ||= topic.verdict().onTopic;
        tipped = onTopic && !wasOnTopic && !scanOpts.whole;

        // 2. Choose.
        const highlighted = ledger.prune();
        // When this text tipped the page, its ambiguous terms wait for the rescan of the whole
        // article that follows, so that the first occurrence in the article is the one highlighted.
        const seen = occurrences === 'first' ? highlighted : null;
        chosen = choose(found, onTopic && !tipped, seen).map(({ segment, match }) => ({
          id: match.id,
          pieces: piecesOf(segment, match.start, match.end),
          text: match.text,
        }));
        i = chosen.length - 1;
      }

      if (!wrapping) {
        wrapping = true;
        if (i >= 0) return false;
      }

      // 3. Wrap, last first: a split never moves the text of an occurrence still to come. The
      // wrap budget replaces the slicer's (a cancel or a clear still stops it at once).
      const list = chosen;
      const end = now() + WRAP_SLICE_MS;
      let first = true;
      // The first wrap always goes, so that a slow clock or a short budget still makes progress.
      const wrapTime = () => !slicer.cancelled && !stale() && (first || now() < end);
      mutate(() => {
        while (i >= 0 && wrapTime()) {
          first = false;
          if (ledger.wrap(list[i]!)) added++;
          i--;
        }
      });
      return i < 0;
    });
    // Superseded while reading: nothing was decided. While wrapping: what was added stays.
    if (!chosen) return aborted;
    return { added, onTopic, tipped, completed: !stale() };
  }

  return {
    scan(roots, scanOpts = {}) {
      const gen = generation;
      const run = queue.then(() => runScan(roots, gen, scanOpts));
      queue = run.catch(() => undefined);
      return run;
    },
    clear() {
      generation++;
      mutate(() => ledger.restoreAll());
    },
    release() {
      generation++;
      return ledger.detach();
    },
    setOccurrences(mode) {
      occurrences = mode;
    },
    setStyle(style) {
      mutate(() => ledger.setStyle(style));
    },
    get onTopic() {
      return onTopic;
    },
    get count() {
      return ledger.size;
    },
  };
}
