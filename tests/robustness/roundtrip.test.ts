import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultMatcher } from '../../glossary/matcher';
import { isInsideExcluded, MARK_TAG } from '../../entrypoints/content/exclusions';
import { createHighlighter } from '../../entrypoints/content/highlighter';
import { createLens } from '../../entrypoints/content/lens';
import { Cancelled, type Slicer } from '../../entrypoints/content/slices';
import { DEFAULT_PREFS, type Occurrences } from '../../utils/settings';
import { allNodes, buildDom, childrenArb, countNodes, toHtml, type Spec } from './arbitraries/dom';
import { runs, SEED, tally } from './tally';

/**
 * Round trip: highlighting and then removing the highlights leaves every generated DOM exactly
 * as it was (same nodes, same text in each, `isEqualNode`, same serialisation), and reading a
 * page a second time highlights nothing more. Runs the highlighter's real API (`scan`/`clear`)
 * with the real glossary, in both occurrence modes, and the whole lens (`start`/`stop`) on
 * whole documents.
 */

const matcher = defaultMatcher();
const MODES: readonly Occurrences[] = ['first', 'all'];

/**
 * A slicer that runs in microtasks and says "out of time" every `budget` checks, so that the
 * reading and wrapping resume mid-way as they do on a busy page.
 */
function stepSlicer(budget: number): Slicer {
  let cancelled = false;
  return {
    async run(step) {
      for (;;) {
        await Promise.resolve();
        if (cancelled) throw new Cancelled();
        let left = budget;
        if (step(() => !cancelled && left-- > 0)) return;
      }
    },
    cancel() {
      cancelled = true;
    },
    get cancelled() {
      return cancelled;
    },
  };
}

const stats = { doms: 0, nodes: 0, marks: 0, split: 0, withMarks: 0, ambiguous: 0 };

function marksIn(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(MARK_TAG)];
}

/** Same nodes, in the same order, as before: nothing replaced, merged or left behind. */
function expectSameNodes(root: Node, before: readonly Node[]): void {
  const after = allNodes(root);
  expect(after.length).toBe(before.length);
  for (let i = 0; i < after.length; i++) if (after[i] !== before[i]) expect.fail(`node ${i} was replaced`);
}

function expectSaneMarks(root: ParentNode): void {
  for (const mark of marksIn(root)) {
    if (isInsideExcluded(mark)) expect.fail(`highlight inside an excluded element: ${mark.parentElement?.outerHTML}`);
    if (mark.querySelector(MARK_TAG)) expect.fail('highlight nested in a highlight');
    if (!mark.textContent) expect.fail('empty highlight');
  }
}

/** Highlights `root` in one mode, checks idempotence, clears, and checks the round trip. */
async function roundTrip(root: HTMLElement, mode: Occurrences, budget: number): Promise<void> {
  const pristine = root.cloneNode(true);
  const html = root.innerHTML;
  const nodes = allNodes(root);

  const hl = createHighlighter({ matcher, occurrences: mode, slicer: stepSlicer(budget) });
  const first = await hl.scan([root], { whole: true });
  expect(first.completed).toBe(true);
  const once = root.innerHTML;
  const marks = marksIn(root);
  expectSaneMarks(root);
  stats.marks += marks.length;
  stats.split += marks.filter((m) => m.hasAttribute('data-elens-part')).length;
  if (marks.length > 0) stats.withMarks++;
  if (first.onTopic) stats.ambiguous++;

  // Twice = once: the whole article read again (what the lens does after navigation or a
  // flood of mutations), and the same subtree read again as new content.
  const again = await hl.scan([root], { whole: true });
  expect(again.added).toBe(0);
  expect(root.innerHTML).toBe(once);
  const more = await hl.scan([root]);
  expect(more.added).toBe(0);
  expect(root.innerHTML).toBe(once);

  hl.clear();
  expect(marksIn(root)).toHaveLength(0);
  expect(root.innerHTML).toBe(html);
  expect(root.isEqualNode(pristine)).toBe(true);
  expectSameNodes(root, nodes);
}

