import Mark from 'mark.js';
import type { HighlightStyle } from '../../utils/settings-schema';
import { MARK_TAG } from './exclusions';
import { STYLE_ATTR } from './styles';

/**
 * Wraps planned occurrences with mark.js and keeps what is needed to undo it exactly.
 *
 * mark.js wraps by splitting text nodes: the page's node stays in place holding the text before
 * the match (possibly empty), the highlight gets a new node with the match, and a new node
 * holds the rest. mark.js's own `unmark()` calls `normalize()`, which would also merge text
 * nodes the page kept apart on purpose and is slow with thousands of highlights. So every node
 * mark.js creates is recorded here, and removal folds each chain of created nodes back into
 * the page's node that precedes it: same nodes, same text, nothing else touched.
 *
 * Occurrences are found beforehand by the one compiled pattern, so mark.js gets exact ranges
 * (`markRanges`) over exactly the text nodes involved instead of running a regex of its own.
 */

export interface Piece {
  node: Text;
  /** Offsets in `node.data`. */
  from: number;
  to: number;
}

export interface Occurrence {
  id: string;
  /** Where the occurrence lies: usually one text node, several when it spans inline elements. */
  pieces: Piece[];
  /** The text the scan saw, to notice a page that changed it since. */
  text: string;
}

export interface Ledger {
  /**
   * Wraps one occurrence. Occurrences sharing a text node must be wrapped right to left, so
   * that each split leaves the offsets of the ones still to come valid. Returns false when the
   * page changed the text since it was read (nothing is wrapped then).
   */
  wrap(occ: Occurrence): boolean;
  /** Removes every highlight and restores the page's text nodes exactly, now. */
  restoreAll(): void;
  /** Hands every highlight over to a removal in steps; the ledger starts afresh. */
  detach(): Removal;
  /** Drops highlights the page removed; returns the ids of the ones still in the document. */
  prune(): Set<string>;
  /** The style new highlights get; existing ones change to it too. */
  setStyle(style: HighlightStyle): void;
  /** Highlights (first pieces) currently recorded. */
  readonly size: number;
}

/**
 * Highlights taken out of a ledger, restored a few at a time so that removing thousands never
 * blocks the page (each restore also costs a relayout of the text around it, in the next frame).
 * Each step restores whole chains (a page text node and everything mark.js split off it), so the
 * DOM is exact after every step, only with fewer highlights. New highlights must not be made on
 * the same text while a removal is under way: finish it first.
 */
export interface Removal {
  /**
   * Restores chains while `hasTime()` says so, asked before each one in the document (done ones
   * and nodes out of the document cost nothing: `step(() => false)` tells whether any is left).
   * True once none is left.
   */
  step(hasTime: () => boolean): boolean;
  /**
   * Restores at once the chain that the highlight `el` belongs to (to take the ones the reader
   * can see first). Ignores elements that are not this removal's highlights.
   */
  restoreAt(el: Element): void;
  /** Restores everything left, now. */
  finish(): void;
  readonly done: boolean;
}

/**
 * mark.js walks its context with `document.createNodeIterator`. Browsers keep every live
 * NodeIterator registered on the document until garbage collection and visit each of them on
 * every node removal, so one iterator per wrapped occurrence made wrapping and removal
 * quadratic: measured in Chromium with 10,000 highlights, 1.4 s to wrap and 5.5 s to remove.
 * Our contexts are single text nodes that the scan already found, so while mark.js runs, the
 * document hands it a plain iterator over that one node (an own property of this script's view
 * of `document`: the page's world never sees it).
 */
type NodeIteratorFactory = (root: Node, whatToShow?: number, filter?: NodeFilter | null) => NodeIterator;

function singleNodeIterator(root: Node, _whatToShow?: number, filter?: NodeFilter | null): NodeIterator {
  const accepts = () => {
    if (!filter) return true;
    const verdict = typeof filter === 'function' ? filter(root) : filter.acceptNode(root);
    return verdict === NodeFilter.FILTER_ACCEPT;
  };
  let before = true;
  const iterator = {
    root,
    nextNode: () => (before ? ((before = false), accepts() ? root : null) : null),
    previousNode: () => (before ? null : ((before = true), accepts() ? root : null)),
    detach: () => undefined,
  };
  // Only the two methods mark.js calls are needed; the rest of the interface is never read.
  return iterator as unknown as NodeIterator;
}

function withSingleNodeIterators<T>(doc: Document, run: () => T): T {
  const own = doc as Document & { createNodeIterator: NodeIteratorFactory };
  own.createNodeIterator = singleNodeIterator;
  try {
    return run();
  } finally {
    delete (own as Partial<typeof own>).createNodeIterator;
  }
}

function stillThere(occ: Occurrence): boolean {
  let seen = '';
  const last = occ.pieces.length - 1;
  for (const [i, p] of occ.pieces.entries()) {
    const parent = p.node.parentNode;
    if (!parent || !p.node.isConnected) return false;
    if (parent.nodeName === 'ELENS-MARK') return false;
    const length = p.node.data.length;
    if (p.to > length) return false;
    // mark.js maps the range over the whole text of these nodes: the pieces must still abut.
    if ((i < last && p.to !== length) || (i > 0 && p.from !== 0)) return false;
    seen += p.node.data.slice(p.from, p.to);
  }
  return seen === occ.text;
}

