/**
 * Quotations in a paragraph, as character spans. Tolerant of what news pages actually print:
 * straight and curly marks mixed in one quotation (“…" or "…”), a curly mark typed the wrong way
 * round, single quotation marks (British style, or a quotation inside a quotation), and a
 * quotation that runs over several paragraphs, where the opening paragraph's quotation is left
 * open and the next one starts with a fresh opening mark.
 */

export interface Quote {
  paragraph: number;
  /** Offsets of the quoted text, without its marks. */
  start: number;
  end: number;
  /** Offsets including the marks (`outerEnd` is the paragraph end when left open). */
  outerStart: number;
  outerEnd: number;
  /** Not closed in this paragraph. */
  open: boolean;
  /** Continues a quotation left open at the end of the previous paragraph. */
  continued: boolean;
  /** Single quotation marks. */
  single: boolean;
  text: string;
  words: number;
}

const DOUBLE_OPEN = new Set(['“', '„', '«', '‟']);
const DOUBLE_CLOSE = new Set(['”', '»']);
const SINGLE_OPEN = new Set(['‘', '‹']);
const SINGLE_CLOSE = new Set(['’', '›']);

const isSpace = (ch: string | undefined) => ch === undefined || /[\s([{\u2014\u2013-]/.test(ch);
const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const countWords = (text: string) => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

/** Only whitespace before `at` (checked on the first quotation of a paragraph only). */
function leadingOnly(text: string, at: number): boolean {
  for (let i = 0; i < at; i++) if (!/\s/.test(text[i]!)) return false;
  return true;
}

interface OpenMark {
  at: number;
  single: boolean;
}

/** Can a straight or curly single mark at `i` open a quotation (not an apostrophe)? */
function canOpenSingle(text: string, i: number): boolean {
  return isSpace(text[i - 1]) && /[\p{L}\p{N}“"…]/u.test(text[i + 1] ?? '');
}

/** Can a single mark at `i` close one (not the apostrophe of "don’t")? */
function canCloseSingle(text: string, i: number): boolean {
  return !isSpace(text[i - 1]) && !isWordChar(text[i + 1]);
}

export function findQuotes(text: string, paragraph: number, continuesOpen: boolean): Quote[] {
  const quotes: Quote[] = [];
  let open: OpenMark | null = null;
  let nested = false;
  let firstOpen = true;

  const close = (at: number, markLength: number) => {
    if (!open) return;
    const start = open.at + 1;
    const body = text.slice(start, at);
    quotes.push({
      paragraph,
      start,
      end: at,
      outerStart: open.at,
      outerEnd: at + markLength,
      open: false,
      continued: continuesOpen && firstOpen && quotes.length === 0 && leadingOnly(text, open.at),
      single: open.single,
      text: body,
      words: countWords(body),
    });
    open = null;
    nested = false;
    firstOpen = false;
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') {
      if (open && !open.single) close(i, 1);
      else if (open?.single) {
        // A straight double mark inside a single-quoted span: treat the single one as a scare quote.
        open = { at: i, single: false };
      } else if (!isWordChar(text[i - 1]) || isSpace(text[i - 1])) open = { at: i, single: false };
      continue;
    }
    if (DOUBLE_OPEN.has(ch)) {
      if (open && !open.single) {
        // “…“ typed instead of “…”: a second opening mark right after a word closes.
        if (!isSpace(text[i - 1]) && !isWordChar(text[i + 1])) close(i, 1);
        // A fresh opening mark after a space: the previous quotation was never closed.
        else if (isSpace(text[i - 1]) && isWordChar(text[i + 1])) {
          let end = i;
          while (end > open.at + 1 && /\s/.test(text[end - 1]!)) end--;
          close(end, 0);
          open = { at: i, single: false };
        }
        continue;
      }
      open = { at: i, single: false };
      nested = false;
      continue;
    }
    if (DOUBLE_CLOSE.has(ch)) {
      if (open && !open.single) close(i, 1);
      else if (open?.single) close(i, 1);
      else if (isSpace(text[i - 1]) && isWordChar(text[i + 1])) open = { at: i, single: false }; // ” typed as opening
      continue;
    }
    if (SINGLE_OPEN.has(ch) || ch === "'") {
      if (open && !open.single) {
        // A quotation inside a quotation: part of the outer text.
        if (canOpenSingle(text, i)) nested = true;
        else if (nested && canCloseSingle(text, i)) nested = false;
        continue;
      }
      if (open?.single) {
        if (canCloseSingle(text, i)) close(i, 1);
        continue;
      }
      if (canOpenSingle(text, i)) open = { at: i, single: true };
      continue;
    }
    if (SINGLE_CLOSE.has(ch)) {
      if (open && !open.single) {
        if (nested && canCloseSingle(text, i)) nested = false;
        continue;
      }
      if (open?.single && canCloseSingle(text, i)) close(i, 1);
    }
  }
  if (open !== null) {
    const o: OpenMark = open;
    // A single mark never closed was an apostrophe or a typo, not a quotation.
    if (!o.single) {
      const start = o.at + 1;
      const body = text.slice(start).replace(/\s+$/, '');
      quotes.push({
        paragraph,
        start,
        end: start + body.length,
        outerStart: o.at,
        outerEnd: text.length,
        open: true,
        continued: continuesOpen && quotes.length === 0 && leadingOnly(text, o.at),
        single: false,
        text: body,
        words: countWords(body),
      });
    }
  }
  return quotes;
}

/** Quotations of consecutive paragraphs, linking those that run on from one to the next. */
export function findQuotesInParagraphs(texts: readonly string[]): Quote[][] {
  const out: Quote[][] = [];
  let leftOpen = false;
  for (let i = 0; i < texts.length; i++) {
    const quotes = findQuotes(texts[i]!, i, leftOpen);
    out.push(quotes);
    const last = quotes[quotes.length - 1];
    leftOpen = last !== undefined && last.open;
  }
  return out;
}