function mount(): HTMLElement {
  document.head.replaceChildren();
  const root = document.createElement('article');
  document.body.replaceChildren(root);
  return root;
}

describe('round trip: highlight then remove restores the DOM', () => {
  afterAll(() => {
    tally({
      suite: 'round trip (jsdom)',
      inputs: stats.doms,
      note: `${stats.nodes} nodes, ${stats.marks} highlights (${stats.split} continuation pieces of split terms), ${stats.withMarks} runs with highlights, seed ${SEED}`,
    });
  });

  const budgetArb = fc.integer({ min: 1, max: 40 });

  it('DOMs built node by node (empty and adjacent text nodes), first and all', async () => {
    await fc.assert(
      fc.asyncProperty(childrenArb({ depth: 5, width: 6 }), budgetArb, async (specs: Spec[], budget: number) => {
        stats.doms++;
        stats.nodes += countNodes(specs);
        const root = mount();
        buildDom(document, specs, root);
        for (const mode of MODES) await roundTrip(root, mode, budget);
      }),
      { numRuns: runs(6000), seed: SEED },
    );
    // The generator must actually exercise the highlighter, or the property says nothing.
    expect(stats.withMarks).toBeGreaterThan(stats.doms / 2);
    expect(stats.split).toBeGreaterThan(100);
  });

  it('DOMs parsed from HTML with named and numeric entities, first and all', async () => {
    await fc.assert(
      fc.asyncProperty(childrenArb({ depth: 5, width: 6 }), fc.nat(7), budgetArb, async (specs, seed, budget) => {
        stats.doms++;
        stats.nodes += countNodes(specs);
        const root = mount();
        root.innerHTML = toHtml(specs, seed);
        for (const mode of MODES) await roundTrip(root, mode, budget);
      }),
      { numRuns: runs(3000), seed: SEED + 1 },
    );
  });

  it('whole documents through the lens: start, navigate (read again), stop', async () => {
    const before = stats.doms;
    let highlighted = 0;
    await fc.assert(
      fc.asyncProperty(
        childrenArb({ depth: 4, width: 5 }),
        childrenArb({ depth: 3, width: 3 }),
        fc.constantFrom(...MODES),
        async (article: Spec[], chrome: Spec[], occurrences: Occurrences) => {
          stats.doms++;
          stats.nodes += countNodes(article) + countNodes(chrome);
          document.head.replaceChildren();
          document.body.replaceChildren();
          const header = document.createElement('div');
          buildDom(document, chrome, header);
          const story = document.createElement('article');
          // Enough prose for the region finder to take it for the article.
          const lead = document.createElement('p');
          lead.textContent = 'The government published its proposals on Tuesday, and the debate that followed in parliament ran late into the evening, with members on both sides.';
          story.append(lead);
          buildDom(document, article, story);
          document.body.append(header, story);

          const pristine = document.documentElement.cloneNode(true);
          const html = document.documentElement.outerHTML;
          const nodes = allNodes(document.documentElement);

          const lens = createLens({ matcher, prefs: { ...DEFAULT_PREFS, occurrences }, debounceMs: 0 });
          try {
            await lens.start();
            await lens.idle();
            expectSaneMarks(document);
            const once = document.body.innerHTML;
            if (marksIn(document).length > 0) highlighted++;
            await lens.navigated();
            await lens.idle();
            expect(document.body.innerHTML).toBe(once);
          } finally {
            lens.stop();
          }
          expect(document.documentElement.outerHTML).toBe(html);
          expect(document.documentElement.isEqualNode(pristine)).toBe(true);
          expectSameNodes(document.documentElement, nodes);
        },
      ),
      { numRuns: runs(1000), seed: SEED + 2 },
    );
    expect(highlighted).toBeGreaterThan((stats.doms - before) / 2);
  });
});
