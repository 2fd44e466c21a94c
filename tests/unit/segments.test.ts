import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isExcludedElement } from '../../entrypoints/content/exclusions';
import { findArticleRegion } from '../../entrypoints/content/region';
import { BOUNDARY, isInlineTag, readBatches, readSegments, type Segment } from '../../entrypoints/content/segments';
import { buildDom, childrenArb } from '../robustness/arbitraries/dom';

/**
 * The segment reader is tuned for speed (one tag-name read per element, inline flags kept on a
 * stack for the way out, a per-name cache): it must still read exactly what this plain
 * recursive statement of the rules reads, on generated trees (excluded elements, inline and
 * block nesting, empty elements, comments, empty and adjacent text nodes) and on our articles,
 * read in one go or in slices.
 */

interface Run {
  nodes: Text[];
  starts: number[];
  text: string;
}

/** The rules, recursively: a block or a skipped element with content ends the run of text. */
function reference(root: Node): Run[] {
  const out: Run[] = [];
  let run: Text[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const text = run.map((t) => t.data).join('');
    if (run.length > 1 || /\S/.test(text)) {
      let at = 0;
      const starts = run.map((t) => ((at += t.data.length), at - t.data.length));
      out.push({ nodes: run, starts, text });
    }
    run = [];
  };
  const visit = (parent: Node) => {
    for (let c = parent.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) run.push(c as Text);
      else if (c.nodeType === 1) {
        const el = c as Element;
        const inline = isInlineTag(el.tagName);
        if (isExcludedElement(el)) {
          if (!inline || el.firstChild) flush();
          continue;
        }
        if (!inline) flush();
        visit(el);
        if (!inline) flush();
      }
    }
  };
  if (root.nodeType === 3) run.push(root as Text);
  else visit(root);
  flush();
  return out;
}

/** Reads with a clock that runs out every `every` checks (0: never), as slices do. */
function read(root: Node, every: number): Run[] {
  const out: Segment[] = [];
  const reader = readSegments(root);
  let checks = 0;
  while (!reader.next(() => every === 0 || ++checks % every !== 0, (s) => out.push(s)));
  return out.map(({ nodes, starts, text }) => ({ nodes, starts, text }));
}

/** The runs joined by BOUNDARY into batches, each ended at the first run end past `max` characters. */
function referenceBatches(runs: Run[], max: number): Run[] {
  const out: Run[] = [];
  let batch: Run = { nodes: [], starts: [], text: '' };
  for (const run of runs) {
    if (batch.nodes.length > 0) batch.text += BOUNDARY;
    const base = batch.text.length;
    batch.nodes.push(...run.nodes);
    batch.starts.push(...run.starts.map((s) => s + base));
    batch.text += run.text;
    if (batch.text.length >= max) {
      out.push(batch);
      batch = { nodes: [], starts: [], text: '' };
    }
  }
  if (batch.nodes.length > 0) out.push(batch);
  return out;
}

function readInBatches(root: Node, max: number, every: number): Run[] {
  const out: Segment[] = [];
  const reader = readBatches(root, max);
  let checks = 0;
  while (!reader.next(() => every === 0 || ++checks % every !== 0, (s) => out.push(s)));
  return out.map(({ nodes, starts, text }) => ({ nodes, starts, text }));
}

function expectSame(got: Run[], expected: Run[]): void {
  expect(got.map((r) => r.text)).toEqual(expected.map((r) => r.text));
  expect(got.map((r) => r.starts)).toEqual(expected.map((r) => r.starts));
  // The very nodes, not copies.
  expect(got.every((r, i) => r.nodes.length === expected[i]!.nodes.length && r.nodes.every((n, j) => n === expected[i]!.nodes[j]))).toBe(true);
}

function expectSameRuns(root: Node): void {
  const expected = reference(root);
  for (const every of [0, 1, 3]) {
    expectSame(read(root, every), expected);
    // Batches, as the highlighter reads: every run once, whole, in order, whatever the slices.
    for (const max of [1, 40, 1e9]) expectSame(readInBatches(root, max, every), referenceBatches(expected, max));
  }
}

describe('readSegments and readBatches', () => {
  it('reads generated trees as the rules say', () => {
    fc.assert(
      fc.property(childrenArb({ depth: 4, width: 5 }), (specs) => {
        const root = document.createElement('div');
        buildDom(document, specs, root);
        expectSameRuns(root);
      }),
      { numRuns: 400 },
    );
  });

  it('reads custom elements, unknown tags and a text node given as the root', () => {
    const root = document.createElement('div');
    root.innerHTML =
      '<p>a <my-word>b</my-word> <x-y><p>c</p></x-y> d<foo>e</foo>f <span hidden>g</span>h' +
      '<elens-tooltip>i</elens-tooltip>j<elens-tooltip></elens-tooltip>k</p><svg><text>l</text></svg>';
    expectSameRuns(root);
    expectSameRuns(document.createTextNode('end-to-end encryption'));
  });

  const pages: string[] = [];
  const visit = (dir: string) => {
    let names: string[] = [];
    try {
      names = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of names) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) visit(path);
      else if (name.endsWith('.html')) pages.push(path);
    }
  };
  for (const dir of ['tests/fixtures', 'tests/heldout', '../shared/fixtures']) visit(dir);

  it.each(pages)('reads %s as the rules say', (file) => {
    const doc = new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/html');
    expectSameRuns(findArticleRegion(doc) ?? doc.body);
    expectSameRuns(doc.body);
  });
});
