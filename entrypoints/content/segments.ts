import { isExcludedElement } from './exclusions';

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

function isInline(el: Element): boolean {
  // Custom elements render inline unless styled otherwise; sites wrap words in them.
  return INLINE.has(el.tagName) || el.tagName.includes('-');
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
const SHOW_TEXT = 0x4;

interface Context {
  /** Inside an excluded element: the text is not read. */
  excluded: boolean;
  /** Nearest ancestor that is not inline: text in different blocks never joins. */
  block: Node;
}

export function readSegments(root: Node): SegmentReader {
  const doc = root.ownerDocument ?? (root as Document);
  // Only text nodes are visited (twice as fast as elements and text), and no NodeFilter callback
  // (calling into script for every node made the walk 6× slower in Chromium). What elements
  // mean for the text is worked out per parent and cached.
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  const rootContext: Context = { excluded: false, block: root };
  const contexts = new Map<Node, Context>();
  let started = false;
  let done = false;

  let nodes: Text[] = [];
  let starts: number[] = [];
  let text = '';
  let block: Node | null = null;
  /** Text was skipped (an excluded element) since the last node read. */
  let skipped = false;
  let lastParent: Node | null = null;
  let lastContext: Context = rootContext;

  function contextOf(parent: Node): Context {
    const chain: Node[] = [];
    let base = rootContext;
    for (let n: Node | null = parent; n && n !== root; n = n.parentNode) {
      const known = contexts.get(n);
      if (known) {
        base = known;
        break;
      }
      chain.push(n);
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const el = chain[i] as Element;
      const context: Context = base.excluded
        ? base
        : isExcludedElement(el)
          ? { excluded: true, block: el }
          : { excluded: false, block: isInline(el) ? base.block : el };
      contexts.set(el, context);
      base = context;
    }
    return base;
  }

  /**
   * A line break, image, field or other non-inline element sits between `t` and the text
   * before it in its block. (Skipped text is noticed as it is walked past.)
   */
  function brokenBefore(t: Node, within: Node): boolean {
    for (let n: Node = t; ; ) {
      const prev = n.previousSibling;
      if (prev) return prev.nodeType === ELEMENT_NODE && !isInline(prev as Element);
      const up = n.parentNode;
      if (!up || up === within || up === root) return false;
      n = up;
    }
  }

  function flush(emit: (s: Segment) => void): void {
    if (nodes.length > 1 || (nodes.length === 1 && /\S/.test(text))) emit({ nodes, starts, text });
    nodes = [];
    starts = [];
    text = '';
    block = null;
  }

  function first(): Node | null {
    started = true;
    // A text node given as the root is its own segment.
    return root.nodeType === TEXT_NODE ? root : walker.nextNode();
  }

  return {
    next(hasTime, emit) {
      if (done) return true;
      let node: Node | null = started ? walker.nextNode() : first();
      let n = 0;
      while (node) {
        const t = node as Text;
        const parent = t.parentNode;
        if (parent !== lastParent) {
          lastParent = parent;
          lastContext = parent && parent !== root && node !== root ? contextOf(parent) : rootContext;
        }
        if (lastContext.excluded) {
          skipped = true;
        } else {
          if (block !== null && (lastContext.block !== block || skipped || brokenBefore(t, block))) flush(emit);
          skipped = false;
          block = lastContext.block;
          starts.push(text.length);
          nodes.push(t);
          text += t.data;
        }
        if (++n % CLOCK_EVERY === 0 && !hasTime()) return false;
        node = walker.nextNode();
      }
      flush(emit);
      done = true;
      return true;
    },
  };
}
