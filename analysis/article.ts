import { findArticleRegion } from '../entrypoints/content/region';
import { readSegments } from '../entrypoints/content/segments';
import { BLOCK_TAGS, BYLINE_TEXT, HEADING_CLASS, LANGUAGE_FUNCTION_WORDS, META_CLASS, META_LABEL, PROMPT_CLASS } from './gazetteer';
import { splitSentences } from './sentences';
import type { Article, Paragraph, ParagraphKind, Sentence } from './types';

/**
 * The article of a page: its region is found, and read, exactly as the in-page highlighter does
 * (the same `findArticleRegion` and `readSegments`), so that the terms and sentences the popup
 * reports are the ones the reader sees highlighted. Each block of text becomes a paragraph that
 * remembers its element's path, so "Show in page" can find it again in the live page.
 *
 * Readability is not used: it costs more than the whole rest of the analysis on a typical page,
 * modifies what it is given, and drops opening and link-heavy paragraphs, which are exactly where
 * reported speech tends to sit.
 */

export interface ArticleSource {
  article: Article;
  /** Every block of text of the region as the highlighter reads it (for term matching). */
  texts: string[];
}

const WHITESPACE = /\s/g;
const toSpaces = (text: string) => text.replace(WHITESPACE, ' ');

const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const ITEM_TAGS = new Set(['li']);
const QUOTE_TAGS = new Set(['blockquote']);

/**
 * `el.closest('a,b,…')` (or `'…,[role="…"]'`) for plain tag names, as a walk up: jsdom's
 * selector engine made `closest` most of the cost of reading a page of 100,000 paragraphs.
 * `localName` is what a type selector compares (lower-case for HTML elements).
 */
function closestTag(el: Element | null, tags: ReadonlySet<string>, role?: string, stop?: Element): Element | null {
  // (Up to `stop` at most: what lies above the region is no heading or item of it.)
  for (let e = el; e; e = e === stop ? null : e.parentElement) {
    if (tags.has(e.localName) || (role !== undefined && e.getAttribute('role') === role)) return e;
  }
  return null;
}
const SEPARATED_META = /\s[·|•]\s/;
const DATE_LIKE = /\b(?:\d{1,2}\s+\p{L}+\s+\d{4}|\p{L}+\s+\d{1,2},\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2})\b/u;

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
function wordsIn(text: string): number {
  // Counted with `test`, which builds no array of the words.
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.test(text)) n++;
  return n;
}

/**
 * Element paths as "Show in page" follows them: from the root element, the index of each
 * element among its parent's element children (`utils/page-access.ts` walks `children[i]`).
 * Sibling indices are counted once per parent and remembered, so that an article of 100,000
 * sibling paragraphs costs one pass, not one walk back per paragraph. One per read: a live page
 * changes between reads.
 */
function pathFinder(): (el: Element) => number[] {
  const indexOf = new Map<Element, number>();
  const indexChildren = (parent: Element) => {
    let i = 0;
    for (let c = parent.firstElementChild; c; c = c.nextElementSibling) indexOf.set(c, i++);
  };
  return (el) => {
    const path: number[] = [];
    for (let node: Element = el; node.parentElement; node = node.parentElement) {
      let i = indexOf.get(node);
      if (i === undefined) {
        indexChildren(node.parentElement);
        i = indexOf.get(node)!;
      }
      path.push(i);
    }
    return path.reverse();
  };
}

function classOf(el: Element | null, stop: Element): string {
  let cls = '';
  for (let e = el; e && e !== stop; e = e.parentElement) cls += ` ${e.getAttribute('class') ?? ''}`;
  return cls;
}

/** Running text of the article (not a heading or a byline): what positions and word counts are read from. */
export const prose = (p: Pick<Paragraph, 'kind'> | undefined) => p !== undefined && (p.kind === 'text' || p.kind === 'item' || p.kind === 'quote');

function kindOf(block: Element, region: Element, text: string, words: number): ParagraphKind {
  const heading = closestTag(block, HEADING_TAGS, 'heading', region);
  if (heading && region.contains(heading)) return 'heading';
  const cls = classOf(block, region);
  if (HEADING_CLASS.test(cls)) return 'heading';
  if (META_CLASS.test(cls)) return 'meta';
  if (words <= 12 && BYLINE_TEXT.test(text)) return 'meta';
  if (words <= 20 && SEPARATED_META.test(text) && DATE_LIKE.test(text)) return 'meta';
  if (META_LABEL.test(text)) return 'meta';
  const item = closestTag(block, ITEM_TAGS, undefined, region);
  if (item && region.contains(item)) return 'item';
  const quote = closestTag(block, QUOTE_TAGS, undefined, region);
  if (quote && region.contains(quote)) return 'quote';
  return 'text';
}

