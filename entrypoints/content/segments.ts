import { isExcludedByAttributes, isSkippedTag } from './exclusions';

/**
 * Reads a subtree as runs of text that a reader sees as continuous: the text nodes of one
 * block (paragraph, heading, list item…), joined across inline elements so that
 * "end-to-end <em>encryption</em>" is one phrase, and broken at block boundaries, line breaks
 * and skipped elements so that words from two paragraphs never make a phrase.
 *
 * The walk is resumable: `next(hasTime)` reads until `hasTime()` turns false, so a 10 MB page
 * is read in slices that leave the page responsive.
 */

export interface Segment {
  /** The text nodes, in document order. */
  nodes: Text[];
  /** Offset of each node's text in `text`. */
  starts: number[];
  text: string;
}

/** Elements that flow inside a line; every other element starts a new run of text. */
const INLINE = new Set([
  'A', 'ABBR', 'ACRONYM', 'B', 'BDI', 'BDO', 'BIG', 'CITE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT',
  'I', 'INS', 'LABEL', 'MARK', 'NOBR', 'Q', 'S', 'SMALL', 'SPAN', 'STRIKE', 'STRONG', 'SUB',
  'SUP', 'TIME', 'TT', 'U', 'VAR',
  // Our own highlights: their text is read like any other, so that a second reading of a page
  // sees what the first saw (the topic gate needs every word) and finds the same phrases. The
  // ledger refuses to wrap text that is already inside one.
  'ELENS-MARK',
]);

export function isInlineTag(tagName: string): boolean {
  // Custom elements render inline unless styled otherwise; sites wrap words in them.
  return INLINE.has(tagName) || tagName.includes('-');
}

const INLINE_TAG = 1;
const SKIPPED_TAG = 2;
/**
 * What a tag name says (inline, skipped), kept per name: a page has a few dozen, and each
 * element is then one lookup instead of three set lookups and a substring test. Bounded, so that
 * a page making up a tag name per element does not grow it without end.
 */
const tagKinds = new Map<string, number>();
const MAX_TAG_KINDS = 256;

function tagKind(tagName: string): number {
  let kind = tagKinds.get(tagName);
  if (kind === undefined) {
    kind = (isInlineTag(tagName) ? INLINE_TAG : 0) | (isSkippedTag(tagName) ? SKIPPED_TAG : 0);
    if (tagKinds.size < MAX_TAG_KINDS) tagKinds.set(tagName, kind);
  }
  return kind;
}

const NOT_SPACE = /\S/;

/**
 * Whether `data` has a character other than white space (`\S`). Text nodes mostly start with a
 * letter, or with ASCII spaces then a letter: decided on the first such character, without a
 * regular expression call per node; the regular expression decides anything else.
 */
function hasVisibleText(data: string): boolean {
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) continue;
    return c < 0x80 ? true : NOT_SPACE.test(data.slice(i));
  }
  return false;
}

export interface SegmentReader {
  /**
   * Reads on while `hasTime()` is true; passes each finished segment to `emit`.
   * Returns true when the subtree has been read completely.
   */
  next(hasTime: () => boolean, emit: (segment: Segment) => void): boolean;
}

/** What the walk hands over: text nodes as it reads them, and where runs of text end. */
interface RunSink {
  text(node: Text, data: string): void;
  /** The run read since the last call ends; `keep` is false for a lone node of white space. */
  end(keep: boolean): void;
}

interface RunWalker {
  next(hasTime: () => boolean, sink: RunSink): boolean;
}

/** Checking the clock costs more than visiting a node: look at it every few nodes. */
const CLOCK_EVERY = 32;

// DOM constants by value, so that the reader also runs on a jsdom document in Node (the
// end-to-end tests compare the browser's highlights with the same reading done in Node).
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * A hand-rolled depth-first walk (firstChild / nextSibling / parentNode). Entering or leaving an
 * element that is not inline ends the run of text, and an excluded element is stepped over
 * whole, so whether text is read and where runs break is known from the walk's position alone.
 * A TreeWalker over text nodes had to work that out per text node from its ancestors (cached per
 * parent, still ~19,000 lookups on a 1 MB page); with a NodeFilter callback it was 12× slower.
 *
 * Each DOM call costs about as much as the rest of a node's handling, so the walk makes as few
 * as it can: an element's tag name is read once (what it says is looked up per name), its
 * attributes only when it has some, and whether it was inline is remembered on the way in for
 * the way out. The first pass over a page runs mostly as cold code, where every operation
 * counts: the loop is one function, and the stack of open elements is indexed by depth rather
 * than pushed and truncated.
 */
