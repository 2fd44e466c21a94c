import Mark from 'mark.js';
import { defaultMatcher } from '../../glossary/matcher';
import { TERMS } from '../../glossary/terms';
import { createHighlighter, piecesOf, type Highlighter } from '../../entrypoints/content/highlighter';
import { findArticleRegion } from '../../entrypoints/content/region';
import { createLedger, type Occurrence } from '../../entrypoints/content/ledger';
import { choose, type Found } from '../../entrypoints/content/plan';
import { readBatches, type Segment } from '../../entrypoints/content/segments';
import { createTopicCounter } from '../../glossary/topic';
import { createSlicer } from '../../entrypoints/content/slices';
import type { Occurrences } from '../../utils/settings';

/**
 * The highlighter's own modules, bundled into a page script, so the bench can time them in the
 * page next to a bare TreeWalker pass and next to the straightforward use of mark.js, with no
 * extension machinery (messaging, storage, scheduling) in the figures.
 */

export interface WalkResult {
  ms: number;
  nodes: number;
  chars: number;
}

export interface HighlightResult {
  /** Finding the article region, reading, matching and wrapping: the whole pass. */
  ms: number;
  regionMs: number;
  added: number;
  onTopic: boolean;
  /** Highlights in the document afterwards (every piece). */
  marks: number;
}

/**
 * The steps of one pass, run as the pass runs them (batch by batch, then choosing, then
 * wrapping) with a clock between them, so that they add up to the pass (for `profile.ts
 * --phases`). Steps timed one after another in isolation missed what the pass pays on top:
 * wrapping, and the cold code of every step.
 */
export interface PhaseResult {
  regionMs: number;
  /** The walk, and the batches' text built as it goes (matching excluded). */
  readMs: number;
  /** The glossary pattern over every batch (and the Match objects). */
  findMs: number;
  /** The topic gate's words over the batches it reads. */
  topicMs: number;
  /** Verdict, first occurrences, and where each lies in the text nodes. */
  chooseMs: number;
  /** mark.js and the ledger wrapping the chosen occurrences. */
  wrapMs: number;
  /** The whole of it, clock to clock (the steps plus the clock reads between them). */
  totalMs: number;
  batches: number;
  nodes: number;
  chars: number;
  matches: number;
  wrapped: number;
}
export interface ClearResult {
  ms: number;
  /** Highlight elements left in the document (must be 0). */
  remaining: number;
}

export interface NaiveResult {
  ms: number;
  completed: boolean;
  forms: number;
  /** Forms mark.js got through before the cap. */
  formsDone: number;
  marks: number;
}

class CapReached extends Error {}

/** Undoes what `phases()` wrapped, before anything else runs on the page. */
let undoPhases: (() => void) | null = null;

let current: Highlighter | null = null;