/** An interviewer's turn, as pages set it apart (see `Paragraph.prompt`). */
function isPrompt(block: Element, region: Element, text: string, words: number): boolean {
  if (/^\s*Q\s*[:.]\s/.test(text)) return true;
  if (PROMPT_CLASS.test(block.getAttribute('class') ?? '')) return true;
  if (words < 4) return false;
  const strong = firstBold(block);
  return strong !== null && region.contains(strong) && (strong.textContent ?? '').replace(/\s+/g, ' ').trim() === text.trim();
}

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING, without relying on a global `Node`

/**
 * The first `<strong>` or `<b>` inside a block. Not `querySelector('strong, b')`: once per
 * paragraph, jsdom's selector engine made a 100,000-paragraph page take seconds in Node.
 */
function firstBold(block: Element): Element | null {
  const strong = block.getElementsByTagName('strong')[0] ?? null;
  const b = block.getElementsByTagName('b')[0] ?? null;
  if (!strong || !b) return strong ?? b;
  return strong.compareDocumentPosition(b) & FOLLOWING ? strong : b;
}

/*
 * Title, byline, date and language are read with tag-name collections and walks rather than
 * selector queries: each document-wide `querySelector` runs jsdom's selector engine over every
 * element, which on a 100,000-paragraph page cost the CLI seconds (the browser does not care).
 */

/** The trimmed `content` of the first `<meta>` whose `attr` is `value` (exactly, or ignoring case). */
function metaContent(doc: Document, attr: string, value: string, ignoreCase = false): string | undefined {
  for (const meta of doc.getElementsByTagName('meta')) {
    const v = meta.getAttribute(attr);
    if (v === null || (ignoreCase ? v.toLowerCase() !== value : v !== value)) continue;
    const content = meta.getAttribute('content')?.trim();
    if (content) return content;
  }
  return undefined;
}

/** The first element under `root`, in document order, that `test` accepts. */
function firstElement(root: Element | Document, test: (el: Element) => boolean): Element | null {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (test(n as Element)) return n as Element;
  return null;
}

const SHOW_ELEMENT = 1; // NodeFilter.SHOW_ELEMENT, without relying on a global `NodeFilter`

const BYLINE_CLASS = /(?:^|[\t\n\f\r ])byline(?:[\t\n\f\r ]|$)/;
const AUTHOR_CLASS = /(?:^|[\t\n\f\r ])(?:byline|author)(?:[\t\n\f\r ]|$)/;
/** `[rel="author"], [itemprop="author"], .byline` (or `classes`): the class attribute read as `classList` splits it, without jsdom's cost of a `classList` per element. */
function isAuthorMarkup(el: Element, classes = BYLINE_CLASS): boolean {
  return el.getAttribute('rel') === 'author' || el.getAttribute('itemprop') === 'author' || classes.test(el.getAttribute('class') ?? '');
}

function titleOf(doc: Document, region: Element): string {
  const h1 = region.getElementsByTagName('h1')[0] ?? doc.getElementsByTagName('h1')[0];
  const fromH1 = h1?.textContent?.replace(/\s+/g, ' ').trim();
  if (fromH1) return fromH1;
  const og = metaContent(doc, 'property', 'og:title');
  if (og) return og;
  const raw = (doc.title ?? '').replace(/\s+/g, ' ').trim();
  // "Headline - Site Name": keep the headline.
  const parts = raw.split(/\s+[|–—-]\s+/);
  return parts.length > 1 && parts[0]!.length >= 15 ? parts[0]! : raw;
}

function bylineOf(doc: Document, region: Element): string | null {
  const el =
    firstElement(region, (e) => isAuthorMarkup(e, AUTHOR_CLASS)) ?? firstElement(doc, isAuthorMarkup);
  const fromEl = el?.textContent?.replace(/\s+/g, ' ').replace(/^\s*(?:written by|by)\b\s*/i, '').trim();
  if (fromEl) return fromEl;
  const meta = metaContent(doc, 'name', 'author');
  return meta || null;
}

