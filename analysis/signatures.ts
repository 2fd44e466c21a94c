import type { Attribution, SentenceParse } from './attributions';
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

/** A sentence's verbs: a line that says something is no signature. */
const STATEMENT_WORD = /(?:^|\s)(?:is|are|was|were|said|says|will|would|has|have|had|can|should|must|do|does|did|not|we|i|this|that)(?=[\s,.;:!?]|$)/i;

const prose = (p: Paragraph | undefined) => p !== undefined && (p.kind === 'text' || p.kind === 'item' || p.kind === 'quote');

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

/** One attribution per paragraph of each signed letter. */
export function signedLetters(article: Article, byParagraph: Map<number, SentenceParse[]>): Array<Omit<Attribution, 'id'>> {
  const paragraphs = article.paragraphs;
  const signatures: Array<{ paragraph: number; speaker: NonNullable<ReturnType<typeof signer>> }> = [];
  for (let i = 1; i < paragraphs.length; i++) {
    if (!prose(paragraphs[i - 1])) continue;
    const speaker = signer(paragraphs[i]!, byParagraph.get(i));
    if (speaker) signatures.push({ paragraph: i, speaker });
  }
  // A live blog's reporter signs every entry, and a byline is the writer's: a letter writer signs once.
  const count = new Map<string, number>();
  const key = (s: (typeof signatures)[number]) => s.speaker.mentions[0]!.name.toLowerCase();
  for (const s of signatures) count.set(key(s), (count.get(key(s)) ?? 0) + 1);
  const byline = article.byline?.toLowerCase() ?? '';
  const writers = signatures.filter((s) => count.get(key(s)) === 1 && !(byline && byline.includes(key(s))));
  if (writers.length < MIN_SIGNATURES) return [];
  const out: Array<Omit<Attribution, 'id'>> = [];
  let previous = -1;
  const writer = new Set(writers);
  for (const signature of signatures) {
    const { paragraph, speaker } = signature;
    const from = previous;
    previous = paragraph;
    if (!writer.has(signature)) continue;
    const body: number[] = [];
    for (let q = paragraph - 1; q > from && q >= paragraph - MAX_LETTER_PARAGRAPHS && prose(paragraphs[q]); q--) body.unshift(q);
    for (const q of body) {
      const first = byParagraph.get(q)?.[0];
      if (!first) continue;
      const text = paragraphs[q]!.text;
      const start = text.length - text.trimStart().length;
      const end = text.trimEnd().length;
      const said = text.slice(start, end);
      const collapsed = said.replace(/\s+/g, ' ').trim();
      out.push({ speaker, kind: 'direct', frame: 'say', text: collapsed, content: said, sentence: first.sentence.index, paragraph: q, start, end, context: collapsed, cue: 'signed' });
    }
  }
  return out;
}
