import { afterEach, describe, expect, it } from 'vitest';
import { createLedger, type Ledger, type Occurrence } from '../../entrypoints/content/ledger';

/**
 * The ledger's removal in steps: after every step the page reads exactly as before (only some
 * highlights are left), and once done the DOM is the page's own again, node for node.
 */

const marks = () => [...document.querySelectorAll<HTMLElement>('elens-mark')];

function textNodes(root: Node = document.body): Text[] {
  const out: Text[] = [];
  const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (w.nextNode()) out.push(w.currentNode as Text);
  return out;
}

/** Every occurrence of `word` in each of the page's text nodes, last first (as the highlighter wraps). */
function occurrencesOf(word: string, nodes: Text[]): Occurrence[] {
  const out: Occurrence[] = [];
  for (const node of nodes) {
    for (let at = node.data.indexOf(word); at >= 0; at = node.data.indexOf(word, at + word.length)) {
      out.push({ id: word.toLowerCase(), pieces: [{ node, from: at, to: at + word.length }], text: word });
    }
  }
  return out.reverse();
}

interface Page {
  ledger: Ledger;
  pristine: Node;
  html: string;
  text: string;
  nodes: Text[];
}

/** A page with paragraphs full of terms, the second's text in two nodes the page kept apart. */
function highlightedPage(paragraphs = 30): Page {
  const para = 'GCHQ reads metadata; metadata is not GCHQ content, says GCHQ about metadata.';
  document.body.innerHTML = `<article>${`<p>${para}</p>`.repeat(paragraphs)}</article>`;
  const second = document.querySelectorAll('p')[1]!;
  second.append(document.createTextNode(' And GCHQ again.'));
  const pristine = document.body.cloneNode(true);
  const html = document.body.innerHTML;
  const text = document.body.textContent ?? '';
  const nodes = textNodes();
  const ledger = createLedger();
  for (const occ of [...occurrencesOf('GCHQ', nodes), ...occurrencesOf('metadata', nodes)]) {
    // Wrapping a second word in a node already split: its pieces must be read afresh.
    const fresh = occurrencesOf(occ.text, textNodes()).find((o) => o.pieces[0]!.node.parentNode?.nodeName !== 'ELENS-MARK');
    if (fresh) ledger.wrap(fresh);
  }
  return { ledger, pristine, html, text, nodes };
}

function expectRestored(page: Page): void {
  expect(marks()).toHaveLength(0);
  expect(document.body.isEqualNode(page.pristine)).toBe(true);
  expect(document.body.innerHTML).toBe(page.html);
  const now = textNodes();
  expect(now).toHaveLength(page.nodes.length);
  expect(now.every((n, i) => n === page.nodes[i])).toBe(true);
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('ledger removal in steps', () => {
  it('restores a few chains per step, the text intact after each, the DOM exact at the end', () => {
    const page = highlightedPage();
    const before = marks().length;
    expect(before).toBeGreaterThan(150);
    const removal = page.ledger.detach();
    expect(page.ledger.size).toBe(0);
    expect(marks()).toHaveLength(before);

    let steps = 0;
    for (;;) {
      let units = 0;
      const done = removal.step(() => units++ < 7);
      steps++;
      expect(document.body.textContent).toBe(page.text);
      if (done) break;
      expect(marks().length).toBeLessThan(before);
    }
    // 31 of the page's text nodes were split (one per paragraph, and the page's extra one): 7 per step.
    expect(steps).toBe(Math.ceil(31 / 7));
    expect(removal.done).toBe(true);
    expectRestored(page);
  });

  it('takes a given highlight (and the rest of its text node) first', () => {
    const page = highlightedPage();
    const removal = page.ledger.detach();
    const target = marks()[40]!;
    const paragraph = target.parentElement!;
    const inParagraph = paragraph.querySelectorAll('elens-mark').length;
    removal.restoreAt(target);
    expect(target.isConnected).toBe(false);
    expect(paragraph.querySelectorAll('elens-mark')).toHaveLength(0);
    expect(inParagraph).toBeGreaterThan(1);
    removal.restoreAt(target);
    removal.restoreAt(document.body);
    removal.finish();
    expectRestored(page);
  });

  it('restoreAll restores at once', () => {
    const page = highlightedPage(5);
    page.ledger.restoreAll();
    expect(page.ledger.size).toBe(0);
    expectRestored(page);
  });

  it('unwraps in place what the page moved, after the chains', () => {
    const page = highlightedPage(3);
    const moved = marks()[0]!;
    const word = moved.textContent;
    const aside = document.createElement('aside');
    document.body.append(aside);
    aside.append(moved);
    const removal = page.ledger.detach();
    removal.finish();
    expect(marks()).toHaveLength(0);
    expect(aside.textContent).toBe(word);
    expect(aside.firstChild?.nodeType).toBe(Node.TEXT_NODE);
  });

  it('new highlights after a detach are the new records’ alone', () => {
    const page = highlightedPage(2);
    const removal = page.ledger.detach();
    removal.finish();
    expectRestored(page);
    const [occ] = occurrencesOf('GCHQ', textNodes());
    expect(page.ledger.wrap(occ!)).toBe(true);
    expect(page.ledger.size).toBe(1);
    page.ledger.restoreAll();
    expectRestored(page);
  });
});
