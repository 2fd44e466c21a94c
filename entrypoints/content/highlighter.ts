import type { Matcher } from '../../glossary/matcher';
import { createTopicCounter, type TopicCounter } from '../../glossary/topic';
import type { Occurrences } from '../../utils/settings-schema';
import { isExcludedElement, isInsideExcluded } from './exclusions';
import { createLedger, type Occurrence, type Piece } from './ledger';
import { choose, type Found } from './plan';
import { readSegments, type Segment } from './segments';
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

/** Joins segments for matching: not a letter, not a separator, in no form. */
const BOUNDARY = '\u0000';
/** Text matched per regex call: large enough to amortise the call, small enough for a slice. */
const BATCH_CHARS = 64 * 1024;

/**
 * Each frame that follows DOM writes lays out again the blocks we touched and their ancestors.
 * On a 10 MB single-article page that relayout cost 30–80 ms whether a slice had made 10 wraps
 * or 500 (measured in Chromium: it walks the article's thousands of children either way), so
 * wrapping is not spread thin: a slice wraps as much as its time allows, and the usual first-
 * occurrence pass (a few dozen wraps) touches the page in a single frame.
 */

export type Mutate = <T>(write: () => T) => T;

export interface HighlighterOptions {
  matcher: Matcher;
  occurrences: Occurrences;
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
  setOccurrences(mode: Occurrences): void;
  readonly onTopic: boolean;
  /** Number of highlighted occurrences (a term spanning elements counts once). */
  readonly count: number;
}

/** The pieces of `segment` that [start, end) covers. */
function piecesOf(segment: Segment, start: number, end: number): Piece[] {
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
  const ledger = createLedger();
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

    // 1. Read and match. Segments are matched in batches joined by a character that no form
    // contains and that is not a letter (so it bounds words): one regex call per batch instead
    // of one per paragraph.
    const found: Found[] = [];
    let batch: Segment[] = [];
    let batchChars = 0;
    const matchBatch = () => {
      if (batch.length === 0) return;
      const text = batch.map((seg) => seg.text).join(BOUNDARY);
      const matches = matcher.find(text);
      topic.add(text, matches);
      let i = 0;
      let base = 0;
      let current: Found | null = null;
      for (const m of matches) {
        while (m.start >= base + batch[i]!.text.length) {
          base += batch[i]!.text.length + BOUNDARY.length;
          i++;
          current = null;
        }
        if (!current) {
          current = { segment: batch[i]!, matches: [] };
          found.push(current);
        }
        // Fresh objects from `find`: re-based in place rather than copied.
        m.start -= base;
        m.end -= base;
        current.matches.push(m);
      }
      batch = [];
      batchChars = 0;
    };
    for (const root of usableRoots(roots)) {
      const reader = readSegments(root);
      await slicer.run((hasTime) => {
        for (;;) {
          if (stale()) return true;
          const done = reader.next(
            () => batchChars < BATCH_CHARS && hasTime(),
            (segment) => {
              batch.push(segment);
              batchChars += segment.text.length + BOUNDARY.length;
            },
          );
          matchBatch();
          if (done) return true;
          if (!hasTime()) return false;
        }
      });
      if (stale()) return aborted;
    }
    // Once judged on topic, a page stays so while content arrives: highlights never vanish.
    const wasOnTopic = onTopic;
    onTopic ||= topic.verdict().onTopic;
    const tipped = onTopic && !wasOnTopic && !scanOpts.whole;

    // 2. Choose.
    const highlighted = ledger.prune();
    // When this text tipped the page, its ambiguous terms wait for the rescan of the whole
    // article that follows, so that the first occurrence in the article is the one highlighted.
    const seen = occurrences === 'first' ? highlighted : null;
    const chosen: Occurrence[] = choose(found, onTopic && !tipped, seen).map(({ segment, match }) => ({
      id: match.id,
      pieces: piecesOf(segment, match.start, match.end),
      text: match.text,
    }));

    // 3. Wrap, last first: a split never moves the text of an occurrence still to come.
    let i = chosen.length - 1;
    let added = 0;
    await slicer.run((hasTime) => {
      if (stale()) return true;
      mutate(() => {
        while (i >= 0 && hasTime()) {
          if (ledger.wrap(chosen[i]!)) added++;
          i--;
        }
      });
      return i < 0;
    });
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
    setOccurrences(mode) {
      occurrences = mode;
    },
    get onTopic() {
      return onTopic;
    },
    get count() {
      return ledger.size;
    },
  };
}
