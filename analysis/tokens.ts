import { ABBREVIATIONS } from './gazetteer';

/** A word or mark of a sentence, with offsets into the sentence text. */
export interface Token {
  text: string;
  /** Lower case, curly apostrophes folded to straight ones. */
  lower: string;
  start: number;
  end: number;
  kind: 'word' | 'punct' | 'quote';
  /** Starts with an upper-case letter (or is an acronym such as "U.S."). */
  cap: boolean;
  /** Inside a quotation (set by the attribution stage). */
  quoted: boolean;
}

/**
 * Words keep inner apostrophes and hyphens ("don't", "Kosciusko-Morizet", "end-to-end");
 * dotted acronyms ("U.S.", "e.g.") stay whole; every other non-space character is its own token.
 */
const TOKEN_RE =
  /(?:\p{L}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\u2010\u2011\-&][\p{L}\p{M}\p{N}]+)*|[“”"‘’'«»„‟]|[^\s\p{L}\p{N}]/gu;
const QUOTE_CHARS = new Set(['“', '”', '"', '‘', '’', "'", '«', '»', '„', '‟']);
const UPPER = /^\p{Lu}/u;
const POSSESSIVE = /^(.+?)(['’]s|(?<=s)['’])$/u;
/** A single quotation mark opened earlier in the text (then a mark after a name closes it). */
const OPEN_SINGLE = /(?:^|[\s(\[\u2014])['‘]\p{L}/u;

/** "900,000": the comma at `k` joins digits on both sides, with no space ("3, 000" is a list). */
export function isThousandsSeparator(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return t?.text === ',' && before !== undefined && after !== undefined && /^\d+$/.test(before.text) && /^\d{3}$/.test(after.text) && before.end === t.start && t.end === after.start;
}

export function foldApostrophes(text: string): string {
  return text.replace(/[’‘`´]/g, "'");
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    let word = m[0];
    const start = m.index;
    const first = word[0]!;
    if (QUOTE_CHARS.has(word)) {
      out.push({ text: word, lower: word, start, end: start + 1, kind: 'quote', cap: false, quoted: false });
      continue;
    }
    if (!/[\p{L}\p{N}]/u.test(first)) {
      out.push({ text: word, lower: word, start, end: start + word.length, kind: 'punct', cap: false, quoted: false });
      continue;
    }
    // "Mr." keeps its full stop so that it reads as a title, not the end of a sentence.
    // An initial ("Kevin R. Smith") keeps its full stop too.
    if (text[start + word.length] === '.' && (ABBREVIATIONS.has(word.toLowerCase()) || (/^\p{Lu}$/u.test(word) && /^\s+\p{Lu}/u.test(text.slice(start + 2, start + 4))))) word += '.';
    // An apostrophe that ends the word, not a closing mark (unless a single quotation was opened
    // before it): "Achieng' Odhiambo", a name spelt with one (Kenyan and other spellings), when a
    // capitalised word follows at once; "a journalists' group", a plural's possessive, when a
    // lower-case word does.
    const plural = /s$/.test(word);
    if ((plural || UPPER.test(first)) && (plural ? /^['’] \p{Ll}/u : /^['’] \p{Lu}/u).test(text.slice(start + word.length, start + word.length + 3)) && !OPEN_SINGLE.test(text.slice(0, start))) word += text[start + word.length];
    const possessive = POSSESSIVE.exec(word);
    const cap = UPPER.test(first);
    if (possessive) {
      const base = possessive[1]!;
      out.push({ text: base, lower: foldApostrophes(base.toLowerCase()), start, end: start + base.length, kind: 'word', cap, quoted: false });
      out.push({ text: possessive[2]!, lower: "'s", start: start + base.length, end: start + word.length, kind: 'word', cap: false, quoted: false });
      TOKEN_RE.lastIndex = start + word.length;
      continue;
    }
    out.push({
      text: word,
      lower: foldApostrophes(word.toLowerCase()),
      start,
      end: start + word.length,
      kind: 'word',
      cap,
      quoted: false,
    });
    TOKEN_RE.lastIndex = start + word.length;
  }
  return out;
}

/** Lower-case words that the article uses in lower case somewhere: "Breaking" is then no name. */
export function lowerCaseVocabulary(texts: Iterable<string>): Set<string> {
  const seen = new Set<string>();
  const re = /(?<![\p{L}\p{N}'’-])\p{Ll}[\p{L}\p{M}'’-]*/gu;
  for (const text of texts) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) seen.add(foldApostrophes(m[0]));
  }
  return seen;
}
