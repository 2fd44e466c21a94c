import { isExcludedElement, isInsideExcluded } from './exclusions';

/**
 * Where the article is. News pages mark it up in one of three ways, tried in this order:
 * an `<article>` (the one with the most text: listing pages and comment threads have small
 * ones), a main landmark, or neither, in which case the element holding the most paragraph text
 * wins. Chrome, navigation and comments are never the region (and are skipped inside it).
 */

/** Below this, an `<article>` is a teaser card, not the article. */
const MIN_ARTICLE_CHARS = 140;
/** Below this, the densest block of paragraphs is not an article either. */
const MIN_PARAGRAPH_CHARS = 200;
/** Short paragraphs are captions, bylines and link lists rather than prose. */
const MIN_PROSE_CHARS = 40;
/**
 * A live blog's entries or a letters page's letters are siblings of one parent, none of them the
 * whole story: when the best block holds less than this share of what it and its siblings hold,
 * the parent is the region.
 */
const FEED_SHARE = 2 / 3;
/** Prose of the parent's own, against the best block's, above which the parent holds the story. */
const OPENING_SHARE = 0.1;

function usable(el: Element): boolean {
  return !isExcludedElement(el) && !isInsideExcluded(el);
}

function textLength(el: Element): number {
  return el.textContent?.length ?? 0;
}

/** Whether `el` holds at least `min` characters, reading no further than that. */
function hasText(el: Element, min: number): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, 0x4 /* SHOW_TEXT */);
  let n = 0;
  while (walker.nextNode()) {
    n += (walker.currentNode as Text).data.length;
    if (n >= min) return true;
  }
  return false;
}

/**
 * A live collection as an array, read by index: jsdom (which the analyzer runs on) re-reads the
 * collection at every step of its iterator, so spreading 40,000 <article>s took 14 s.
 */
function copyOf(collection: HTMLCollectionOf<Element>): Element[] {
  const out: Element[] = [];
  for (let i = 0, n = collection.length; i < n; i++) out.push(collection[i]!);
  return out;
}

/**
 * The elements of `els` that no other element of `els` contains. Each ancestor is looked at
 * once, whatever the number of elements (a listing page may hold 10,000 cards): an element
 * remembers whether it lies inside one of `els`.
 */
function outermost(els: readonly Element[]): Element[] {
  const members = new Set(els);
  const covered = new Map<Element, boolean>();
  const insideMember = (start: Element | null): boolean => {
    const walked: Element[] = [];
    let inside = false;
    for (let e = start; e; e = e.parentElement) {
      const known = covered.get(e);
      if (known !== undefined) {
        inside = known;
        break;
      }
      walked.push(e);
      if (members.has(e)) {
        inside = true;
        break;
      }
    }
    for (const e of walked) covered.set(e, inside);
    return inside;
  };
  return els.filter((el) => !insideMember(el.parentElement));
}

/**
 * `best`, or its parent when `best` is one entry of a feed: siblings that score too (a live
 * blog's entries, a letters page's letters, an article split around an advert) and hold together
 * more than `best` alone holds by `FEED_SHARE`.
 */
function feedOf(best: Element, scoreOf: (el: Element) => number): Element {
  const parent = best.parentElement;
  if (!parent || !usable(parent)) return best;
  let total = 0;
  let scored = 0;
  for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
    const n = scoreOf(c);
    if (n > 0 && usable(c)) {
      total += n;
      scored++;
    }
  }
  if (scored >= 2 && scoreOf(best) < FEED_SHARE * total) return parent;
  // A transcript or a list of entries set in a block of its own under the story's opening
  // paragraphs ("Interior Minister X held a press conference …" then the transcript's div).
  const own = scoreOf(parent);
  return own >= MIN_PARAGRAPH_CHARS && own >= OPENING_SHARE * scoreOf(best) ? parent : best;
}

function largestArticle(doc: Document): Element | null {
  const articles = copyOf(doc.getElementsByTagName('article')).filter(usable);
  // Nested <article>s are comments or embedded cards: the outermost holds the story.
  const outer = outermost(articles);
  // The common case, one article: no need to build its whole text (10 MB pages exist).
  if (outer.length === 1) return hasText(outer[0]!, MIN_ARTICLE_CHARS) ? outer[0]! : null;
  const lengths = new Map<Element, number>();
  let best: Element | null = null;
  let bestLength = MIN_ARTICLE_CHARS - 1;
  for (const a of outer) {
    const n = textLength(a);
    lengths.set(a, n);
    if (n > bestLength) {
      best = a;
      bestLength = n;
    }
  }
  return best && feedOf(best, (el) => lengths.get(el) ?? 0);
}

function mainLandmark(doc: Document): Element | null {
  for (const el of doc.querySelectorAll('[role="main"], main')) {
    if (usable(el)) return el;
  }
  return null;
}

/** Text directly inside `el` (not inside its child elements): cheap, and what prose blocks hold. */
function ownTextLength(el: Element): number {
  let n = 0;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) n += (c as Text).data.trim().length;
  }
  return n;
}

/**
 * Pages without article markup: the parent of the most prose wins. Paragraphs count with all
 * their text; divs and other blocks (sites that build paragraphs from divs) with their own text.
 */
function densestParagraphs(doc: Document): Element | null {
  const scores = new Map<Element, number>();
  for (const block of doc.body.querySelectorAll('p, div, blockquote, li, dd')) {
    const parent = block.parentElement;
    if (!parent) continue;
    const n = block.tagName === 'P' ? textLength(block) : ownTextLength(block);
    if (n < MIN_PROSE_CHARS) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + n);
  }
  let best: Element | null = null;
  let bestScore = MIN_PARAGRAPH_CHARS - 1;
  for (const [el, score] of scores) {
    if (score > bestScore && usable(el)) {
      best = el;
      bestScore = score;
    }
  }
  return best && feedOf(best, (el) => scores.get(el) ?? 0);
}

/** The element holding the article, or null when the page has none worth reading. */
export function findArticleRegion(doc: Document): Element | null {
  if (!doc.body) return null;
  return largestArticle(doc) ?? mainLandmark(doc) ?? densestParagraphs(doc);
}
