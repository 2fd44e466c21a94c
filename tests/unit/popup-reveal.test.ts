import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { statementTargets } from '../../entrypoints/popup/reveal';
import { revealInPage, snapshotPage, type RevealRequest } from '../../utils/page-access';

/** jsdom has no layout: give every range a box so "visible" holds, and record the scrolls. */
let scrolledTo: Element[];
let revealedText: string[];
beforeEach(() => {
  scrolledTo = [];
  revealedText = [];
  const box = { x: 0, y: 2000, top: 2000, bottom: 2020, left: 10, right: 110, width: 100, height: 20 };
  Range.prototype.getBoundingClientRect = function (this: Range) {
    revealedText.push(this.toString());
    return { ...box, toJSON: () => box } as DOMRect;
  };
  Range.prototype.getClientRects = () => [{ ...box }] as unknown as DOMRectList;
  Element.prototype.scrollIntoView = function (this: Element) {
    scrolledTo.push(this);
  };
  window.scrollBy = vi.fn() as never;
});
afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

const req = (texts: string[], extra: Partial<RevealRequest> = {}): RevealRequest => ({
  texts,
  highlightName: 'elens-reveal',
  flashMs: 1000,
  ...extra,
});

function lastRevealed(): string {
  return revealedText[revealedText.length - 1] ?? '';
}

describe('revealInPage', () => {
  it('finds a sentence across elements, whitespace and curly quotes, and scrolls to it', () => {
    document.body.innerHTML = `<nav>Menu</nav><article><p>The minister said:
      “We are <em>not</em>   asking for a backdoor,” at the briefing.</p></article>`;
    const res = revealInPage(req(['"We are not asking for a backdoor,"']));
    expect(res).toMatchObject({ found: true, matchedIndex: 0 });
    expect(lastRevealed()).toBe('“We are not   asking for a backdoor,”');
    expect(scrolledTo[0]?.tagName).toBe('P');
  });

  it('looks in the located block first', () => {
    document.body.innerHTML =
      '<article><p>Same words here.</p><div><p>Other</p><p>Same words here.</p></div></article>';
    // html > body(1) > article(0) > div(1) > p(1)
    revealInPage(req(['Same words here'], { path: [1, 0, 1, 1] }));
    expect(scrolledTo[0]?.previousElementSibling?.textContent).toBe('Other');
    scrolledTo = [];
    revealInPage(req(['Same words here'], { path: [1, 0, 9] }));
    expect(scrolledTo[0]?.previousElementSibling).toBeNull();
  });

  it('falls back to later texts, case-insensitively', () => {
    document.body.innerHTML = '<article><p>Encryption keeps messages private.</p></article>';
    const res = revealInPage(req(['not in the page at all', 'ENCRYPTION KEEPS']));
    expect(res).toMatchObject({ found: true, matchedIndex: 1 });
    expect(lastRevealed()).toBe('Encryption keeps');
  });

  it('treats separate paragraphs as separate words', () => {
    document.body.innerHTML = '<article><p>ends here.</p><p>Next begins</p></article>';
    expect(revealInPage(req(['here. Next'])).found).toBe(true);
  });

  it('whole words only for terms; the earliest of several forms wins', () => {
    document.body.innerHTML =
      '<article><p>Unencrypted files. Later, backdoors. Then encrypted chats.</p></article>';
    const res = revealInPage(req(['encrypted', 'backdoors'], { wholeWord: true, earliest: true }));
    expect(res).toMatchObject({ found: true, matchedIndex: 1 });
    expect(lastRevealed()).toBe('backdoors');
  });

  it('prefers the article over the navigation', () => {
    document.body.innerHTML = '<nav><a>Encryption</a></nav><article><p>Strong encryption matters.</p></article>';
    revealInPage(req(['encryption'], { wholeWord: true }));
    expect(scrolledTo[0]?.closest('article')).not.toBeNull();
  });

  it('uses the term highlight when the page has one', () => {
    document.body.innerHTML =
      '<article><p>A <mark data-elens-term="tls">TLS</mark> link, and TLS again.</p></article>';
    const res = revealInPage(req(['TLS'], { termId: 'tls' }));
    expect(res).toMatchObject({ found: true, matchedIndex: -1 });
    expect(scrolledTo[0]?.tagName).toBe('MARK');
  });

  it('skips scripts, styles and our own tooltip', () => {
    document.body.innerHTML =
      '<script>var secret = "hidden words";</script><elens-tooltip>hidden words</elens-tooltip><p>visible</p>';
    expect(revealInPage(req(['hidden words'])).found).toBe(false);
  });

  it('not found: reports it and touches nothing', () => {
    document.body.innerHTML = '<article><p>Something else.</p></article>';
    const before = document.documentElement.outerHTML;
    expect(revealInPage(req(['missing sentence']))).toEqual({ found: false, matchedIndex: -1, flash: 'none' });
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('without custom highlights, flashes with an overlay that removes itself', () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<article><p>Flash this sentence please.</p></article>';
    const body = document.body.innerHTML;
    const res = revealInPage(req(['Flash this sentence']));
    expect(res.flash).toBe('overlay');
    expect(document.documentElement.lastElementChild?.getAttribute('aria-hidden')).toBe('true');
    vi.advanceTimersByTime(1000);
    expect(document.documentElement.lastElementChild?.tagName).toBe('BODY');
    expect(document.body.innerHTML).toBe(body);
  });

  it('with custom highlights, paints one and clears it', () => {
    vi.useFakeTimers();
    const registry = new Map<string, unknown>();
    class FakeHighlight {
      ranges: Range[];
      constructor(...r: Range[]) {
        this.ranges = r;
      }
    }
    vi.stubGlobal('Highlight', FakeHighlight);
    vi.stubGlobal('CSS', { highlights: registry });
    try {
      document.body.innerHTML = '<article><p>Paint me now.</p></article>';
      expect(revealInPage(req(['Paint me'])).flash).toBe('highlight');
      expect(registry.has('elens-reveal')).toBe(true);
      vi.advanceTimersByTime(1000);
      expect(registry.has('elens-reveal')).toBe(false);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('statementTargets', () => {
  it('whole text first (without quote marks), then sentences, then the opening words', () => {
    const t = statementTargets('“What you propose is a design by vulnerability. With a backdoor, personal data is not protected at all.”');
    expect(t[0]).toBe('What you propose is a design by vulnerability. With a backdoor, personal data is not protected at all');
    expect(t).toContain('With a backdoor, personal data is not protected at all');
    expect(t).toContain('What you propose is a design by vulnerability');
    expect(t[t.length - 1]).toBe('What you propose is a design by vulnerability.');
  });
  it('keeps locator anchors right after the whole text', () => {
    expect(statementTargets('short', ['Doe said it was short.'])).toEqual(['short', 'Doe said it was short.']);
  });
});

describe('snapshotPage', () => {
  it('serialises the page without scripts and styles', () => {
    document.title = 'Title here';
    document.documentElement.lang = 'en';
    document.body.innerHTML = '<script>var x = "<p>";</script><style>p{}</style><article><p>Body text</p></article>';
    const s = snapshotPage(1_000_000);
    expect(s.title).toBe('Title here');
    expect(s.lang).toBe('en');
    expect(s.html).toContain('<article><p>Body text</p></article>');
    // Emptied, not removed: element positions must match the live page for the locators.
    expect(s.html).toContain('<script></script><style></style><article>');
    expect(s.html).not.toContain('var x');
    expect(s.truncated).toBe(false);
    expect(snapshotPage(20).truncated).toBe(true);
  });
});
