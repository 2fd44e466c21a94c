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
 * the way out.
 */
export function readSegments(root: Node): SegmentReader {
  let started = false;
  let done = false;
  /** The next node to visit; null when the walk is over. */
  let pos: Node | null = null;
  /**
   * The elements entered and not yet left, and whether each is inline. After a slice the page
   * may have moved nodes: an ancestor that is not the one remembered is looked at afresh.
   */
  const open: Node[] = [];
  const openInline: boolean[] = [];

  let nodes: Text[] = [];
  let starts: number[] = [];
  let text = '';
  /** The run has a character other than white space (tested per node until one has). */
  let visible = false;

  function flush(emit: (s: Segment) => void): void {
    if (nodes.length === 0) return;
    if (nodes.length > 1 || visible) emit({ nodes, starts, text });
    nodes = [];
    starts = [];
    text = '';
    visible = false;
  }

  function read(t: Text): void {
    const data = t.data;
    // Tested on the node rather than the joined run: testing the run flattened every string
    // built by concatenation, a second copy of the page's text.
    if (!visible) visible = hasVisibleText(data);
    starts.push(text.length);
    nodes.push(t);
    text += data;
  }

  /** Whether the element being left, `up`, is inline. */
  function leftInline(up: Node): boolean {
    const top = open.length - 1;
    if (top >= 0 && open[top] === up) {
      open.length = top;
      const inline = openInline[top]!;
      openInline.length = top;
      return inline;
    }
    return isInlineTag((up as Element).tagName);
  }

  /** Moves past `from` (its subtree included); leaving a block ends the run of text. */
  function advance(from: Node, emit: (s: Segment) => void): void {
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
      if (!leftInline(up)) flush(emit);
      n = up;
    }
  }

  function finish(emit: (s: Segment) => void): true {
    flush(emit);
    done = true;
    pos = null;
    return true;
  }

  return {
    next(hasTime, emit) {
      if (done) return true;
      if (!started) {
        started = true;
        // A text node given as the root is its own segment.
        if (root.nodeType === TEXT_NODE) {
          read(root as Text);
          return finish(emit);
        }
        pos = root.firstChild;
      } else if (pos && !root.contains(pos)) {
        // The page removed the node we were to read next: what follows it is gone with it.
        return finish(emit);
      }
      let n = 0;
      while (pos) {
        const node: Node = pos;
        const type = node.nodeType;
        if (type === TEXT_NODE) {
          read(node as Text);
          advance(node, emit);
        } else if (type === ELEMENT_NODE) {
          const el = node as Element;
          const kind = tagKind(el.tagName);
          const inline = (kind & INLINE_TAG) !== 0;
          if (kind & SKIPPED_TAG || isExcludedByAttributes(el)) {
            // Skipped text breaks the run as a block would (an empty inline element does not).
            if (!inline || el.firstChild) flush(emit);
            advance(el, emit);
          } else {
            if (!inline) flush(emit);
            const child = el.firstChild;
            if (child) {
              open.push(el);
              openInline.push(inline);
              pos = child;
            } else {
              // Entered and left at once: an empty block (<br>, <img>) broke the run above.
              advance(el, emit);
            }
          }
        } else {
          advance(node, emit);
        }
        if (++n % CLOCK_EVERY === 0 && !hasTime()) return false;
      }
      return finish(emit);
    },
  };
}
