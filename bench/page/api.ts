import Mark from 'mark.js';
import { defaultMatcher } from '../../glossary/matcher';
import { TERMS } from '../../glossary/terms';
import { createHighlighter, type Highlighter } from '../../entrypoints/content/highlighter';
import { findArticleRegion } from '../../entrypoints/content/region';
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

  /** Removes every highlight the last pass made (the extension's own restore). */
  clear(): ClearResult {
    const t0 = performance.now();
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