function dateOf(doc: Document, region: Element): string | null {
  const dated = (t: Element) => t.hasAttribute('datetime');
  const time = [...region.getElementsByTagName('time')].find(dated) ?? [...doc.getElementsByTagName('time')].find(dated);
  const fromTime = time?.getAttribute('datetime')?.trim();
  if (fromTime) return fromTime;
  for (const [attr, value] of [
    ['property', 'article:published_time'],
    ['name', 'date'],
    ['itemprop', 'datePublished'],
    ['name', 'pubdate'],
  ] as const) {
    const v = metaContent(doc, attr, value);
    if (v) return v;
  }
  return null;
}

function languageOf(doc: Document, sample: string): string {
  const declared =
    doc.documentElement?.getAttribute('lang') ??
    metaContent(doc, 'http-equiv', 'content-language', true) ??
    metaContent(doc, 'property', 'og:locale');
  const primary = declared?.trim().split(/[-_]/)[0]?.toLowerCase();
  if (primary && /^[a-z]{2,3}$/.test(primary)) return primary;
  return guessLanguage(sample);
}

/** A crude guess from function words, for pages that do not declare their language. */
export function guessLanguage(text: string): string {
  const lower = text.slice(0, 5000).toLowerCase();
  let best = 'und';
  let bestCount = 4;
  for (const [lang, re] of LANGUAGE_FUNCTION_WORDS) {
    const n = lower.match(re)?.length ?? 0;
    if (n > bestCount) {
      best = lang;
      bestCount = n;
    }
  }
  return best;
}

/**
 * Positions are read from the first 200,000 characters (some 30,000 words: far beyond any news
 * article), so that a huge page still gets an answer in bounded time. Terms are counted over
 * the whole region, as the highlighter does.
 */
export const MAX_ANALYSED_CHARS = 200_000;

function buildSentences(paragraphs: Paragraph[]): Sentence[] {
  const sentences: Sentence[] = [];
  let budget = MAX_ANALYSED_CHARS;
  for (const p of paragraphs) {
    if (p.kind === 'meta') continue;
    if (budget <= 0) break;
    const text = p.text.length > budget ? p.text.slice(0, budget) : p.text;
    budget -= text.length;
    for (const span of splitSentences(text)) {
      sentences.push({ index: sentences.length, paragraph: p.index, start: span.start, end: span.end, text: p.text.slice(span.start, span.end) });
    }
  }
  return sentences;
}

/** The article of a parsed page, or null when the page holds none. */
export function readArticle(doc: Document): ArticleSource | null {
  const region = findArticleRegion(doc);
  if (!region) return null;
  const texts: string[] = [];
  const paragraphs: Paragraph[] = [];
  const pathOf = pathFinder();
  let wordCount = 0;
  readSegments(region).next(
    () => true,
    (segment) => {
      texts.push(segment.text);
      if (!/\S/.test(segment.text)) return;
      const first = segment.nodes[0]?.parentElement ?? region;
      const block = closestTag(first, BLOCK_TAGS) ?? region;
      const text = toSpaces(segment.text);
      const words = wordsIn(text);
      const paragraph: Paragraph = { index: paragraphs.length, text, kind: kindOf(block, region, text, words), path: pathOf(block) };
      if (prose(paragraph)) {
        wordCount += words;
        if (isPrompt(block, region, text, words)) paragraph.prompt = true;
      }
      paragraphs.push(paragraph);
    },
  );
  if (wordCount === 0) return null;
  const article: Article = {
    title: titleOf(doc, region),
    byline: bylineOf(doc, region),
    date: dateOf(doc, region),
    language: languageOf(doc, paragraphs.filter(prose).map((p) => p.text).join(' ')),
    paragraphs,
    sentences: buildSentences(paragraphs),
    wordCount,
  };
  return { article, texts };
}

/** An article from plain text: paragraphs are separated by blank lines (or single newlines). */
export function articleFromText(text: string, title = ''): ArticleSource {
  const blocks = text.split(/\n\s*\n|\r?\n/).map((t) => t.trim()).filter(Boolean);
  const paragraphs: Paragraph[] = blocks.map((t, index) => ({ index, text: toSpaces(t), kind: 'text', path: [] }));
  const article: Article = {
    title: title || (paragraphs[0]?.text ?? ''),
    byline: null,
    date: null,
    language: guessLanguage(text),
    paragraphs,
    sentences: buildSentences(paragraphs),
    wordCount: paragraphs.reduce((n, p) => n + wordsIn(p.text), 0),
  };
  return { article, texts: blocks };
}
