import { ABBREVIATIONS, CAPITALISED_FUNCTION_WORDS } from './gazetteer';

/**
 * Sentence boundaries from `Intl.Segmenter` (no bundle cost), with the repairs news text needs:
 * ICU breaks after "Mr." and initials ("J. R. Doe"), after acronyms ("U.S."), and after a
 * question inside a quotation ("“Why?” she asked."). Segmenting one paragraph at a time keeps
 * it fast: ICU slows down badly on long strings.
 */

export interface Span {
  start: number;
  end: number;
}

/** Abbreviations that may also end a sentence ("… Apple Inc. The company said"). */
const MAY_END = new Set(['etc', 'inc', 'ltd', 'corp', 'co', 'al', 'est', 'no']);

let segmenter: Intl.Segmenter | null | undefined;
function getSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('en', { granularity: 'sentence' }) : null;
  }
  return segmenter;
}

/** ICU's cost per character grows with the string: long paragraphs are segmented in pieces. */
const CHUNK = 2000;

function chunks(text: string): Span[] {
  if (text.length <= CHUNK) return [{ start: 0, end: text.length }];
  const out: Span[] = [];
  let start = 0;
  const boundary = /[.!?]["”’')\]]*\s+/g;
  while (text.length - start > CHUNK) {
    boundary.lastIndex = start + CHUNK / 2;
    const m = boundary.exec(text);
    const end = m && m.index < start + CHUNK * 2 ? m.index + m[0].length : start + CHUNK;
    out.push({ start, end });
    start = end;
  }
  out.push({ start, end: text.length });
  return out;
}

function rawSpans(text: string): Span[] {
  const seg = getSegmenter();
  const spans: Span[] = [];
  if (seg) {
    for (const chunk of chunks(text)) {
      for (const s of seg.segment(text.slice(chunk.start, chunk.end))) {
        spans.push({ start: chunk.start + s.index, end: chunk.start + s.index + s.segment.length });
      }
    }
    return spans;
  }
  // Without Intl.Segmenter: break after . ! ? (and closing quotes) followed by a space.
  const re = /[.!?]+["”’')\]]*\s+/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    spans.push({ start: last, end: m.index + m[0].length });
    last = m.index + m[0].length;
  }
  if (last < text.length) spans.push({ start: last, end: text.length });
  return spans;
}

const LETTER = /^\p{L}$/u;
const SPACE = /^\s$/;

/**
 * The letters and dots right before the full stop that ends `prev` ("Mr" in "… said Mr. "), as
 * `/([\p{L}.]+)\.\s*$/u` would capture them, or undefined when `prev` does not end that way.
 * Read backwards from the end: that regular expression, anchored only at the end, tried every
 * start in a long run of letters and dots, and sentence joining asks it again of the growing
 * sentence, so a paragraph like "a.a.a.a…" took minutes.
 */
function lastWord(prev: string): string | undefined {
  let end = prev.length;
  while (end > 0 && SPACE.test(prev[end - 1]!)) end--;
  if (end === 0 || prev[end - 1] !== '.') return undefined;
  const stop = end - 1;
  let start = stop;
  while (start > 0) {
    const unit = prev.charCodeAt(start - 1);
    // A letter outside the BMP is a surrogate pair: test it whole.
    const width = unit >= 0xdc00 && unit <= 0xdfff && start >= 2 ? 2 : 1;
    const ch = prev.slice(start - width, start);
    if (ch !== '.' && !LETTER.test(ch)) break;
    start -= width;
  }
  return start < stop ? prev.slice(start, stop) : undefined;
}
const FIRST_WORD = /^[\s"“‘'(\[]*([\p{L}\p{N}][\p{L}\p{N}'’.-]*)/u;

function shouldJoin(prev: string, next: string): boolean {
  const nextTrim = next.trim();
  if (!nextTrim) return true;
  // Only closing marks left over: they belong to the sentence before.
  if (/^[”’"')\]]+$/.test(nextTrim)) return true;
  const first = FIRST_WORD.exec(next)?.[1] ?? '';
  const startsLower = /^\p{Ll}/u.test(first);
  if (startsLower) return true;
  const word = lastWord(prev);
  if (word === undefined) return false;
  const lower = word.toLowerCase();
  // A single initial: "J. R. Doe".
  if (/^\p{Lu}$/u.test(word)) return true;
  if (ABBREVIATIONS.has(lower)) return !MAY_END.has(lower);
  // Dotted acronyms ("U.S.") end a sentence only when a usual sentence opener follows.
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return !CAPITALISED_FUNCTION_WORDS.has(first.toLowerCase());
  return false;
}

/** Sentence spans of a paragraph, trimmed of surrounding whitespace. */
export function splitSentences(text: string): Span[] {
  const merged: Span[] = [];
  for (const span of rawSpans(text)) {
    const prev = merged[merged.length - 1];
    if (prev && shouldJoin(text.slice(prev.start, prev.end), text.slice(span.start, span.end))) {
      prev.end = span.end;
    } else {
      merged.push({ ...span });
    }
  }
  const out: Span[] = [];
  for (const s of merged) {
    let { start, end } = s;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) out.push({ start, end });
  }
  return out;
}
