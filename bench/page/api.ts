import Mark from 'mark.js';
import { defaultMatcher } from '../../glossary/matcher';
import { TERMS } from '../../glossary/terms';
import { createHighlighter, type Highlighter } from '../../entrypoints/content/highlighter';
import { findArticleRegion } from '../../entrypoints/content/region';
import { readSegments, type Segment } from '../../entrypoints/content/segments';
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

/** Each step of the pass timed alone, in the order the pass runs them (for `profile.ts --phases`). */
export interface PhaseResult {
  regionMs: number;
  /** The segment walk alone: every segment read, nothing done with it. */
  readMs: number;
  /** Joining the segments' text into matching batches, as the highlighter does. */
  joinMs: number;
  findMs: number;
  topicMs: number;
  segments: number;
  nodes: number;
  chars: number;
  matches: number;
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

  /** The steps of one pass timed one by one, on the page as loaded (no highlights yet). */
  phases(): PhaseResult {
    const matcher = defaultMatcher();
    const t0 = performance.now();
    const region = findArticleRegion(document) ?? document.body;
    const t1 = performance.now();
    const segments: Segment[] = [];
    readSegments(region).next(
      () => true,
      (s) => segments.push(s),
    );
    const t2 = performance.now();
    const batches: string[] = [];
    let batch: string[] = [];
    let size = 0;
    for (const s of segments) {
      batch.push(s.text);
      size += s.text.length + 1;
      if (size >= 64 * 1024) {
        batches.push(batch.join('\u0000'));
        batch = [];
        size = 0;
      }
    }
    if (batch.length) batches.push(batch.join('\u0000'));
    const t3 = performance.now();
    let matches = 0;
    const found = batches.map((b) => matcher.find(b));
    for (const f of found) matches += f.length;
    const t4 = performance.now();
    const topic = createTopicCounter();
    batches.forEach((b, i) => topic.add(b, found[i]!));
    topic.verdict();
    const t5 = performance.now();
    let nodes = 0;
    let chars = 0;
    for (const s of segments) {
      nodes += s.nodes.length;
      chars += s.text.length;
    }
    return {
      regionMs: t1 - t0,
      readMs: t2 - t1,
      joinMs: t3 - t2,
      findMs: t4 - t3,
      topicMs: t5 - t4,
      segments: segments.length,
      nodes,
      chars,
      matches,
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
