import type { Attribution, SentenceParse } from './attributions';
import { FIRST_PERSON, QUOTE_MARK, SALUTATION, STATEMENT_WORD } from './gazetteer';
import { prose } from './article';
import { paragraphSaid } from './transcripts';
import type { Mention } from './names';
import type { Article, Paragraph } from './types';

/**
 * Letters pages: each letter is its writer's, who signs it at the end on a line of their own —
 * "Gareth Llewellyn-Rees, retired detective sergeant, Llanelli", "— Dana Whitcombe, Harlow",
 * "Catrin Pritchard-Lowe MP". The letter runs back from the signature to the previous letter's
 * signature or heading. One signed block is an article's closing line, not a letters page.
 */

/** Fewer signatures than this is not a letters page. */
const MIN_SIGNATURES = 2;
/** A signature is short: a name, a role, a place. */
const MAX_SIGNATURE_WORDS = 16;
/** Paragraphs a letter runs back over from its signature, at most. */
const MAX_LETTER_PARAGRAPHS = 8;
/** Words before the name: a dash, "The Rev.", "State Sen.", "Dr". */
const MAX_LEAD_TOKENS = 4;

function signer(paragraph: Paragraph, parses: readonly SentenceParse[] | undefined) {
  if (!prose(paragraph) || !parses || parses.length !== 1) return undefined;
  const text = paragraph.text.trim();
  // (A line ending in a colon is a transcript's speaker label.)
  if (text.split(/\s+/).length > MAX_SIGNATURE_WORDS || /[!?:]$/.test(text) || STATEMENT_WORD.test(text)) return undefined;
  const parse = parses[0]!;
  const name = parse.mentions.find((m) => m.type === 'name' && (m.kind === 'person' || m.kind === 'org'));
  if (!name || name.start > MAX_LEAD_TOKENS) return undefined;
  const after = parse.tokens[name.end];
  if (after && after.text !== ',' && after.text !== '(' && after.text !== '.') return undefined;
  return { sentence: parse.sentence.index, mentions: [name] };
}

/**
 * One attribution per paragraph of each signed letter. Several signatures make a letters page;
 * one makes a letter only when it opens "Sir —" or "Dear Editor", or is signed with a dash
 * ("— Margaret Hollins, Wakefield") under first-person paragraphs without quotations (a news
 * story's last lines quote people, and "— Staff reporter" is a byline).
 */
export function signedLetters(article: Article, byParagraph: Map<number, SentenceParse[]>): Array<Omit<Attribution, 'id'>> {
  const paragraphs = article.paragraphs;
  const signatures: Array<{ paragraph: number; speaker: NonNullable<ReturnType<typeof signer>>; body: number[] }> = [];
  let previous = -1;
  for (let i = 1; i < paragraphs.length; i++) {
    if (!prose(paragraphs[i - 1])) continue;
    const speaker = signer(paragraphs[i]!, byParagraph.get(i));
    if (!speaker) continue;
    const body: number[] = [];
    for (let q = i - 1; q > previous && q >= i - MAX_LETTER_PARAGRAPHS && prose(paragraphs[q]); q--) body.unshift(q);
    signatures.push({ paragraph: i, speaker, body });
    previous = i;
  }
  // A live blog's reporter signs every entry, and a byline is the writer's: a letter writer signs once.
  const count = new Map<string, number>();
  const key = (s: (typeof signatures)[number]) => s.speaker.mentions[0]!.name.toLowerCase();
  for (const s of signatures) count.set(key(s), (count.get(key(s)) ?? 0) + 1);
  const byline = article.byline?.toLowerCase() ?? '';
  let writers = signatures.filter((s) => count.get(key(s)) === 1 && !(byline && byline.includes(key(s))));
  if (writers.length < MIN_SIGNATURES) writers = writers.filter((w) => standsAsLetter(w, paragraphs));
  const out: Array<Omit<Attribution, 'id'>> = [];
  for (const { speaker, body } of writers) {
    for (const q of body) {
      const said = paragraphSaid(article, byParagraph, q, 0, speaker, 'signed');
      if (said) out.push(said);
    }
  }
  return out;
}

function standsAsLetter(signature: { paragraph: number; speaker: { mentions: Mention[] }; body: number[] }, paragraphs: readonly Paragraph[]): boolean {
  const body = signature.body.map((q) => paragraphs[q]!.text);
  if (body.length === 0) return false;
  if (SALUTATION.test(body[0]!)) return true;
  const line = paragraphs[signature.paragraph]!.text;
  return /^\s*[—–-]/.test(line) && signature.speaker.mentions[0]!.kind === 'person' && /,/.test(line) && !body.some((t) => QUOTE_MARK.test(t)) && body.every((t) => FIRST_PERSON.test(t) || t.split(/\s+/).length < 12);
}