interface Records {
  /** The page's text nodes that mark.js split (each now holds the text before a highlight). */
  originals: Text[];
  isOriginal: WeakSet<Text>;
  /** Highlights and the remainder nodes mark.js created. */
  created: WeakSet<Node>;
  /** Every highlight element, continuation pieces included. */
  all: HTMLElement[];
}

/** The page's text node still has created nodes after it (its chain is not restored yet). */
function hasChain(node: Text, created: WeakSet<Node>): boolean {
  const next = node.nextSibling;
  return node.parentNode !== null && next !== null && created.has(next);
}

/**
 * Folds the chain of created nodes after `node` back into it: one write of its text and one
 * removal per created node, nothing else touched.
 */
function restoreChain(node: Text, created: WeakSet<Node>): void {
  const parent = node.parentNode!;
  let next = node.nextSibling;
  let text = node.data;
  while (next && created.has(next)) {
    // A remainder is a text node; a highlight holds the text it wrapped.
    text += next.nodeType === Node.TEXT_NODE ? (next as Text).data : (next.textContent ?? '');
    const after: ChildNode | null = next.nextSibling;
    parent.removeChild(next);
    next = after;
  }
  node.data = text;
}

function removalOf(records: Records): Removal {
  const { originals, isOriginal, created, all } = records;
  // Chains first (they restore the text exactly), then whatever the page moved away from its
  // original node, unwrapped in place. Only work in the document asks for time: entries already
  // done (the visible ones go first) cost nothing, and neither do nodes the page took out of
  // the document (no rendering), which are restored all the same in case it puts them back.
  let chain = 0;
  let stray = 0;

  function step(hasTime: () => boolean): boolean {
    for (; chain < originals.length; chain++) {
      const node = originals[chain]!;
      if (!hasChain(node, created)) continue;
      if (node.isConnected && !hasTime()) return false;
      restoreChain(node, created);
    }
    for (; stray < all.length; stray++) {
      const el = all[stray]!;
      if (!el.parentNode) continue;
      if (el.isConnected && !hasTime()) return false;
      el.replaceWith(...el.childNodes);
    }
    return true;
  }

  return {
    step,
    restoreAt(el) {
      if (!created.has(el)) return;
      let head: Node | null = el.previousSibling;
      while (head && created.has(head)) head = head.previousSibling;
      if (head && head.nodeType === Node.TEXT_NODE && isOriginal.has(head as Text) && hasChain(head as Text, created)) {
        restoreChain(head as Text, created);
      }
    },
    finish() {
      step(() => true);
    },
    get done() {
      return chain >= originals.length && stray >= all.length;
    },
  };
}

export function createLedger(initialStyle: HighlightStyle = 'underline'): Ledger {
  let style = initialStyle;
  let records: Records = fresh();
  /** First piece of each highlight, with its term id. */
  let heads: HTMLElement[] = [];

  function fresh(): Records {
    return { originals: [], isOriginal: new WeakSet(), created: new WeakSet(), all: [] };
  }

  function record(el: Element): void {
    const { created, isOriginal, originals } = records;
    const before = el.previousSibling;
    const after = el.nextSibling;
    if (before && before.nodeType === Node.TEXT_NODE && !created.has(before) && !isOriginal.has(before as Text)) {
      isOriginal.add(before as Text);
      originals.push(before as Text);
    }
    created.add(el);
    if (after) created.add(after);
  }

  function detach(): Removal {
    const removal = removalOf(records);
    records = fresh();
    heads = [];
    return removal;
  }

  return {
    wrap(occ) {
      if (occ.pieces.length === 0 || !stillThere(occ)) return false;
      const first = occ.pieces[0]!;
      let index = 0;
      // mark.js is typed for element contexts; its iterator walks text-node contexts the same way.
      const context = occ.pieces.map((p) => p.node) as unknown as HTMLElement[];
      const doc = first.node.ownerDocument;
      withSingleNodeIterators(doc, () => new Mark(context).markRanges([{ start: first.from, length: occ.text.length }], {
        element: MARK_TAG,
        exclude: [],
        each(el) {
          const mark = el as HTMLElement;
          mark.removeAttribute('data-markjs');
          mark.setAttribute('data-elens-term', occ.id);
          mark.setAttribute(STYLE_ATTR, style);
          if (index === 0) {
            // One tab stop per term, however many pieces it spans.
            mark.setAttribute('tabindex', '0');
            heads.push(mark);
          } else {
            mark.setAttribute('data-elens-part', '');
          }
          index++;
          records.all.push(mark);
          record(mark);
        },
      }));
      return index > 0;
    },

    restoreAll() {
      detach().finish();
    },

    detach,

    prune() {
      heads = heads.filter((el) => el.isConnected);
      records.all = records.all.filter((el) => el.isConnected);
      const ids = new Set<string>();
      for (const el of heads) ids.add(el.getAttribute('data-elens-term') ?? '');
      return ids;
    },

    setStyle(next) {
      style = next;
      for (const el of records.all) if (el.getAttribute(STYLE_ATTR) !== next) el.setAttribute(STYLE_ATTR, next);
    },

    get size() {
      return heads.length;
    },
  };
}