const api = {
  /** One-time cost of compiling the glossary pattern (the first call builds it). */
  compileMatcher(): number {
    const t0 = performance.now();
    defaultMatcher();
    return performance.now() - t0;
  },

  /** The floor: visit every text node of the body and read its text, nothing else. */
  bareWalk(): WalkResult {
    const t0 = performance.now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let nodes = 0;
    let chars = 0;
    while (walker.nextNode()) {
      nodes++;
      chars += (walker.currentNode as Text).data.length;
    }
    return { ms: performance.now() - t0, nodes, chars };
  },

  /** The extension's highlighting pass, in one go (no slicing, so no idle waits in the figure). */
  async highlight(occurrences: Occurrences): Promise<HighlightResult> {
    undoPhases?.();
    undoPhases = null;
    current?.clear();
    const matcher = defaultMatcher();
    const highlighter = createHighlighter({
      matcher,
      occurrences,
      slicer: createSlicer({ sliceMs: Number.POSITIVE_INFINITY }),
    });
    current = highlighter;
    const t0 = performance.now();
    const region = findArticleRegion(document);
    const t1 = performance.now();
    const result = region ? await highlighter.scan([region]) : { added: 0, onTopic: false };
    const t2 = performance.now();
    return {
      ms: t2 - t0,
      regionMs: t1 - t0,
      added: result.added,
      onTopic: result.onTopic,
      marks: document.querySelectorAll('elens-mark').length,
    };
  },

  /** The steps of one pass timed one by one, on the page as loaded (see PhaseResult). */
  phases(): PhaseResult {
    undoPhases?.();
    current?.clear();
    const matcher = defaultMatcher();
    const topic = createTopicCounter();
    const ledger = createLedger();
    undoPhases = () => ledger.restoreAll();
    const found: Found[] = [];
    let findMs = 0;
    let topicMs = 0;
    let batches = 0;
    let nodes = 0;
    let chars = 0;
    let matches = 0;
    const t0 = performance.now();
    const region = findArticleRegion(document) ?? document.body;
    const t1 = performance.now();
    readBatches(region, 64 * 1024).next(
      () => true,
      (batch) => {
        const a = performance.now();
        const found1 = matcher.find(batch.text);
        const b = performance.now();
        topic.add(batch.text, found1);
        const c = performance.now();
        findMs += b - a;
        topicMs += c - b;
        if (found1.length > 0) found.push({ segment: batch, matches: found1 });
        batches++;
        nodes += batch.nodes.length;
        chars += batch.text.length;
        matches += found1.length;
      },
    );
    const t2 = performance.now();
    const onTopic = topic.verdict().onTopic;
    const chosen: Occurrence[] = choose(found, onTopic, ledger.prune()).map(({ segment, match }) => ({
      id: match.id,
      pieces: piecesOf(segment, match.start, match.end),
      text: match.text,
    }));
    const t3 = performance.now();
    let wrapped = 0;
    for (let i = chosen.length - 1; i >= 0; i--) if (ledger.wrap(chosen[i]!)) wrapped++;
    const t4 = performance.now();
    return {
      regionMs: t1 - t0,
      readMs: t2 - t1 - findMs - topicMs,
      findMs,
      topicMs,
      chooseMs: t3 - t2,
      wrapMs: t4 - t3,
      totalMs: t4 - t0,
      batches,
      nodes,
      chars,
      matches,
      wrapped,
    };
  },

  /** Removes every highlight the last pass made (the extension's own restore). */
  clear(): ClearResult {
    const t0 = performance.now();
    undoPhases?.();
    undoPhases = null;
    current?.clear();
    const ms = performance.now() - t0;
    current = null;
    return { ms, remaining: document.querySelectorAll('elens-mark').length };
  },

  /**
   * The straightforward mark.js use: every surface form in one `mark()` call. It walks the page
   * once per form, so it is stopped (by throwing from its callbacks) once `capMs` has passed.
   */
  naiveMark(capMs: number): NaiveResult {
    const forms = [...new Set(TERMS.flatMap((t) => [...t.forms, ...(t.caseSensitiveForms ?? [])]))];
    const context = document.querySelector('article') ?? document.body;
    const done = new Set<string>();
    let marks = 0;
    const t0 = performance.now();
    const check = () => {
      if (performance.now() - t0 > capMs) throw new CapReached();
    };
    let completed = true;
    try {
      new Mark(context).mark(forms, {
        separateWordSearch: false,
        accuracy: 'exactly',
        filter: (_node, term) => {
          done.add(term);
          check();
          return true;
        },
        noMatch: (term) => {
          done.add(String(term));
          check();
        },
        each: () => {
          marks++;
        },
      });
    } catch (err) {
      if (!(err instanceof CapReached)) throw err;
      completed = false;
    }
    return { ms: performance.now() - t0, completed, forms: forms.length, formsDone: done.size, marks };
  },
};

export type BenchApi = typeof api;

declare global {
  interface Window {
    __elensBench?: BenchApi;
  }
}

window.__elensBench = api;