function walkRuns(root: Node): RunWalker {
  let started = false;
  let done = false;
  /** The next node to visit; null when the walk is over. */
  let pos: Node | null = null;
  /**
   * The elements entered and not yet left (the first `depth` entries), and whether each is
   * inline. After a slice the page may have moved nodes: an ancestor that is not the one
   * remembered is looked at afresh.
   */
  const open: Node[] = [];
  const openInline: boolean[] = [];
  let depth = 0;
  /** Text nodes in the current run. */
  let runNodes = 0;
  /** The run has a character other than white space (tested per node until one has). */
  let visible = false;

  function flush(sink: RunSink): void {
    if (runNodes === 0) return;
    sink.end(runNodes > 1 || visible);
    runNodes = 0;
    visible = false;
  }

  /** Moves past `from` (its subtree included); leaving a block ends the run of text. */
  function advance(from: Node, sink: RunSink): void {
    let n = from;
    for (;;) {
      const sibling = n.nextSibling;
      if (sibling) {
        pos = sibling;
        return;
      }
      const up = n.parentNode;
      if (!up || up === root) {
        pos = null;
        return;
      }
      let inline: boolean;
      if (depth > 0 && open[depth - 1] === up) inline = openInline[--depth]!;
      else inline = isInlineTag((up as Element).tagName);
      if (!inline) flush(sink);
      n = up;
    }
  }

  function finish(sink: RunSink): true {
    flush(sink);
    done = true;
    pos = null;
    open.length = 0;
    depth = 0;
    return true;
  }

  return {
    next(hasTime, sink) {
      if (done) return true;
      if (!started) {
        started = true;
        // A text node given as the root is its own segment.
        if (root.nodeType === TEXT_NODE) {
          const data = (root as Text).data;
          sink.text(root as Text, data);
          runNodes = 1;
          visible = hasVisibleText(data);
          return finish(sink);
        }
        pos = root.firstChild;
      } else if (pos && !root.contains(pos)) {
        // The page removed the node we were to read next: what follows it is gone with it.
        return finish(sink);
      }
      let n = 0;
      while (pos) {
        const node: Node = pos;
        const type = node.nodeType;
        if (type === TEXT_NODE) {
          const data = (node as Text).data;
          // Tested per node rather than on the joined run: that would flatten every run.
          if (!visible) visible = hasVisibleText(data);
          runNodes++;
          sink.text(node as Text, data);
          advance(node, sink);
        } else if (type === ELEMENT_NODE) {
          const el = node as Element;
          const kind = tagKind(el.tagName);
          const inline = (kind & INLINE_TAG) !== 0;
          if (kind & SKIPPED_TAG || isExcludedByAttributes(el)) {
            // Skipped text breaks the run as a block would (an empty inline element does not).
            if (!inline || el.firstChild) flush(sink);
            advance(el, sink);
          } else {
            if (!inline) flush(sink);
            const child = el.firstChild;
            if (child) {
              open[depth] = el;
              openInline[depth] = inline;
              depth++;
              pos = child;
            } else {
              // Entered and left at once: an empty block (<br>, <img>) broke the run above.
              advance(el, sink);
            }
          }
        } else {
          advance(node, sink);
        }
        if (++n % CLOCK_EVERY === 0 && !hasTime()) return false;
      }
      return finish(sink);
    },
  };
}

/**
 * Reads a subtree as segments (see above). The walk is resumable: `next(hasTime)` reads until
 * `hasTime()` turns false, so a 10 MB page is read in slices that leave the page responsive.
 */
export function readSegments(root: Node): SegmentReader {
  const walker = walkRuns(root);
  let nodes: Text[] = [];
  let starts: number[] = [];
  let text = '';
  let emit: (segment: Segment) => void = () => undefined;
  const sink: RunSink = {
    text(node, data) {
      starts.push(text.length);
      nodes.push(node);
      text += data;
    },
    end(keep) {
      if (keep) emit({ nodes, starts, text });
      nodes = [];
      starts = [];
      text = '';
    },
  };
  return {
    next(hasTime, onSegment) {
      emit = onSegment;
      return walker.next(hasTime, sink);
    },
  };
}

/**
 * Joins segments for matching: not a letter, not a separator, in no form, so no phrase runs
 * across it and it bounds words.
 */
export const BOUNDARY = '\u0000';

/**
 * Reads a subtree as batches of segments, for matching many segments in one regular expression
 * call: a batch is a segment whose text is its segments' texts joined by BOUNDARY (`starts` are
 * offsets in that text), ended at the first segment end past `maxChars`. Built as the walk goes,
 * with one string made per batch: building each segment's text and joining them afterwards
 * made every character twice and a string object per text node.
 */
export function readBatches(root: Node, maxChars: number): SegmentReader {
  const walker = walkRuns(root);
  let nodes: Text[] = [];
  let starts: number[] = [];
  let parts: string[] = [];
  let length = 0;
  /** Where the current run's entries start in `nodes` and `parts` (a lone blank node is undone). */
  let runNode = 0;
  let runPart = 0;
  let runLength = 0;
  let runOpen = false;
  let emit: (batch: Segment) => void = () => undefined;

  function take(): void {
    if (nodes.length > 0) emit({ nodes, starts, text: parts.join('') });
    nodes = [];
    starts = [];
    parts = [];
    length = 0;
  }

  const sink: RunSink = {
    text(node, data) {
      if (!runOpen) {
        runOpen = true;
        runNode = nodes.length;
        runPart = parts.length;
        runLength = length;
        // Between segments, empty ones included (a run of empty nodes is still a segment).
        if (nodes.length > 0) {
          parts.push(BOUNDARY);
          length += BOUNDARY.length;
        }
      }
      nodes.push(node);
      starts.push(length);
      parts.push(data);
      length += data.length;
    },
    end(keep) {
      runOpen = false;
      if (!keep) {
        nodes.length = runNode;
        starts.length = runNode;
        parts.length = runPart;
        length = runLength;
      } else if (length >= maxChars) {
        take();
      }
    },
  };
  return {
    next(hasTime, onBatch) {
      emit = onBatch;
      const done = walker.next(hasTime, sink);
      if (done) take();
      return done;
    },
  };
}
