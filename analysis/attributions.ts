import { BETWEEN_SUBJECT_AND_VERB, findCues, SPEECH_VERBS, type Cue, type Frame } from './cues';
import { NEWS_OUTLET, QUOTE_POINTER, ROLE_MODIFIERS, PHRASE_OPENERS, LIST_VERBS, NAMING_VERBS, SIGNER_NOUNS, SENDING_VERBS, ACTION_VERBS, OPENERS, STAFF_PLURALS, VIEW_CLAIM_NOUNS, AUTHORING_VERBS, BE_FORMS, BEFORE_SUBJECT, COLLECTIVE_HEADS, PROPOSAL_STOPS, COLLECTIVE_MEMBERS, CONTINUATIONS, COUNTS, NATION_ADJECTIVE, CAPITALISED_FUNCTION_WORDS, DOCUMENT_NOUNS, EFFORT_NOUNS, EXPECTING, HYPOTHETICAL, ORG_HEADS, PART_NOUNS, PERSON_ROLE_NOUNS, PREPOSITIONS, PREPOSITIONS_BEFORE, PROPOSAL_NOUNS, PROPOSER_VERBS, RELATIVE, ROLE_HEADS, SPOKES_NOUNS, TIME_WORDS, TITLE_WORDS, REFERENCE_PAGES, HANDLE_LINE, POSTING_VERBS, NAMING_PARTICIPLES, TIME_CLAUSE_OPENERS, TIME_SPANS, IRREGULAR_PAST, PLACING_WORDS, PLACING_PREPOSITIONS, DETERMINERS_OF_BODIES, LETTER_DETERMINERS, LETTER_ARTICLES, LETTER_KINDS, VIEW_HEADS, DEGREE_WORDS, MANNER_VERBS } from './gazetteer';
import {
  PASSIVE_OPPOSE_VERBS, PASSIVE_SUPPORT_VERBS, NOT_BEFORE_A_MENTION, COUNT_MODIFIERS, BEFORE_A_TIME, LEADING_VERBS, TITLED_BEFORE,
  CUE_TAIL_WORDS, DOCUMENT_MAKING,
} from './gazetteer';
import { findMentions, pronounMention, type Mention, type NameContext } from './names';
import { findQuotesInParagraphs, type Quote } from './quotes';
import { isThousandsSeparator, lowerCaseVocabulary, tokenize, type Token } from './tokens';
import { signedLetters } from './signatures';
import { interviewAnswers, transcriptTurns } from './transcripts';
import { prose } from './article';
import type { Article, Sentence } from './types';

/**
 * Who says what, as the article writes it: direct quotations (attribution after, before, split
 * over sentences, running over paragraphs, continued in the next paragraph) and reported speech
 * ("X argued that …", "according to X", "X has come out against …", "X rejected proposals put
 * forward by Y"). The speaker is kept as the mention the article used (a name, "he", "the
 * minister"); the speakers stage decides who that is.
 */

export interface SentenceParse {
  sentence: Sentence;
  tokens: Token[];
  mentions: Mention[];
  cues: Cue[];
  /** The letter (or statement) last named with its signatories, while the article still speaks of it. */
  letter?: Letter;
}

/** A document and who signed it, as groups of mentions in the sentences that name them. */
interface Letter {
  noun: string;
  signers: SpeakerRef[];
}

export interface SpeakerRef {
  sentence: number;
  /** One mention, or several for a group ("A, B and C warned"). */
  mentions: Mention[];
  /** A role found around the subject ("Venafi chief security strategist, Kevin Bocek,"). */
  role?: string;
  /** The role with its determiner ("Its director"): says whose officer the speaker is. */
  roleAsWritten?: string;
  /** Others who say it too, named in other sentences (a letter's signatories). */
  also?: SpeakerRef[];
}

export interface Attribution {
  id: number;
  /** Null when the statement continues another one (see `sameAs`). */
  speaker: SpeakerRef | null;
  /** The attribution whose speaker this one shares (split and continued quotations). */
  sameAs?: number;
  kind: 'direct' | 'indirect';
  frame: Frame;
  /** The statement as shown to the reader. */
  text: string;
  /** The text weighed for stance (the cue included where it carries polarity: "rejected …"). */
  content: string;
  sentence: number;
  paragraph: number;
  /** Paragraph offsets of `text`. */
  start: number;
  end: number;
  /** The sentence (or sentences) the statement sits in, as written. */
  context: string;
  cue: string;
  /** The speaker proposed what `content` describes (and someone else may have rejected it). */
  proposer?: boolean;
  /** What the speaker did rather than said ("has scrapped its plan …"): a position only if it takes a side. */
  deed?: boolean;
  /**
   * Whom the speaker sides with (frame 'support') or against ('oppose'), when the cue's object is
   * someone rather than a measure ("has sided with the company", "criticised the minister").
   */
  ally?: Mention;
}

export interface AttributionResult {
  parses: SentenceParse[];
  attributions: Attribution[];
}

const MIN_DIRECT_WORDS = 2;
const PASSIVE_FRAMES = new Map<string, Frame>([
  ...PASSIVE_OPPOSE_VERBS.map((w) => [w, 'oppose'] as [string, Frame]),
  ...PASSIVE_SUPPORT_VERBS.map((w) => [w, 'support'] as [string, Frame]),
]);
/** Unattributed quotations shorter than this are scare quotes ("God Key", ‘flaw’), not statements. */
const MIN_CONTINUED_WORDS = 4;

const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word';
const speakerKind = (m: Mention) => m.kind === 'person' || m.kind === 'org' || m.kind === 'gov' || m.kind === 'unknown';
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

function mentionEndingAt(mentions: readonly Mention[], end: number): Mention | undefined {
  let found: Mention | undefined;
  for (const m of mentions) if (m.end === end && (!found || m.start < found.start)) found = m;
  return found;
}

/** The mention that starts at `start`, past "the" and up to two lower-case modifiers ("conservative MP Jonas Ek"). */
function mentionStartingAt(tokens: readonly Token[], mentions: readonly Mention[], start: number): Mention | undefined {
  let at = start;
  for (let skipped = 0; skipped <= 3; skipped++) {
    // The longest: "the Amsterdam-based digital rights group Open Circuit" over its modifier.
    const m = mentions.reduce<Mention | undefined>((best, x) => (x.start === at && (!best || x.end > best.end) ? x : best), undefined);
    if (m) return (m.possessive && namedHolder(tokens, mentions, m)) || m;
    const t = tokens[at];
    if (!t || t.kind !== 'word' || t.cap || t.quoted) return undefined;
    if (skipped > 0 && NOT_BEFORE_A_MENTION.has(t.lower)) return undefined;
    at++;
  }
  return undefined;
}

const POSSESSIVES = new Map<string, Mention['pronoun']>([['his', 'he'], ['her', 'she'], ['their', 'they'], ['its', 'it']]);

/** "her" in "In her view", "its" in "its spokesperson": a possessive pronoun as a mention of whom it stands for. */
function possessivePronoun(tokens: readonly Token[], at: number): Mention | undefined {
  const pronoun = POSSESSIVES.get(tokens[at]?.lower ?? '');
  return pronoun ? pronounMention(at, at + 1, pronoun, true) : undefined;
}

/**
 * "said Parley's chief executive, Naomi Achterberg": the office holder named after the
 * possessive and the office, not the organisation that owns the office.
 */
function namedHolder(tokens: readonly Token[], mentions: readonly Mention[], owner: Mention): Mention | undefined {
  let k = owner.end + (tokens[owner.end]?.lower === "'s" ? 1 : 0);
  const officeStart = k;
  while (k < tokens.length && k - officeStart < 6 && tokens[k]!.kind === 'word' && !tokens[k]!.quoted) k++;
  if (k === officeStart || tokens[k]?.text !== ',') return undefined;
  const holder = mentions.find((x) => x.start === k + 1 && x.type === 'name');
  return holder && holder.kind === 'person' ? holder : undefined;
}

/** "said a spokesperson for Parlo": the body a spokesperson speaks for. */
function spokesOwner(parse: SentenceParse, m: Mention): Mention {
  if (m.type !== 'role' || !SPOKES_NOUNS.has(m.head ?? '') || !/^(?:for|of|at|from)$/.test(parse.tokens[m.end]?.lower ?? '')) return m;
  const owner = mentionStartingAt(parse.tokens, parse.mentions, m.end + 1);
  return owner && owner.type === 'name' && speakerKind(owner) ? owner : m;
}

/**
 * "Austria, Poland and Estonia said they could not support the text": a country as the subject
 * of what is said or done speaks for its government. Marked on the mention itself, before
 * speakers are resolved, so that the speaker is created as a government.
 */
function governmentByPlace(tokens: readonly Token[], m: Mention): void {
  if (m.kind !== 'place' || m.type !== 'name' || m.possessive || !NATION_ADJECTIVE.has(m.name.toLowerCase())) return;
  const before = tokens[m.start - 1]?.lower === 'the' ? m.start - 2 : m.start - 1;
  if (PREPOSITIONS_BEFORE.has(tokens[before]?.lower ?? '')) return;
  m.kind = 'gov';
}

/**
 * The "(" that closes with the ")" at `close`: a short aside ("(D-Calif.)", "(R-Texas)"), at most
 * `reach` tokens back, after `above`, with no other bracket inside; -1 when there is none.
 */
function openingBracket(tokens: readonly Token[], close: number, above: number, reach: number): number {
  for (let open = close - 1; open > above && close - open <= reach; open--) {
    if (tokens[open]!.text === '(') return open;
    if (tokens[open]!.text === ')') return -1;
  }
  return -1;
}

/** Extends a subject leftwards over a list: "A, B and C warned". */
function groupOf(tokens: readonly Token[], mentions: readonly Mention[], first: Mention, floor: number): Mention[] {
  const group = [first];
  let k = first.start - 1;
  while (k > floor) {
    if (tokens[k]?.lower === 'the') k--;
    const sep = tokens[k];
    if (!sep || !(sep.text === ',' || sep.lower === 'and' || sep.text === '&')) break;
    // A list ends in "and" ("Austria, Poland and Estonia said"); "In a post on LinkedIn, Rosa
    // Vance wrote" is a phrase and a name.
    if (group.length === 1 && sep.text === ',') break;
    let j = k;
    // ", and" (serial comma)
    if (sep.lower === 'and' && tokens[k - 1]?.text === ',') j = k - 1;
    const prev = mentionEndingAt(mentions, j);
    if (prev && first.kind === 'gov') governmentByPlace(tokens, prev);
    if (!prev || prev.type !== 'name' || !speakerKind(prev) || prev.possessive) break;
    // "Police and Crime Commissioner Denise Okafor": a title that begins with a body's name, not two speakers.
    if (sep.lower === 'and' && group.length === 1 && first.kind === 'person' && prev.kind === 'org' && first.role && first.role.startsWith(tokens[first.start]!.text)) break;
    group.unshift(prev);
    k = prev.start - 1;
  }
  return group.length > 1 && group.every((m) => m.type === 'name') ? group : [first];
}

/** A list that starts with `first` ("Parley, OpenWire and the Law Society"): every name in it. */
function groupAfter(tokens: readonly Token[], mentions: readonly Mention[], first: Mention): Mention[] {
  const group = [first];
  let k = first.end;
  let endedWithAnd = false;
  while (k < tokens.length && !endedWithAnd) {
    const sep = tokens[k];
    if (!sep || !(sep.text === ',' || sep.lower === 'and' || sep.text === '&')) break;
    let j = k + 1;
    if (sep.text === ',' && tokens[j]?.lower === 'and') j++;
    endedWithAnd = sep.lower === 'and' || sep.text === '&' || tokens[k + 1]?.lower === 'and';
    const next = mentionStartingAt(tokens, mentions, j);
    if (!next || next.type !== 'name' || !speakerKind(next) || next.possessive) break;
    group.push(next);
    k = next.end;
  }
  // (A list is closed by "and": "Parley, which …" is no list.)
  return group.length > 1 && endedWithAnd ? group : [first];
}

type SegmentClass = 'name' | 'role' | 'relative' | 'phrase' | 'adverb' | 'other';

interface Segment {
  start: number;
  end: number;
  cls: SegmentClass;
  name?: Mention;
}

/** "Belgium's Federal Judicial Police": one or two capitalised words and "'s" before a body's own name (names.ts leaves them out of it). */
function placeOwnerBefore(tokens: readonly Token[], start: number, at: number): boolean {
  const words = at - 1 - start;
  return words >= 1 && words <= 2 && tokens[at - 1]?.lower === "'s" && tokens.slice(start, at - 1).every((t) => t.kind === 'word' && t.cap);
}

function classifySegment(tokens: readonly Token[], mentions: readonly Mention[], start: number, end: number): Segment {
  // "Rep. Denise Yuen (D-Calif.)": a short aside in brackets closes the segment.
  if (tokens[end - 1]?.text === ')') {
    const open = openingBracket(tokens, end - 1, start, 8);
    if (open >= 0) end = open;
  }
  if (end <= start) return { start, end, cls: 'other' };
  const first = tokens[start]!;
  const name = mentions.find(
    (m) => m.end === end && (m.start === start || (m.start === start + 1 && first.lower === 'the') || placeOwnerBefore(tokens, start, m.start)) && m.type !== 'pronoun',
  );
  if (name && name.type === 'name' && speakerKind(name)) return { start, end, cls: 'name', name };
  // "Professor Ingrid Solheim of the Bergen Institute, who reviewed a draft, said": the person,
  // named with where she works.
  const person = mentions.find((m) => m.start === start && m.type === 'name' && m.kind === 'person' && !m.possessive);
  const workplace = person && /^(?:of|at|from|with)$/.test(tokens[person.end]?.lower ?? '') ? mentions.find((m) => m.end === end && m.start > person.end && m.start - person.end <= 2 && m.type === 'name' && m.kind !== 'person') : undefined;
  if (person && workplace) return { start, end, cls: 'name', name: person };
  // "campaigners from the Open Nigeria Network": its people speak for the body.
  const body = mentions.find((m) => m.end === end && m.type === 'name' && m.kind !== 'person' && m.kind !== 'place' && speakerKind(m));
  if (body && STAFF_PLURALS.has(first.lower) && /^(?:from|at|of|for)$/.test(tokens[start + 1]?.lower ?? '') && body.start - start <= 3) return { start, end, cls: 'name', name: body };
  if (RELATIVE.has(first.lower) || first.lower === 'whose') return { start, end, cls: 'relative' };
  // "On Sunday the Gulf Technology Business Council, an industry group, sent …": a time phrase
  // opens the sentence without a comma before the subject.
  const opened = PREPOSITIONS.has(first.lower) && mentions.find((m) => m.end === end && m.type === 'name' && speakerKind(m) && m.start > start);
  if (opened) {
    const b = opened.start - (tokens[opened.start - 1]?.lower === 'the' ? 2 : 1);
    if (b > start && (TIME_WORDS.has(tokens[b]!.lower) || mentions.some((m) => m.end === b + 1 && m.kind === 'time'))) return { start, end, cls: 'name', name: opened };
  }
  if (end - start <= 3 && CAPITALISED_FUNCTION_WORDS.has(first.lower) && !['the', 'a', 'an', 'its', 'his', 'her', 'their'].includes(first.lower)) {
    return { start, end, cls: 'adverb' };
  }
  if (PREPOSITIONS.has(first.lower) || /(?:ed|ing)$/.test(first.lower)) return { start, end, cls: 'phrase' };
  for (let k = start; k < end; k++) {
    const t = tokens[k]!;
    if (!isWord(t)) continue;
    const singular = t.lower.endsWith('s') ? t.lower.slice(0, -1) : t.lower;
    if (ROLE_HEADS.has(t.lower) || ROLE_HEADS.has(singular) || ORG_HEADS.has(t.lower) || PERSON_ROLE_NOUNS.has(singular) || (t.cap && TITLE_WORDS.has(t.lower))) {
      if (name) return { start, end, cls: 'role', name };
      return { start, end, cls: 'role' };
    }
  }
  if (name) return { start, end, cls: 'role', name };
  // "…, India's second-largest messaging app with about 210 million users, said", "…, the owner
  // of Baatcheet, said": a description.
  if ((mentions.some((m) => m.start === start && m.possessive) && end - start > 3) || (/^(?:the|a|an)$/.test(first.lower) && isWord(tokens[start + 1]) && (!tokens[start + 1]!.cap || /-\p{Ll}+$/u.test(tokens[start + 1]!.text)) && end - start > 2)) return { start, end, cls: 'role' };
  return { start, end, cls: 'other' };
}

function spanText(parse: SentenceParse, start: number, end: number): string {
  if (end <= start) return '';
  const { tokens, sentence } = parse;
  return collapse(sentence.text.slice(tokens[start]!.start, tokens[end - 1]!.end));
}

function cleanRole(text: string): string {
  return text.replace(/^(?:the|a|an|its|his|her|their)\s+/i, '').replace(/[,;:]+$/, '').trim();
}

/**
 * "a coalition of 48 civil-society groups and academics warned", "more than 60 cryptographers
 * said": a counted group that speaks together, named by its description. Ends at `end`.
 */
function collectiveEndingAt(tokens: readonly Token[], end: number, floor: number): Mention | undefined {
  // "… researchers and cryptographers from Latin America and Europe warned": past where they are from.
  for (let j = end - 1; j > Math.max(floor, end - 8); j--) {
    const t = tokens[j]!;
    if (!isWord(t) || t.quoted) break;
    if (/^(?:from|in|across|at)$/.test(t.lower) && COLLECTIVE_MEMBERS.has(tokens[j - 1]?.lower ?? '') && tokens.slice(j + 1, end).every((x) => x.cap || x.lower === 'and')) {
      const inner = collectiveEndingAt(tokens, j, floor);
      return inner && { ...inner, end };
    }
  }
  const last = tokens[end - 1];
  if (!last || !isWord(last) || !COLLECTIVE_MEMBERS.has(last.lower)) return undefined;
  let counted = false;
  let start = -1;
  for (let j = end - 1; j >= Math.max(floor, end - 12); j--) {
    const t = tokens[j]!;
    if (!isWord(t) || t.quoted) break;
    if (COUNTS.test(t.lower)) counted = true;
    if (COLLECTIVE_HEADS.has(t.lower) && tokens[j + 1]?.lower === 'of') {
      start = j;
      break;
    }
    if (counted && !COUNTS.test(t.lower) && !COUNT_MODIFIERS.has(t.lower)) break;
    if (counted) start = j;
  }
  if (start === -1 || !(counted || COLLECTIVE_HEADS.has(tokens[start]!.lower))) return undefined;
  // (Inside a phrase — "a letter from a coalition of …" — the phrase's head is the subject.)
  let from = start;
  if (/^(?:a|an|the)$/.test(tokens[from - 1]?.lower ?? '')) from--;
  if (PREPOSITIONS_BEFORE.has(tokens[from - 1]?.lower ?? '')) return undefined;
  const name = tokens.slice(start, end).map((t) => t.text).join(' ').replace(/\s+-\s+/g, '-');
  return { start: from, end, type: 'role', kind: 'org', name, canonical: name, head: tokens[start]!.lower, possessive: false, collective: true };
}

/**
 * The subject of the cue at `cueStart`: the mention right before it (past auxiliaries and
 * adverbs), through appositions ("Name, role, said" / "Role, Name, said"), relative clauses
 * ("…, which wants") and spokespeople ("a Home Office spokesperson said").
 */
export function findSubject(parse: SentenceParse, cueStart: number, floor = 0): SpeakerRef | undefined {
  const found = subjectBefore(parse, cueStart, floor);
  if (parse.letter && (!found || found.mentions.every((m) => m.pronoun === 'it' || m.pronoun === 'they')) && letterIsSubject(parse, cueStart, floor)) return letterRef(parse.letter);
  return found;
}

function subjectBefore(parse: SentenceParse, cueStart: number, floor: number): SpeakerRef | undefined {
  const { tokens, mentions } = parse;
  // "X said … , and called on lawmakers to …": the second verb shares the first one's subject.
  let also = cueStart - 1;
  while (also > floor && /ly$/.test(tokens[also]?.lower ?? '') && (tokens[also]?.lower.length ?? 0) > 4) also--;
  // ("…, arguing that …", "…, warning that …": a participle after a comma shares it too.)
  const participle = tokens[also]?.text === ',' && /ing$/.test(tokens[cueStart]?.lower ?? '');
  if ((tokens[also]?.lower === 'and' || participle) && !tokens[also]!.quoted) {
    const earlier = participle ? undefined : [...parse.cues].reverse().find((c) => c.end <= also - 1 && c.start >= floor && !c.speakerAfter);
    if (earlier) {
      const shared = subjectBefore(parse, earlier.start, floor);
      if (shared) return shared;
    }
    // "The Nordic Open Messaging Forum (NOMF) has published its specification, and rejected a
    // request from police": the sentence's subject, before its first verb, does both.
    // ("Estonia circulated a paper, arguing …": a country that acts is its government.)
    const first = parse.mentions.find((m) => m.start >= floor && m.start <= floor + 1 && (m.type === 'name' || m.type === 'role') && !m.possessive && (governmentByPlace(tokens, m), speakerKind(m)));
    if (first && (floor + 1 === first.start ? /^(?:the|but|and|yet)$/.test(tokens[floor]?.lower ?? '') : true)) {
      // ("Estonia, Finland and Luxembourg circulated …, arguing": the list does it together.)
      const group = [first];
      let v = first.end;
      while (tokens[v]?.text === ',' || tokens[v]?.lower === 'and') {
        const next = parse.mentions.find((m) => m.start === v + 1 && m.type === 'name');
        if (next) governmentByPlace(tokens, next);
        if (next?.kind !== first.kind) break;
        group.push(next);
        v = next.end;
      }
      if (tokens[v]?.text === '(' && tokens[v + 2]?.text === ')') v += 3;
      const verb = tokens[v];
      // (A verb after the subject: a regular past or present, or a common irregular past: "took no
      // position, saying …".)
      if (verb && isWord(verb) && !verb.cap && (/^(?:has|have|had|is|was|were|\w+ed|\w+s)$/.test(verb.lower) || IRREGULAR_PAST.has(verb.lower)) && !tokens.slice(v, also).some((t) => t.text === ';' || t.kind === 'quote' || (isWord(t) && RELATIVE.has(t.lower)))) {
        return { sentence: parse.sentence.index, mentions: group };
      }
    }
  }
  let k = cueStart - 1;
  while (k >= floor) {
    const t = tokens[k]!;
    // "the Kenya Digital Rights Network (KDRN) said": an acronym in brackets after the name.
    if (t.text === ')' && tokens[k - 2]?.text === '(' && k - 2 > floor && /^\p{Lu}[\p{Lu}\p{N}&]+$/u.test(tokens[k - 1]?.text ?? '')) {
      k -= 3;
      continue;
    }
    // "Rep. Kyle Brandt (R-Texas) posted": a short aside in brackets after the name.
    if (t.text === ')') {
      const open = openingBracket(tokens, k, floor, 9);
      if (open >= 0 && mentionEndingAt(mentions, open)) {
        k = open - 1;
        continue;
      }
    }
    if (isWord(t) && !t.cap && (BETWEEN_SUBJECT_AND_VERB.has(t.lower) || (/ly$/.test(t.lower) && t.lower.length > 4 && !mentionEndingAt(mentions, k + 1)))) {
      k--;
      continue;
    }
    // "on Tuesday", "last week"
    if (isWord(t) && (TIME_WORDS.has(t.lower) || t.lower === 'week' || t.lower === 'month' || t.lower === 'year') && BEFORE_A_TIME.has(tokens[k - 1]?.lower ?? '')) {
      k -= 2;
      continue;
    }
    break;
  }
  if (k < floor) return undefined;
  const t = tokens[k]!;
  const ref = (ms: Mention[], role?: string): SpeakerRef => ({ sentence: parse.sentence.index, mentions: ms, ...(role ? { role } : {}) });
  // "A senior official is expected to tell the panel": the subject is before "expected to".
  if (isWord(tokens[k]) && tokens[k]!.lower === 'to' && EXPECTING.has(tokens[k - 1]?.lower ?? '')) return subjectBefore(parse, k - 1, floor);

  if (isWord(t) && RELATIVE.has(t.lower)) {
    let j = k;
    if (tokens[j - 1]?.text === ',') j--;
    let m = mentionEndingAt(mentions, j);
    // "the Coalition for Lawful Access, a group of former officers that lobbies for …": the
    // relative clause belongs to the apposition, and so to the body it describes.
    if (!m && t.lower !== 'who') {
      let comma = j - 1;
      while (comma > floor && j - comma <= 10 && tokens[comma]!.text !== ',' && isWord(tokens[comma])) comma--;
      const described = tokens[comma]?.text === ',' && /^(?:a|an)$/.test(tokens[comma + 1]?.lower ?? '') ? mentionEndingAt(mentions, comma) : undefined;
      if (described && described.type === 'name' && (described.kind === 'org' || described.kind === 'unknown') && !described.possessive) m = described;
    }
    if (m) governmentByPlace(tokens, m);
    if (!m || !speakerKind(m) || m.type === 'pronoun') return undefined;
    // "Henrike Voss, a professor at the University of Eastmarch, who signed": "who" is said of a
    // person, the one the apposition is about; "which" never of a person.
    if (t.lower === 'who' && m.kind !== 'person') {
      const person = [...mentions].reverse().find((x) => x.end <= m.start && x.type === 'name' && x.kind === 'person' && m.start - x.end <= 16 && !tokens.slice(x.end, m.start).some((y) => y.text === ';' || y.kind === 'quote'));
      return person ? ref([person]) : undefined;
    }
    if (t.lower === 'which' && m.kind === 'person') return undefined;
    // "France and Spain, which have backed the regulation, …": both.
    return ref(m.type === 'name' ? groupOf(tokens, mentions, m, floor) : [m]);
  }

  if (t.text === ',') return appositionSubject(parse, k, floor);

  if (isWord(t) && SPOKES_NOUNS.has(t.lower)) {
    const prev = tokens[k - 1];
    if (prev?.lower === "'s") {
      const owner = mentionEndingAt(mentions, k - 1);
      if (owner && speakerKind(owner)) return ref([owner], t.text);
    }
    const org = mentionEndingAt(mentions, k);
    if (org && org.type === 'name' && speakerKind(org)) return ref([org]);
    if (prev && (prev.lower === 'its' || prev.lower === 'their')) {
      return ref([possessivePronoun(tokens, k - 1)!]);
    }
    // "The Home Office declined to confirm … A spokesperson said: …": the body just named.
    if (prev && (prev.lower === 'a' || prev.lower === 'the') && k - 1 === 0 && /^spokes(?:person|man|woman)$/.test(t.lower) && parse.sentence.index > 0) {
      return ref([pronounMention(k - 1, k + 1, 'it', true)]);
    }
    // "…,” the official said: the official met before (an unnamed source, a named officer).
    const role = mentionEndingAt(mentions, k + 1);
    // ("…,” a senior government official said: an unnamed source, described.)
    if ((prev?.lower === 'the' || /^(?:a|an|one)\s/i.test(role?.name ?? '')) && role && role.type === 'role' && role.kind === 'person' && !/^spokes/.test(t.lower)) return ref([role]);
    return undefined;
  }

  const m = mentionEndingAt(mentions, k + 1);
  if (m) governmentByPlace(tokens, m);
  // "Joe Ngata of Open Road said", "Ana Díaz from Valparaíso said": the person the place describes.
  const placed = m?.kind === 'place' && outsideOf(parse, m);
  if (placed && placed !== 'reject') return ref([placed.mention], placed.role);
  if (!m || m.kind === 'place') {
    const collective = collectiveEndingAt(tokens, k + 1, floor);
    return collective ? ref([collective]) : undefined;
  }
  if (!speakerKind(m) || m.possessive) return undefined;
  const outside = outsideOf(parse, m);
  if (outside === 'reject') return undefined;
  if (outside) return ref([outside.mention], outside.role);
  // "X like Apple", "firms such as Apple": the named example speaks for the group.
  return ref(m.type === 'name' ? groupOf(tokens, mentions, m, floor) : [m]);
}

/**
 * What stands before a subject candidate decides whether it is one: "documents leaked from the
 * NSA suggested" (inside a phrase: no), "a spokesperson for the EU executive said" (the body
 * speaks), "Ben Tolley of the Australian Federal Police welcomed" (the person speaks), "the
 * problem Holt described" (a relative clause: no).
 */
function outsideOf(parse: SentenceParse, m: Mention): { mention: Mention; role?: string } | 'reject' | undefined {
  const { tokens, mentions, cues } = parse;
  let b = m.start - 1;
  if (b >= 0 && tokens[b]!.lower === 'the' && m.type === 'name') b--;
  const before = tokens[b];
  if (!before || before.kind !== 'word') return undefined;
  const lower = before.lower;
  // "In a post afterwards she wrote that …": an opening phrase left without its comma, then the subject.
  if (m.pronoun && m.pronoun !== 'it' && PHRASE_OPENERS.has(tokens.find(isWord)?.lower ?? '')) return undefined;
  if (PREPOSITIONS_BEFORE.has(lower)) {
    const owner = tokens[b - 1];
    if (owner && SPOKES_NOUNS.has(owner.lower) && (lower === 'for' || lower === 'from' || lower === 'at' || lower === 'of')) return undefined;
    // "Engineers at Corvid Messenger wrote": its staff, together, speak for the organisation.
    if (owner && STAFF_PLURALS.has(owner.lower) && (lower === 'at' || lower === 'from') && m.kind !== 'person' && m.kind !== 'place') return undefined;
    // "The local section of the Bar Association has sided with …": a part speaks for the whole.
    if (owner && lower === 'of' && PART_NOUNS.has(owner.lower)) return undefined;
    // "A coalition of tech companies led by Parlo urged …": the leader speaks for it.
    if (owner && lower === 'by' && LEADING_VERBS.has(owner.lower)) return undefined;
    if (lower === 'of' || lower === 'at' || lower === 'from') {
      const person = mentionEndingAt(mentions, b);
      if (person && person.kind === 'person' && person.type === 'name') return { mention: person, role: `${person.role ? `${person.role} ` : ''}${lower === 'of' ? 'of' : 'at'} ${m.name}` };
    }
    return 'reject';
  }
  if (before.cap) return undefined;
  // "Canada's Public Safety Minister Rowan Leclair told": whose office the title names.
  if (lower === "'s" && m.kind === 'person' && m.role) return undefined;
  // "Japan's National Police Agency said": a country before a body's own name (names.ts leaves it out of the name).
  if (lower === "'s" && m.kind !== 'person' && m.type === 'name' && tokens[b - 1]?.cap) return undefined;
  // "Open Line Cyprus, whose coordinator Stavros Iacovides said": the relative clause's own subject.
  if (lower === 'whose' && m.kind === 'person' && m.type === 'name') return undefined;
  if (cues.some((c) => c.end === b + 1)) return undefined;
  if (lower === 'that' || lower === 'which') {
    const prev = tokens[b - 1];
    if (prev && prev.kind === 'word' && !prev.cap && !BEFORE_SUBJECT.has(prev.lower) && !cues.some((c) => c.end === b)) return 'reject';
    return undefined;
  }
  if (BEFORE_SUBJECT.has(lower) || TIME_WORDS.has(lower) || /ly$/.test(lower) || /^\d/.test(lower)) return undefined;
  // "Retired general Marcus Whitlow said", "cryptographer Leila Farouk": a role in lower case.
  if (m.kind === 'person' && m.type === 'name' && (ROLE_HEADS.has(lower) || TITLE_WORDS.has(lower) || /(?:er|ist|or|ian)$/.test(lower))) return undefined;
  // ("In Podgorica, opposition MP Jelena Markovic said": a word that qualifies the title the name carries.)
  if (m.kind === 'person' && m.type === 'name' && m.role && ROLE_MODIFIERS.has(lower)) return undefined;
  // ("Child-protection charity the Hartwell Foundation lobbied": what kind of body it is.)
  if (m.kind !== 'person' && m.type === 'name' && ROLE_HEADS.has(lower)) return undefined;
  // "Critics including Open Road say": the named examples speak for the group.
  if (lower === 'including' || (lower === 'as' && tokens[b - 1]?.lower === 'such')) return undefined;
  return 'reject';
}

function appositionSubject(parse: SentenceParse, comma: number, floor: number): SpeakerRef | undefined {
  const { tokens, mentions } = parse;
  // Segments between commas, right to left, back to the clause start.
  const segments: Segment[] = [];
  let end = comma;
  for (let k = comma - 1; k >= floor - 1 && segments.length < 6; k--) {
    // "Rep. Denise Yuen (D-Calif.), whose district …": a bracketed aside stays inside its segment.
    if (tokens[k]?.text === ')') {
      const open = openingBracket(tokens, k, floor - 1, 9);
      if (open >= 0) {
        k = open;
        continue;
      }
    }
    const insideName = (at: number) => mentions.some((m) => m.type === 'name' && m.start < at && m.end > at);
    // "900,000 users": a thousands separator is no segment boundary.
    if (k >= floor && isThousandsSeparator(tokens, k)) continue;
    if (k < floor || tokens[k]!.text === ',' || (tokens[k]!.kind === 'quote' && !insideName(k)) || tokens[k]!.text === ';' || tokens[k]!.text === ':' || tokens[k]!.text === '(' || tokens[k]!.text === '—') {
      const seg = classifySegment(tokens, mentions, k + 1, end);
      // "Apple, however, said": an aside between subject and verb ("Jackie Stott, 41, said": an age).
      const age = end - (k + 1) === 1 && /^\d{1,2}$/.test(tokens[k + 1]!.text);
      if (age && k >= floor && tokens[k]!.text === ',') {
        end = k;
        continue;
      }
      // "The messaging app Kiko, popular across the Pacific, said": a short description of the
      // subject in lower case, set between it and the verb like an adverb.
      const described = seg.cls === 'other' && end - k <= 7 && isWord(tokens[k + 1]) && !tokens[k + 1]!.cap && !mentions.some((m) => m.start > k && m.start < end && m.type === 'name' && /^(?:person|org|gov)$/.test(m.kind));
      if ((seg.cls === 'adverb' || described) && segments.length === 0 && end === comma && k >= floor && tokens[k]!.text === ',') {
        end = k;
        continue;
      }
      if (seg.cls === 'other' || seg.cls === 'adverb') break;
      segments.unshift(seg);
      if (k < floor || tokens[k]!.text !== ',') break;
      end = k;
    }
  }
  // "In written evidence, the X Association, which …, said": the opening phrase sets the scene.
  while (segments.length > 1 && segments[0]!.cls === 'phrase' && (segments[1]!.cls === 'name' || (segments[1]!.cls === 'role' && segments[2]?.cls === 'name'))) segments.shift();
  if (segments.length === 0) return undefined;
  const ref = (ms: Mention[], role?: string): SpeakerRef => ({ sentence: parse.sentence.index, mentions: ms, ...(role ? { role: cleanRole(role), roleAsWritten: role } : {}) });
  // "Critics, including the Open Wire Foundation and the Lumen Project, say": the named examples
  // speak for the group.
  // ("Eleven groups, including A, B and the union C, signed": the list runs on over its own commas.)
  const examples = segments.find((s) => s.cls === 'phrase' && /^(?:including|such|among)$/.test(tokens[s.start]!.lower));
  if (examples && segments.slice(segments.indexOf(examples) + 1).every((s) => s.cls !== 'relative' && mentions.some((m) => m.type === 'name' && m.start >= s.start && m.end <= s.end))) {
    const named = mentions.filter((m) => m.start >= examples.start && m.end <= comma && m.type === 'name' && speakerKind(m) && !m.possessive);
    if (named.length > 0) return ref(named);
  }
  const [a, b] = segments;
  // "The Home Secretary, Priya Vale, welcomed", "Portugal's Minister of Internal Administration,
  // Rui Canelas, told": an office named like a body, then its holder.
  const words = a!.name?.name.toLowerCase().split(/\s+/) ?? [];
  if (a!.cls === 'name' && a!.name && a!.name.kind !== 'person' && b?.cls === 'name' && b.name?.kind === 'person' && words.some((w, i) => PERSON_ROLE_NOUNS.has(w) && (i === words.length - 1 || /^(?:of|for)$/.test(words[i + 1]!)))) {
    return ref([b.name], spanText(parse, a!.start, a!.end));
  }
  if (a!.cls === 'name' && a!.name) {
    const role = b && b.cls === 'role' ? spanText(parse, b.start, b.end) : undefined;
    return ref([a!.name], role);
  }
  if (a!.cls === 'role' && b && b.cls === 'name' && b.name) return ref([b.name], spanText(parse, a!.start, a!.end));
  // "A senior detective, who spoke on condition of anonymity, said": an unnamed source.
  if (a!.cls === 'role' && a!.name?.type === 'role' && a!.name.kind === 'person' && /^(?:a|an|one)\s/i.test(a!.name.name) && segments.slice(1).every((x) => x.cls === 'relative' || x.cls === 'phrase')) return ref([a!.name]);
  // "A spokesman for Nexo Chat, one of the apps most used in the region, said": the subject the
  // first segment names when the descriptions after it are left out.
  const named = a!.cls === 'role' && segments.slice(1).every((x) => x.cls === 'role' || x.cls === 'relative') ? subjectBefore(parse, a!.end, a!.start) : undefined;
  return named?.mentions.every((m) => m.start >= a!.start && m.end <= a!.end) ? named : undefined;
}

function markQuoted(tokens: Token[], sentence: Sentence, quotes: readonly Quote[]): void {
  // Quotations are in text order: skip to the first that ends after the sentence starts.
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.end <= sentence.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < quotes.length; i++) {
    const q = quotes[i]!;
    if (q.start >= sentence.end) break;
    const from = q.start - sentence.start;
    const to = q.end - sentence.start;
    if (to <= 0 || from >= sentence.text.length) continue;
    // Tokens are in text order and never end before they start, so only those starting inside
    // [from, to] can lie within the quotation: walk just that span (a sentence of 50,000 quote
    // pairs otherwise costs quotes × tokens).
    for (let k = firstTokenFrom(tokens, from); k < tokens.length && tokens[k]!.start <= to; k++) {
      const t = tokens[k]!;
      if (t.kind !== 'quote') {
        if (t.end <= to) t.quoted = true;
      } else if (t.start > from && t.end < to) {
        // Quotation marks inside a quotation belong to it.
        t.quoted = true;
      }
    }
  }
}

/** Index of the first of `tokens` (in text order) starting at or after sentence offset `rel`. */
function firstTokenFrom(tokens: readonly Token[], rel: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < rel) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first token at or after paragraph offset `offset`. */
function tokenAt(parse: SentenceParse, offset: number): number {
  return firstTokenFrom(parse.tokens, offset - parse.sentence.start);
}

/** The sentence of a paragraph that holds `offset` (binary search: a paragraph may hold thousands). */
function sentenceOf(_parses: readonly SentenceParse[], byParagraph: Map<number, SentenceParse[]>, paragraph: number, offset: number): SentenceParse | undefined {
  const list = byParagraph.get(paragraph) ?? [];
  if (list.length === 0) return undefined;
  let lo = 0;
  let hi = list.length - 1;
  // Last sentence starting at or before the offset.
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (list[mid]!.sentence.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  const p = list[lo]!;
  if (offset < p.sentence.end || offset < p.sentence.start) return p;
  // Offsets in the whitespace between sentences belong to the next one.
  return list[lo + 1] ?? p;
}

interface DirectHit {
  speaker: SpeakerRef;
  cue: Cue;
  parse: SentenceParse;
}

/** "…,” he said" / "…,” said Jane Doe" / "…,” Doe told Reuters" / "…,” according to Doe". */
function attributionAfter(parse: SentenceParse, from: number, stopped = true): DirectHit | undefined {
  const { tokens } = parse;
  let i = from;
  let skipped = 0;
  let dashed = false;
  while (i < tokens.length && !isWord(tokens[i]) && skipped < 3) {
    if (tokens[i]!.kind === 'quote') return undefined;
    if (tokens[i]!.text === '—' || tokens[i]!.text === '–') dashed = true;
    i++;
    skipped++;
  }
  if (i >= tokens.length) return undefined;
  // "the bill “does not create a backdoor” and that it simply asks …": the sentence goes on
  // past a quoted fragment; what follows is no attribution of it.
  if (CONTINUATIONS.has(tokens[i]!.lower)) return undefined;
  // "“…” — Priyanka Raman, chief security officer of Kite": a signed quotation.
  if (dashed) {
    const m = parse.mentions.find((x) => x.start === i && x.type === 'name' && (x.kind === 'person' || x.kind === 'org'));
    if (m) return { speaker: { sentence: parse.sentence.index, mentions: [m] }, cue: { start: i, end: i, frame: 'say', text: '—' }, parse };
  }
  const limit = Math.min(tokens.length, i + 40);
  const cue = parse.cues.find((c) => c.start >= i && c.start < limit && !tokens.slice(i, c.start).some((t) => t.kind === 'quote'));
  if (!cue) return undefined;
  if (!stopped && !dashed && cue.start > i + 1 && !parse.mentions.some((m) => m.start === i || (m.start === i + 1 && tokens[i]?.lower === 'the'))) return undefined;
  if (cue.speakerAfter) {
    const m = mentionStartingAt(tokens, parse.mentions, cue.end);
    return m && speakerKind(m) ? { speaker: { sentence: parse.sentence.index, mentions: [m] }, cue, parse } : undefined;
  }
  if (cue.start === i && SPEECH_VERBS.has(cue.text)) {
    const m = mentionStartingAt(tokens, parse.mentions, cue.end);
    if (!m || !speakerKind(m)) return undefined;
    // "said a former police commander, Raúl Ibarra": the holder named after the office. ("said
    // its director, Peter Blaho" stays the organisation's: its officer speaks for it.)
    const role = spanText(parse, m.start, m.end);
    const holder = m.type === 'role' && tokens[m.end]?.text === ',' && /^(?:a|an|the) (?!\S+['’]s )/i.test(role) ? parse.mentions.find((x) => x.start === m.end + 1 && x.type === 'name' && x.kind === 'person') : undefined;
    return { speaker: holder ? { sentence: parse.sentence.index, mentions: [holder], role: cleanRole(role), roleAsWritten: role } : { sentence: parse.sentence.index, mentions: [spokesOwner(parse, m)] }, cue, parse };
  }
  if (cue.frame !== 'say') return undefined;
  const speaker = findSubject(parse, cue.start, i);
  if (!speaker) return undefined;
  // The subject must open the attribution clause, not sit somewhere inside it.
  const first = Math.min(...speaker.mentions.map((m) => m.start));
  if (first - i > 12) return undefined;
  return { speaker, cue, parse };
}

/** "Doe said: “…”" / "the EU executive said in a statement: “…”" / "Doe added that “…”". */
function attributionBefore(parse: SentenceParse, quoteToken: number): DirectHit | undefined {
  const { tokens } = parse;
  // A headline's "Marco Ruiz: ‘Police need access …’": the name, a colon, the quotation.
  if (tokens[quoteToken - 1]?.text === ':') {
    const lead = parse.mentions.find((m) => m.end === quoteToken - 1 && m.type === 'name' && speakerKind(m) && !tokens.slice(0, m.start).some((t) => t.kind === 'word'));
    if (lead) return { speaker: { sentence: parse.sentence.index, mentions: [lead] }, cue: { start: quoteToken - 1, end: quoteToken, frame: 'say', text: ':' }, parse };
    // "Weller was blunter: “…”", "Him sounded undecided: “…”": how the speaker sounded, then their words.
    let be = quoteToken - 3;
    if (DEGREE_WORDS.has(tokens[be]?.lower ?? '')) be--;
    // (Not after a cue of its own: "said her party was positive: …" is the first speaker's.)
    const manner = be > 0 && !parse.cues.some((c) => c.end <= be) && MANNER_VERBS.has(tokens[be]!.lower) && isWord(tokens[quoteToken - 2]) && !tokens[quoteToken - 2]!.cap ? findSubject(parse, be) : undefined;
    if (manner) return { speaker: manner, cue: { start: be, end: quoteToken, frame: 'say', text: ':' }, parse };
  }
  const cue = [...parse.cues].reverse().find((c) => c.end <= quoteToken && quoteToken - c.end <= 7);
  if (!cue || cue.speakerAfter) {
    if (cue?.speakerAfter) {
      const m = mentionStartingAt(tokens, parse.mentions, cue.end);
      if (m && speakerKind(m)) {
        const after = tokens.slice(m.end, quoteToken);
        if (after.every((t) => t.text === ',' || t.text === ':')) return { speaker: { sentence: parse.sentence.index, mentions: [m] }, cue, parse };
      }
    }
    return undefined;
  }
  if (cue.frame !== 'say') return undefined;
  const gap = tokens.slice(cue.end, quoteToken);
  if (gap.some((t) => t.kind === 'quote')) return undefined;
  const last = gap[gap.length - 1];
  const colonOrComma = last && (last.text === ':' || last.text === ',' || last.lower === 'that');
  // "called the vote “a great day for victims”", "branded it “a spy clause”": what is named, then the name.
  const naming = NAMING_VERBS.has(cue.text) && gap.length <= 4 && gap.every((t) => t.kind === 'word' && !t.quoted);
  if (gap.length > 0 && !colonOrComma && !naming) return undefined;
  const speaker = findSubject(parse, cue.start);
  return speaker ? { speaker, cue, parse } : undefined;
}

export function findAttributions(article: Article): AttributionResult {
  const paragraphs = article.paragraphs;
  // Only as far as there are sentences (see MAX_ANALYSED_CHARS).
  const lastSentence = article.sentences[article.sentences.length - 1];
  const proseTexts = paragraphs.map((p) => {
    if (!prose(p)) return '';
    if (!lastSentence || p.index > lastSentence.paragraph) return '';
    return p.index === lastSentence.paragraph ? p.text.slice(0, lastSentence.end) : p.text;
  });
  const quotesByParagraph = findQuotesInParagraphs(proseTexts);

  // Tokens first (names need to know which capitalised words the article uses mid-sentence).
  const parses: SentenceParse[] = [];
  const byParagraph = new Map<number, SentenceParse[]>();
  for (const sentence of article.sentences) {
    const tokens = tokenize(sentence.text);
    markQuoted(tokens, sentence, quotesByParagraph[sentence.paragraph] ?? []);
    const parse: SentenceParse = { sentence, tokens, mentions: [], cues: [] };
    parses.push(parse);
    const list = byParagraph.get(sentence.paragraph) ?? [];
    list.push(parse);
    byParagraph.set(sentence.paragraph, list);
  }
  const midCaps = new Set<string>();
  for (const p of parses) {
    let seenWord = false;
    let label = true;
    for (const t of p.tokens) {
      // "Q: Tech firms say …", "VELKOVSKI: Good afternoon": a speaker's label opens the sentence again.
      if (t.text === ':' && label && seenWord) seenWord = false;
      if (t.kind !== 'word') {
        if (t.text !== '.' && t.text !== ':') label = false;
        continue;
      }
      if (!t.cap) label = false;
      if (seenWord && t.cap && !t.quoted) midCaps.add(t.text);
      seenWord = true;
    }
  }
  const ctx: NameContext = { lowerSeen: lowerCaseVocabulary(proseTexts), midCaps };
  for (const p of parses) {
    if (paragraphs[p.sentence.paragraph]?.kind === 'heading') continue;
    p.mentions = findMentions(p.tokens, p.sentence.text, ctx);
    p.cues = findCues(p.tokens);
  }
  markLetters(parses);

  const attributions: Attribution[] = [];
  const usedCues = new Set<string>();
  const cueKey = (parse: SentenceParse, cue: Cue) => `${parse.sentence.index}:${cue.start}`;
  const add = (a: Omit<Attribution, 'id'>): Attribution => {
    const full = { ...a, id: attributions.length };
    attributions.push(full);
    return full;
  };

  const contextOf = (paragraph: number, start: number, end: number): string => {
    const first = sentenceOf(parses, byParagraph, paragraph, start);
    const last = sentenceOf(parses, byParagraph, paragraph, Math.max(start, end - 1));
    if (!first || !last) return collapse(proseTexts[paragraph]!.slice(start, end));
    return collapse(proseTexts[paragraph]!.slice(Math.min(first.sentence.start, start), Math.max(last.sentence.end, end)));
  };
  /** What every quotation's attribution holds of it: its words, where they stand, the sentences around them. */
  const quoted = (q: Quote, sentence: number) => ({
    kind: 'direct' as const,
    frame: 'say' as const,
    text: collapse(q.text),
    content: q.text,
    sentence,
    paragraph: q.paragraph,
    start: q.start,
    end: q.end,
    context: contextOf(q.paragraph, q.start, q.end),
  });

  // --- Direct quotations -------------------------------------------------------------------
  let pendingColon: { paragraph: number; speaker: SpeakerRef; cue: string; post?: boolean } | undefined;
  const directByQuote = new Map<Quote, Attribution>();
  const unattributed: Quote[] = [];

  for (let pi = 0; pi < paragraphs.length; pi++) {
    const quotes = quotesByParagraph[pi] ?? [];
    const list = byParagraph.get(pi) ?? [];
    // "… tweeted within an hour:" + an embedded post: a block quotation needs no quote marks.
    const block = proseTexts[pi]!;
    // (A list item serves too: live blogs set embedded posts as items.)
    // (An embedded post's handle line — "Lumo ✓ @lumoapp" — stands between the cue and the post.)
    if (pendingColon?.post && pendingColon.paragraph === pi - 1 && HANDLE_LINE.test(block)) {
      pendingColon.paragraph = pi;
      continue;
    }
    if (pendingColon && pendingColon.paragraph === pi - 1 && (paragraphs[pi]?.kind === 'quote' || paragraphs[pi]?.kind === 'item' || (pendingColon.post && paragraphs[pi]?.kind === 'text')) && quotes.length === 0 && list.length > 0 && block.trim().split(/\s+/).length >= MIN_CONTINUED_WORDS) {
      const start = block.length - block.trimStart().length;
      const end = block.trimEnd().length;
      add({ speaker: pendingColon.speaker, kind: 'direct', frame: 'say', text: collapse(block), content: block, sentence: list[0]!.sentence.index, paragraph: pi, start, end, context: collapse(block), cue: pendingColon.cue });
    }
    for (const q of quotes) {
      if (q.words < 1) continue;
      // 'a blog post titled "We got this wrong"': a title quoted, not a statement.
      if (TITLED_BEFORE.test(block.slice(Math.max(0, q.outerStart - 12), q.outerStart))) continue;
      const endParse = sentenceOf(parses, byParagraph, pi, Math.max(q.outerEnd - 1, q.start));
      const startParse = sentenceOf(parses, byParagraph, pi, q.outerStart);
      let hit: DirectHit | undefined;
      const before = startParse ? attributionBefore(startParse, tokenAt(startParse, q.outerStart)) : undefined;
      // (A quotation that completes a naming cue before it is that speaker's, whatever follows.)
      if (before && NAMING_VERBS.has(before.cue.text)) hit = before;
      // A quotation that runs on into its sentence without a stop of its own ("says it will
      // ‘leave rather than comply’ with the notice, as the Home Office insists …") is a fragment
      // of what comes before it; only a quotation closed by punctuation, or followed straight by
      // its attribution, takes one from after it.
      const closed = /[,.!?;:\u2014\u2013-]\s*$/.test(q.text) || /^\s*[,.!?;:\u2014\u2013]/.test(block.slice(q.outerEnd));
      if (!hit && !q.open && endParse) hit = attributionAfter(endParse, tokenAt(endParse, q.outerEnd), closed);
      if (!hit && !q.open && endParse && tokenAt(endParse, q.outerEnd) >= endParse.tokens.length) {
        // “… .” Doe added. — the attribution left as a sentence of its own.
        const next = (byParagraph.get(pi) ?? []).find((p) => p.sentence.index === endParse.sentence.index + 1);
        if (next && next.tokens.length <= 10 && next.tokens.every((t) => !t.quoted)) hit = attributionAfter(next, 0);
      }
      // ("said that “lawful access by design” was “a backdoor …”": a fragment that opens the clause
      // reported is part of that clause, which reported speech takes whole.)
      if (!hit && !(before && !closed && /^\s+\p{Ll}/u.test(block.slice(q.outerEnd)))) hit = before;
      if (!hit && pendingColon && pendingColon.paragraph === pi - 1 && q.outerStart - 0 <= 1 && quotes[0] === q) {
        const a = add({ ...quoted(q, startParse?.sentence.index ?? 0), speaker: pendingColon.speaker, cue: pendingColon.cue });
        directByQuote.set(q, a);
        continue;
      }
      if (hit && q.words >= MIN_DIRECT_WORDS) {
        usedCues.add(cueKey(hit.parse, hit.cue));
        // “Encryption,” Mendes said, “is not our enemy”: a quotation resumed after its cue is
        // weighed with the words that opened it.
        const opened = quotes[quotes.indexOf(q) - 1];
        const resumes = opened !== undefined && /^\p{Ll}/u.test(q.text) && /,\s*$/.test(block.slice(opened.outerEnd, q.outerStart)) && block.slice(opened.outerEnd, q.outerStart).split(/\s+/).length <= 8;
        const a = add({ ...quoted(q, (startParse ?? hit.parse).sentence.index), speaker: hit.speaker, content: resumes ? `${opened.text.replace(/[,\s]+$/, '')} ${q.text}` : q.text, cue: hit.cue.text });
        directByQuote.set(q, a);
        // “…,” the union said, calling the bill “an attack on the press”: the name it gives the thing is its view too.
        const after = hit.parse.tokens;
        const from = Math.max(hit.cue.end, ...hit.speaker.mentions.map((m) => m.end));
        const naming = after.findIndex((t, k) => k > from && after[k - 1]?.text === ',' && !t.quoted && hit.parse.sentence.start + t.start >= q.outerEnd && NAMING_PARTICIPLES.has(t.lower));
        if (naming < 0) continue;
        const tail = spanText(hit.parse, naming, after.length);
        const tailStart = hit.parse.sentence.start + after[naming]!.start;
        const tailEnd = hit.parse.sentence.start + after[after.length - 1]!.end;
        add({ speaker: hit.speaker, kind: 'indirect', frame: 'say', text: collapse(tail), content: tail, sentence: hit.parse.sentence.index, paragraph: pi, start: tailStart, end: tailEnd, context: contextOf(pi, tailStart, tailEnd), cue: after[naming]!.lower });
      } else {
        unattributed.push(q);
      }
    }
    // "In the most widely quoted part of her speech, Holt said:" + a paragraph of quotation.
    pendingColon = undefined;
    const lastParse = list[list.length - 1];
    if (lastParse && /:\s*$/.test(lastParse.sentence.text) && quotes.every((q) => q.outerEnd < lastParse.sentence.start)) {
      const cue = [...lastParse.cues].reverse()[0];
      // "said:", "tweeted within an hour of the announcement:": the cue near the colon, no quote between.
      const near = (c: Cue) => c.end >= lastParse.tokens.length - 3 || (c.end >= lastParse.tokens.length - 10 && lastParse.tokens.slice(c.end).every((t) => t.kind === 'word' || t.text === ':' || t.text === ','));
      if (cue && near(cue)) {
        const speaker = findSubject(lastParse, cue.start);
        if (speaker) {
          pendingColon = { paragraph: pi, speaker, cue: cue.text };
          usedCues.add(cueKey(lastParse, cue));
        }
      } else {
        // "Lumo … has just published this on its company account:" + the post itself.
        const at = lastParse.tokens.findIndex((t, i) => POSTING_VERBS.has(t.lower) && !t.quoted && i >= lastParse.tokens.length - 10);
        const speaker = at > 0 ? findSubject(lastParse, at) : undefined;
        if (speaker) pendingColon = { paragraph: pi, speaker, cue: lastParse.tokens[at]!.lower, post: true };
      }
    }
  }

  // --- Reported speech ---------------------------------------------------------------------
  for (const parse of parses) {
    if (paragraphs[parse.sentence.paragraph]?.kind === 'heading') continue;
    const reported: SentenceSource[] = [];
    for (const cue of parse.cues) {
      if (usedCues.has(cueKey(parse, cue))) continue;
      const r = reportedSpeech(parse, cue);
      if (r) reported.push(r);
    }
    // Every sentence-level source, in this order (ids follow it): cues, passive agents and
    // proposers, documents' authors, letters' senders, efforts, possessive views, deeds, "For X,
    // …" views.
    const found = [...reported, ...proposers(parse), ...documentAuthors(parse, usedCues), ...letterSenders(parse), ...efforts(parse), ...possessiveViews(parse), ...deeds(parse), ...forViews(parse)];
    const { sentence } = parse;
    const whole = collapse(sentence.text);
    for (const f of found) add({ text: whole, start: sentence.start, end: sentence.end, ...f, kind: 'indirect', sentence: sentence.index, paragraph: sentence.paragraph, context: whole });
  }

  // Transcripts: "VERBEEK: No. We would rather …"; else interviews printed as questions and
  // answers without labels.
  const turns = transcriptTurns(article, parses, byParagraph, new Set(attributions.filter((a) => a.speaker?.mentions.some((m) => m.type === 'name')).map((a) => a.paragraph)));
  for (const turn of turns) add(turn);
  if (turns.length === 0) for (const answer of interviewAnswers(article, byParagraph, quotesByParagraph, attributions)) add(answer);
  // Letters pages: each letter is signed by its writer at its end.
  for (const letter of signedLetters(article, byParagraph)) add(letter);

  // Split quotations, quotations running over paragraphs, and paragraphs of quotation that
  // continue the previous speaker.
  // The quotations each paragraph attributes directly, in order; and everything attributed.
  const directInParagraph = new Map<number, Attribution[]>();
  const anyInParagraph = new Map<number, Attribution[]>();
  for (const a of attributions) {
    const into = (map: Map<number, Attribution[]>) => {
      const list = map.get(a.paragraph) ?? [];
      list.push(a);
      map.set(a.paragraph, list);
    };
    into(anyInParagraph);
    if (a.kind === 'direct') into(directInParagraph);
  }
  for (const list of anyInParagraph.values()) list.sort((x, y) => x.end - y.end || x.start - y.start);
  // A quotation given to a person the text introduced rather than to a cue.
  const quoteOf = (introduced: SpeakerRef, q: Quote): void => {
    const startParse = sentenceOf(parses, byParagraph, q.paragraph, q.outerStart);
    const a = add({ ...quoted(q, startParse?.sentence.index ?? introduced.sentence), speaker: introduced, cue: 'introduced' });
    directByQuote.set(q, a);
  };
  for (const q of unattributed) {
    if (q.words < MIN_CONTINUED_WORDS) continue;
    const all = directInParagraph.get(q.paragraph) ?? [];
    // The attributed quotations just before and just after this one are the candidates.
    const after = all.findIndex((a) => a.start > q.start);
    const sameParagraph = (after === -1 ? all.slice(-1) : all.slice(Math.max(0, after - 1), after + 1));
    // A quotation inside a sentence belongs to that sentence's reported speech, not to the
    // speaker of the paragraph's other quotations.
    const startParse0 = sentenceOf(parses, byParagraph, q.paragraph, q.outerStart);
    const opensSentence = !startParse0 || /^[\s"“‘'(\[—–-]*$/.test(proseTexts[q.paragraph]!.slice(startParse0.sentence.start, q.outerStart));
    // “This law,” said Jonas Berg, “would …”: the second half after the attribution.
    const resumed = sameParagraph.find((a) => {
      if (a.end >= q.start) return false;
      const gap = proseTexts[q.paragraph]!.slice(a.end, q.outerStart);
      return /[,:]\s*$/.test(gap) && !/[.!?]\s/.test(gap) && gap.split(/\s+/).length <= 16;
    });
    let source: Attribution | undefined = resumed ?? (opensSentence ? sameParagraph.find((a) => a.start < q.start) ?? sameParagraph[0] : undefined);
    // "Its chief executive said the phrase was vague. “Nobody can tell me …”": a quotation that
    // opens a sentence after one speaker's reported statement in the same paragraph is theirs.
    if (!source && opensSentence) {
      const reported = (anyInParagraph.get(q.paragraph) ?? []).filter((a) => a.end <= q.outerStart && a.kind === 'indirect' && !a.proposer && a.frame === 'say');
      const last = reported[reported.length - 1];
      if (last && (last.speaker?.mentions.length ?? 0) === 1) source = last;
    }
    if (!source && q.continued) source = chainSource(q, quotesByParagraph, directByQuote);
    // "Kasper Winther-Dahl, chief technology officer of Tråd, was more direct. … “If the spec had
    // included the hook, we would have left.”": a quotation after sentences that name one person,
    // as their subject, is that person's.
    if (!source && opensSentence && !(anyInParagraph.get(q.paragraph) ?? []).some((a) => a.end <= q.outerStart)) {
      const before = (byParagraph.get(q.paragraph) ?? []).filter((p) => p.sentence.start + p.sentence.text.length <= q.outerStart);
      const introduced = introducedPerson(before);
      const subject = introduced && before.find((p) => p.sentence.index === introduced.sentence)?.tokens.slice(0, introduced.mentions[0]!.start).every((t) => !isWord(t) || t.cap);
      if (introduced && subject) {
        quoteOf(introduced, q);
        continue;
      }
    }
    const leading = isLeading(q, proseTexts[q.paragraph]!);
    // A paragraph of quotation, then "That was the message from X", "So said X": X's.
    const pointed = !source && leading && QUOTE_POINTER.test(proseTexts[q.paragraph + 1] ?? '') ? introducedPerson(byParagraph.get(q.paragraph + 1) ?? []) : undefined;
    if (!source && leading && !pointed) source = previousSpeaker(q.paragraph, paragraphs, anyInParagraph);
    if (!source && q.open && !pointed) source = chainForward(q, quotesByParagraph, directByQuote);
    if (!source && leading) {
      // "Commissioner Adebayo spoke for twenty minutes." + a paragraph of quotation: the one
      // person the paragraph before names.
      const introduced = pointed ?? introducedPerson(byParagraph.get(q.paragraph - 1) ?? []);
      if (introduced) {
        quoteOf(introduced, q);
        continue;
      }
    }
    if (!source) continue;
    const startParse = sentenceOf(parses, byParagraph, q.paragraph, q.outerStart);
    // (“Privacy matters,” said Ann Bell, “but not more than answers”: a second half that opens in
    // lower case is weighed with the first, as when the cue comes between them the other way round.)
    const rejoined = source === resumed && /^\p{Ll}/u.test(q.text) ? { content: `${resumed.content.replace(/[,\s]+$/, '')} ${q.text}` } : {};
    const a = add({ ...quoted(q, startParse?.sentence.index ?? source.sentence), ...rejoined, speaker: null, sameAs: source.sameAs ?? source.id, cue: source.cue });
    directByQuote.set(q, a);
    for (const map of [directInParagraph, anyInParagraph]) {
      const list = map.get(q.paragraph) ?? [];
      list.push(a);
      list.sort((x, y) => x.end - y.end || x.start - y.start);
      map.set(q.paragraph, list);
    }
  }

  // A letter's words are each signatory's: one attribution per group of signatories named together.
  for (const a of [...attributions]) {
    const also = a.speaker?.also;
    if (!also?.length) continue;
    delete a.speaker!.also;
    for (const speaker of also) add({ ...a, speaker });
  }
  attributions.sort((x, y) => x.sentence - y.sentence || x.start - y.start);
  // Ids must stay stable for `sameAs`: renumber through a map.
  const renumber = new Map<number, number>();
  attributions.forEach((a, i) => renumber.set(a.id, i));
  for (const a of attributions) {
    a.id = renumber.get(a.id)!;
    if (a.sameAs !== undefined) a.sameAs = renumber.get(a.sameAs)!;
  }
  return { parses, attributions };
}


function isLeading(q: Quote, text: string): boolean {
  const before = text.slice(0, q.outerStart);
  return /^\s*$/.test(before) && q.words >= MIN_CONTINUED_WORDS;
}

function chainSource(q: Quote, quotesByParagraph: Quote[][], direct: Map<Quote, Attribution>): Attribution | undefined {
  for (let p = q.paragraph - 1; p >= 0 && p >= q.paragraph - 6; p--) {
    const quotes = quotesByParagraph[p] ?? [];
    const last = quotes[quotes.length - 1];
    if (!last) return undefined;
    const found = [...quotes].reverse().map((o) => direct.get(o)).find((a) => a !== undefined);
    if (found) return found;
    if (!last.continued) return undefined;
  }
  return undefined;
}

function chainForward(q: Quote, quotesByParagraph: Quote[][], direct: Map<Quote, Attribution>): Attribution | undefined {
  for (let p = q.paragraph + 1; p < quotesByParagraph.length && p <= q.paragraph + 6; p++) {
    const quotes = quotesByParagraph[p] ?? [];
    const first = quotes[0];
    if (!first || !first.continued) return undefined;
    const found = quotes.map((o) => direct.get(o)).find((a) => a !== undefined);
    if (found) return found;
    if (!quotes[quotes.length - 1]!.open) return undefined;
  }
  return undefined;
}

function previousSpeaker(paragraph: number, paragraphs: Article['paragraphs'], direct: Map<number, Attribution[]>): Attribution | undefined {
  // The nearest earlier prose paragraph must have ended with someone speaking (quoted or reported).
  let p = paragraph - 1;
  while (p >= 0 && paragraphs[p]!.kind !== 'text' && paragraphs[p]!.kind !== 'quote') {
    if (paragraphs[p]!.kind === 'heading') return undefined;
    p--;
  }
  if (p < 0) return undefined;
  const list = (direct.get(p) ?? []).filter((a) => !a.proposer);
  const last = list[list.length - 1];
  if (!last) return undefined;
  const speakers = last.speaker?.mentions.length ?? 1;
  return speakers === 1 ? last : undefined;
}

/** A sentence-level attribution; `text`, `start` and `end` default to the whole sentence. */
type SentenceSource = Pick<Attribution, 'speaker' | 'frame' | 'content' | 'cue'> & Partial<Pick<Attribution, 'text' | 'start' | 'end'>> & { proposer?: boolean; ally?: Mention; deed?: boolean };

/** The person or body right after a support or opposition cue ("sided with the company"). */
function allyAfter(parse: SentenceParse, cue: Cue): Mention | undefined {
  if (cue.frame !== 'support' && cue.frame !== 'oppose') return undefined;
  const m = parse.mentions.find((x) => x.start === cue.end || (x.start === cue.end + 1 && parse.tokens[cue.end]?.lower === 'the'));
  if (!m || m.possessive || !speakerKind(m)) return undefined;
  // "a company", "some groups": nobody in particular.
  if (m.type === 'role' && !/^(?:the|its|their|this|that)\s/i.test(m.name)) return undefined;
  return m;
}

/**
 * Words after a comma that can open another speaker's clause ("…, but X said …"). (", while" and
 * ", whereas" are not here: reportedSpeech cuts the content there whoever speaks next.)
 */
const CLAUSE_TURNS = new Set(['but', 'and', 'yet']);

function reportedSpeech(parse: SentenceParse, cue: Cue): SentenceSource | undefined {
  const { tokens, sentence } = parse;
  const text = sentence.text;
  if (cue.speakerAfter) {
    const found = mentionStartingAt(tokens, parse.mentions, cue.end) ?? possessivePronoun(tokens, cue.end);
    // "According to a spokesperson for Parlo": Parlo.
    const m = found && spokesOwner(parse, found);
    if (!m || !speakerKind(m)) return undefined;
    // "According to Threadly's help centre": a reference page states facts, not a position.
    if (m.possessive && REFERENCE_PAGES.test(tokens.slice(m.end + 1, m.end + 4).map((t) => t.lower).join(' '))) return undefined;
    // "Mammadli said …, according to the state news agency": the outlet reports the speaker's words.
    if (NEWS_OUTLET.test(m.name) && parse.cues.some((c) => c !== cue && c.frame === 'say' && c.start < cue.start && findSubject(parse, c.start))) return undefined;
    // "According to X, …" or "…, according to X."
    const before = cue.start > 0 ? text.slice(0, tokens[cue.start]!.start) : '';
    const after = text.slice(tokens[m.end - 1]!.end);
    return { speaker: { sentence: sentence.index, mentions: [m] }, frame: 'say', content: `${before} ${after}`, cue: cue.text };
  }
  let speaker = findSubject(parse, cue.start);
  let content: string | undefined;
  if (!speaker) {
    // "…, the minister said." — the attribution closes the sentence.
    const m = mentionStartingAt(tokens, parse.mentions, cue.end);
    const rest = m ? tokens.slice(m.end) : [];
    if (m && speakerKind(m) && SPEECH_VERBS.has(cue.text) && tokens[cue.start - 1]?.text === ',' && rest.every((t) => t.kind !== 'word' || t.quoted)) {
      speaker = { sentence: sentence.index, mentions: [m] };
      content = text.slice(0, tokens[cue.start - 1]!.start);
    }
  }
  if (!speaker) return undefined;
  if (speaker.mentions.every((m) => m.kind === 'unknown' && m.type === 'role')) return undefined;
  // "If Congress wants to rewrite the rules, it should …": a condition, not a position taken.
  const subjectAt = Math.min(...speaker.mentions.map((m) => m.start));
  if (HYPOTHETICAL.has(tokens[subjectAt - 1]?.lower ?? '') && subjectAt <= cue.start) return undefined;
  // "The minister told MPs that the bill … and that it simply asks companies to …": inside what
  // a person is reported to say, "it" is the thing talked about, not another speaker ("the
  // government said it hopes …" is the government again).
  if (speaker.mentions.every((m) => m.pronoun === 'it') && parse.cues.some((c) => c.frame === 'say' && c.end <= subjectAt && c !== cue && findSubject(parse, c.start)?.mentions.every((m) => m.kind === 'person'))) return undefined;
  const ally = allyAfter(parse, cue);
  if (content === undefined) {
    const last = tokens[tokens.length - 1];
    const subjectStart = Math.min(...speaker.mentions.map((m) => m.start));
    const after = tokens.slice(cue.end);
    // ("…, Digital Minister Fiona Carr told the Commons.": the audience is no statement.)
    const audienceOnly = /^(?:told|tells|telling)$/.test(cue.text) && after.filter((t) => t.kind === 'word').length <= 5 && !after.some((t) => t.lower === 'that' || t.quoted);
    const onlyTail = audienceOnly || after.every((t) => t.kind !== 'word' || BETWEEN_SUBJECT_AND_VERB.has(t.lower) || TIME_WORDS.has(t.lower) || CUE_TAIL_WORDS.has(t.lower));
    if (onlyTail && subjectStart > 0) {
      // "…, X said on Tuesday."
      content = text.slice(0, tokens[subjectStart]!.start);
    } else if (subjectStart > 1 && tokens[subjectStart - 1]?.text === ',' && tokens[cue.end]?.text === ',' && speaker.mentions.length === 1) {
      // "Encryption, she said, had been “weaponised”": the statement around its attribution.
      content = `${text.slice(0, tokens[subjectStart - 1]!.start)} ${text.slice(tokens[cue.end]!.end, last ? last.end : text.length)}`;
    } else {
      // "Smith said the ministry believes …": the view is the ministry's, reported by Smith.
      if (reportsAnother(parse, cue)) return undefined;
      const from = tokens[cue.end]?.start ?? text.length;
      content = text.slice(from, last ? last.end : text.length);
      // "…, even as rights groups warned that …": the narrator turns to someone else.
      const turn = /,\s+(?:even as|while|whereas)\s/i.exec(content);
      if (turn) content = content.slice(0, turn.index);
      // "The ministry wants …; the group Grundrechte Jetzt has promised to challenge …", "Bell said
      // …, but company spokesman Felix Arran said …": after a semicolon, or a comma and a
      // conjunction, another speaker's own words.
      const turnAt = tokens.findIndex(
        (t, k) =>
          k >= cue.end &&
          (t.text === ';' || (t.text === ',' && CLAUSE_TURNS.has(tokens[k + 1]?.lower ?? ''))) &&
          parse.cues.some((c) => c.start > k && (findSubject(parse, c.start)?.mentions ?? []).some((m) => m.start > k)),
      );
      if (turnAt > 0) content = content.slice(0, Math.max(0, tokens[turnAt]!.start - from));
      // "While the ministry backs the regulation, the inspectorate has warned …": a cue inside an
      // opening subordinate clause reaches only to its comma.
      if ((TIME_CLAUSE_OPENERS.has(tokens[0]?.lower ?? '') || (TIME_SPANS.has(tokens[0]?.lower ?? '') && tokens[1]?.lower === 'after')) && subjectStart <= 4) {
        const comma = content.indexOf(',');
        if (comma > 0) content = content.slice(0, comma);
      }
    }
  }
  return { speaker, frame: cue.frame, content, cue: cue.text, ...(ally ? { ally } : {}) };
}

/** The words after a speech cue open with someone else speaking or believing ("said the ministry believes"). */
function reportsAnother(parse: SentenceParse, cue: Cue): boolean {
  if (cue.frame !== 'say') return false;
  const { tokens, mentions } = parse;
  let k = cue.end;
  if (tokens[k]?.lower === 'that') k++;
  const m = mentionStartingAt(tokens, mentions, k);
  if (!m || m.type === 'pronoun' || !speakerKind(m)) return false;
  return parse.cues.some((c) => c.frame === 'say' && c.start >= m.end && c.start <= m.end + 1 && !c.speakerAfter);
}

/**
 * The people and bodies named between `from` and `to` — a document's authors or signatories
 * ("Chief Constable A of Northmoor Police, B of Westfield and the head of the Carrow Vale force,
 * C"): not the places and bodies they are "of", nor a modifier before a name ("Waterloo
 * cryptographer D").
 */
function namesAfter(parse: SentenceParse, from: number, to: number): Mention[] {
  const { tokens } = parse;
  const nameAt = namesByStart(parse);
  const modifier = (t: Token | undefined) => isWord(t) && !t.cap && !PLACING_WORDS.has(t.lower);
  const out: Mention[] = [];
  // (A list of names is short: a long stretch of the sentence is no list.)
  for (let k = from; k < Math.min(to, from + MAX_LIST_TOKENS) && !tokens[k]!.quoted; k++) {
    // ("signed by those groups and sent to all LIBE members": the list ends at the next verb.)
    // ("… who include several people who previously advised the Justice Ministry": nor at a relative clause.)
    if (k > from && (AUTHORING_VERBS.has(tokens[k]!.lower) || SENDING_VERBS.has(tokens[k]!.lower) || RELATIVE.has(tokens[k]!.lower))) break;
    const m = nameAt.get(k);
    if (!m) continue;
    // (Past the name: a shorter name inside it is no second signatory.)
    k = m.end - 1;
    if (m.end > to || m.possessive) continue;
    const before = tokens[m.start - (tokens[m.start - 1]?.lower === 'the' ? 2 : 1)]?.lower ?? '';
    if (m.start > from + 1 && PLACING_PREPOSITIONS.has(before)) continue;
    // "the Centrum voor Rekenkunde", "Banco do Brasil": the end of a longer name, not a signatory.
    if (tokens[m.start - 2]?.cap && /^\p{Ll}{1,4}$/u.test(tokens[m.start - 1]?.text ?? '') && tokens[m.start - 1]!.lower !== 'and') continue;
    if (modifier(tokens[m.end]) && (nameAt.has(m.end + 1) || (modifier(tokens[m.end + 1]) && nameAt.has(m.end + 2)))) continue;
    out.push(m);
  }
  return out;
}

const MAX_LIST_TOKENS = 80;
const NAMES_BY_START = new WeakMap<SentenceParse, Map<number, Mention>>();

function namesByStart(parse: SentenceParse): Map<number, Mention> {
  let map = NAMES_BY_START.get(parse);
  if (!map) {
    map = new Map();
    // The longest speaker at each start ("the Lisbon-based digital rights group Open Wire" over "Lisbon-based").
    for (const m of parse.mentions) {
      const had = map.get(m.start);
      if (m.type === 'name' && speakerKind(m) && (!had || m.end > had.end)) map.set(m.start, m);
    }
    NAMES_BY_START.set(parse, map);
  }
  return map;
}

/**
 * "signed an open letter, coordinated by the digital rights group Open Circuit, saying …", "A
 * separate open letter, signed by A, B and C, called Clause 12 '…'": a document speaks for
 * whoever wrote, organised or signed it, whatever the sentence's subject.
 */
function documentAuthors(parse: SentenceParse, usedCues: Set<string>): SentenceSource[] {
  const { tokens, sentence } = parse;
  const out: SentenceSource[] = [];
  for (let i = 0; i < tokens.length - 3; i++) {
    if (tokens[i]!.quoted || !DOCUMENT_NOUNS.has(tokens[i]!.lower)) continue;
    // "an open letter this month, coordinated by …", "a letter sent on Monday to the committee
    // and signed by …": the authoring verb before the sentence's first cue.
    const firstCue = parse.cues.find((c) => c.start > i)?.start ?? tokens.length;
    let k = i + 1;
    while (k < Math.min(firstCue, i + 40) && !(AUTHORING_VERBS.has(tokens[k]!.lower) && tokens[k + 1]?.lower === 'by' && !tokens[k]!.quoted)) k++;
    if (k >= Math.min(firstCue, i + 40)) continue;
    // Only when the sentence says what the document says ("…, saying …", "… that …", "…, called X '…'").
    const says = parse.cues.find((c) => c.start > k + 1 && !usedCues.has(`${sentence.index}:${c.start}`));
    let verb = -1;
    for (let j = k + 3; j < Math.min(says?.start ?? tokens.length, k + 2 + MAX_LIST_TOKENS) && verb < 0; j++) if (NAMING_VERBS.has(tokens[j]!.lower) && tokens[j - 1]!.text === ',') verb = j;
    const authors = namesAfter(parse, k + 2, verb > 0 ? verb : says?.start ?? tokens.length);
    if (authors.length === 0 || (!says && verb < 0)) continue;
    // "In a statement signed by its spokesman, X, the agency said …": the sentence's own subject speaks.
    const subject = says && verb < 0 ? subjectBefore(parse, says.start, 0) : undefined;
    // ("…, the firms called on …" is the signatories again.)
    if (subject && subject.mentions.some((m) => !authors.includes(m) && m.pronoun !== 'they' && !(m.type === 'role' && /s$/.test(m.head ?? m.name)))) continue;
    const from = verb > 0 ? verb : says!.frame === 'say' ? says!.end : says!.start;
    out.push({
      speaker: { sentence: sentence.index, mentions: authors },
      frame: verb > 0 ? 'say' : says!.frame,
      content: spanText(parse, from, tokens.length),
      cue: `${tokens[k]!.lower} by`,
    });
  }
  return out;
}

/** "The Gulf Technology Business Council sent a letter to the regulator …": who sent which document. */
function sentDocument(parse: SentenceParse): { verb: number; doc: number; sender: SpeakerRef } | undefined {
  const { tokens } = parse;
  for (let i = 1; i < tokens.length - 1; i++) {
    if (!SENDING_VERBS.has(tokens[i]!.lower) || tokens[i]!.quoted) continue;
    let d = i + 1;
    if (DETERMINERS_OF_BODIES.has(tokens[d]?.lower ?? '')) d++;
    while (d < i + 4 && isWord(tokens[d]) && !DOCUMENT_NOUNS.has(tokens[d]!.lower) && !tokens[d]!.cap) d++;
    if (!DOCUMENT_NOUNS.has(tokens[d]?.lower ?? '')) continue;
    const sender = subjectBefore(parse, i, 0);
    if (sender && !sender.mentions.some((m) => m.type === 'pronoun')) return { verb: i, doc: d, sender };
  }
  return undefined;
}

/**
 * Who signed the letter this sentence names: "Signatories include A, B and C", "The letter was
 * co-signed by fourteen companies, including A and B", "A sent a letter to the regulator …".
 * `fresh` when the sentence introduces a new document ("a letter") rather than adds to one.
 */
function signersIn(parse: SentenceParse): { noun?: string; refs: SpeakerRef[]; fresh: boolean } | undefined {
  const { tokens, sentence } = parse;
  const refs: SpeakerRef[] = [];
  let noun: string | undefined;
  const named = (from: number) => {
    // "… by fourteen companies, including …", "… by the interior ministers of A, B and C — X, Y and Z —"
    const names = namesAfter(parse, from, parse.cues.find((c) => c.start >= from)?.start ?? tokens.length);
    if (names.length) refs.push({ sentence: sentence.index, mentions: names });
  };
  const doc = tokens.findIndex((x) => DOCUMENT_NOUNS.has(x.lower) && !x.quoted);
  for (let i = 0; i < tokens.length - 2; i++) {
    const t = tokens[i]!;
    if (t.quoted || !isWord(t)) continue;
    // "Signatories include A, B and C", "The letter's authors, who include A and B, …"
    const who = tokens[i + 1]?.text === ',' && tokens[i + 2]?.lower === 'who' ? 2 : 0;
    if ((SIGNER_NOUNS.has(t.lower) || (t.lower === 'authors' && tokens[i - 1]?.lower === "'s")) && LIST_VERBS.has(tokens[i + 1 + who]?.lower ?? '')) named(i + 2 + who);
    if (doc >= 0 && doc < i && DOCUMENT_MAKING.test(t.lower) && tokens[i + 1]!.lower === 'by') {
      named(i + 2);
      noun ??= tokens[doc]!.lower;
    }
  }
  const sent = sentDocument(parse);
  if (sent) {
    refs.push(sent.sender);
    noun = tokens[sent.doc]!.lower;
  }
  return refs.length > 0 ? { noun, refs, fresh: sent !== undefined && /^(?:a|an)$/.test(tokens[sent.verb + 1]!.lower) } : undefined;
}

/**
 * "On Sunday the Gulf Technology Business Council, an industry group, sent a letter to the
 * regulator urging it to drop the requirement": the sender says what the letter says.
 */
function letterSenders(parse: SentenceParse): SentenceSource[] {
  const { tokens } = parse;
  const sent = sentDocument(parse);
  // ("signed an open letter urging …" is a cue of its own.)
  if (!sent || sent.doc + 2 >= tokens.length || parse.cues.some((c) => c.start === sent.verb)) return [];
  return [{ speaker: sent.sender, frame: 'say', content: spanText(parse, sent.doc + 1, tokens.length), cue: `${tokens[sent.verb]!.lower} a ${tokens[sent.doc]!.lower}` }];
}

/** Letters stay in force while the article speaks of them: two paragraphs after the last mention. */
const LETTER_REACH = 2;

function markLetters(parses: readonly SentenceParse[]): void {
  let letter: Letter | undefined;
  let lastParagraph = -1;
  for (const parse of parses) {
    const paragraph = parse.sentence.paragraph;
    if (letter && paragraph - lastParagraph > LETTER_REACH) letter = undefined;
    const found = signersIn(parse);
    if (found) {
      letter = letter && !found.fresh ? { noun: letter.noun, signers: [...letter.signers, ...found.refs] } : { noun: found.noun ?? 'letter', signers: found.refs };
      lastParagraph = paragraph;
    }
    if (!letter) continue;
    parse.letter = letter;
    if (parse.tokens.some((t) => t.lower === letter!.noun || SIGNER_NOUNS.has(t.lower))) lastParagraph = paragraph;
  }
}

/** "The signatories wrote", "the letter argues", "The letter doesn't mince words: it calls …". */
function letterIsSubject(parse: SentenceParse, cueStart: number, floor: number): boolean {
  const { tokens } = parse;
  const noun = parse.letter!.noun;
  const names = (k: number) => {
    const t = tokens[k];
    return t !== undefined && (SIGNER_NOUNS.has(t.lower) || t.lower === noun || (t.lower === 'authors' && /^(?:its|their|'s)$/.test(tokens[k - 1]?.lower ?? '')));
  };
  let k = cueStart - 1;
  while (k > floor && isWord(tokens[k]) && (BETWEEN_SUBJECT_AND_VERB.has(tokens[k]!.lower) || /ly$/.test(tokens[k]!.lower))) k--;
  if (names(k) && LETTER_DETERMINERS.has(tokens[k - 1]?.lower ?? '')) return true;
  // The clause opens with the letter: "The letter …: it calls", "…: a letter, signed by those
  // groups, called on", "The letter's authors, who include …, wrote".
  const opens = (j: number) => {
    if (!LETTER_ARTICLES.has(tokens[j]?.lower ?? '')) return false;
    j++;
    if (LETTER_KINDS.has(tokens[j]?.lower ?? '')) j++;
    if (tokens[j]?.lower === noun && tokens[j + 1]?.lower === "'s") j += 2;
    return names(j) && !tokens.slice(j + 1, cueStart).some((t) => t.text === '.');
  };
  if (opens(floor)) return true;
  for (let x = cueStart - 1; x > Math.max(floor, cueStart - MAX_LIST_TOKENS); x--) {
    if (tokens[x]!.text === ':' || tokens[x]!.text === ';') return opens(x + 1);
  }
  return false;
}

function letterRef(letter: Letter): SpeakerRef {
  return { ...letter.signers[0]!, also: letter.signers.slice(1) };
}

/** "proposals put forward by Y", "amendments tabled by Y": Y proposed what the phrase describes. */
function proposers(parse: SentenceParse): SentenceSource[] {
  const { tokens, sentence, mentions } = parse;
  const out: SentenceSource[] = [];
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    if (t.quoted || !isWord(t)) continue;
    let by = -1;
    if (t.lower === 'put' && tokens[i + 1]?.lower === 'forward' && tokens[i + 2]?.lower === 'by') by = i + 2;
    else if (PASSIVE_FRAMES.has(t.lower) && tokens[i + 1]?.lower === 'by' && (BE_FORMS.has(tokens[i - 1]?.lower ?? '') || (/^(?:and|but)$/.test(tokens[i - 1]?.lower ?? '') && tokens.slice(0, i - 1).some((x) => BE_FORMS.has(x.lower))))) {
      // "The plan was criticised by the EFF": the agent takes a side on the sentence's subject
      // ("… is backed by the police and opposed by Parley and OpenWire": each agent, each group).
      const m = mentionStartingAt(tokens, mentions, i + 2);
      if (!m || !speakerKind(m) || m.type === 'pronoun') continue;
      const agents = m.type === 'name' ? groupAfter(tokens, mentions, m) : [m];
      const last = agents[agents.length - 1]!;
      let clauseEnd = last.end;
      while (clauseEnd < tokens.length && tokens[clauseEnd]!.text !== ';' && tokens[clauseEnd]!.text !== '.' && !(tokens[clauseEnd]!.lower === 'and' && PASSIVE_FRAMES.has(tokens[clauseEnd + 1]?.lower ?? ''))) clauseEnd++;
      const be = BE_FORMS.has(tokens[i - 1]?.lower ?? '') ? i - 1 : tokens.findIndex((x) => BE_FORMS.has(x.lower));
      out.push({
        speaker: { sentence: sentence.index, mentions: agents },
        frame: PASSIVE_FRAMES.get(t.lower)!,
        content: `${spanText(parse, 0, be)} ${spanText(parse, last.end, clauseEnd)}`,
        cue: `${t.lower} by`,
      });
      continue;
    }
    else if (PROPOSER_VERBS.has(t.lower) && tokens[i + 1]?.lower === 'by') by = i + 1;
    else if (t.lower === 'from' && PROPOSAL_NOUNS.has(tokens[i - 1]?.lower ?? '')) by = i;
    if (by === -1) continue;
    // The proposal: a proposal noun right before the verb (possibly after adjectives).
    let nounAt = -1;
    for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
      if (PROPOSAL_NOUNS.has(tokens[k]!.lower)) {
        nounAt = k;
        break;
      }
      // "The bill, championed by Senator Roe, …"
      if (!isWord(tokens[k]) && !(tokens[k]!.text === ',' && k === i - 1)) break;
    }
    if (nounAt === -1) continue;
    const m = mentionStartingAt(tokens, mentions, by + 1);
    if (!m || !speakerKind(m) || m.type === 'pronoun') continue;
    let npStart = nounAt;
    while (npStart > 0 && isWord(tokens[npStart - 1]) && !PROPOSAL_STOPS.has(tokens[npStart - 1]!.lower)) npStart--;
    // What follows the proposer ("… that would exempt encrypted services"), to the clause end.
    let clauseEnd = m.end;
    while (clauseEnd < tokens.length) {
      const x = tokens[clauseEnd]!;
      if (x.text === ';' || (x.text === ',' && /ing$/.test(tokens[clauseEnd + 1]?.lower ?? '')) || x.text === '.') break;
      clauseEnd++;
    }
    const description = `${spanText(parse, npStart, i)} ${spanText(parse, m.end, clauseEnd)}`;
    out.push({
      speaker: { sentence: sentence.index, mentions: [m] },
      frame: 'propose',
      content: description,
      cue: 'put forward by',
      proposer: true,
    });
  }
  return out;
}

/** "the efforts of the FBI to force Apple …", "Europol's push for …". */
function efforts(parse: SentenceParse): SentenceSource[] {
  const { tokens, sentence, mentions } = parse;
  const out: SentenceSource[] = [];
  for (let i = 0; i < tokens.length - 2; i++) {
    const t = tokens[i]!;
    if (t.quoted || !EFFORT_NOUNS.has(t.lower)) continue;
    let m: Mention | undefined;
    let after = -1;
    if (tokens[i + 1]?.lower === 'of' || tokens[i + 1]?.lower === 'by') {
      m = mentionStartingAt(tokens, mentions, i + 2);
      if (m) after = m.end;
    } else if (tokens[i - 1]?.lower === "'s") {
      m = mentionEndingAt(mentions, i - 1);
      after = i + 1;
    }
    if (!m || !speakerKind(m) || m.type === 'pronoun' || after === -1) continue;
    const next = tokens[after]?.lower;
    if (next !== 'to' && next !== 'for') continue;
    let end = after;
    while (end < tokens.length && tokens[end]!.text !== ';' && tokens[end]!.text !== '.') end++;
    out.push({
      speaker: { sentence: sentence.index, mentions: [m] },
      frame: 'propose',
      content: spanText(parse, after, end),
      cue: t.lower,
      proposer: true,
      // ("the Grand Duchy's efforts to attract business": an effort that takes no side says nothing here.)
      deed: true,
    });
  }
  return out;
}

/**
 * What a named body or person does, when the sentence is about them doing it: "Orbis Phone has
 * scrapped its plan to scan photos", "The civil liberties committee voted to strip scanning from
 * the text". The subject must open the sentence (after an opening phrase at most) and the verb
 * follow it; the deed is weighed like a statement, so a deed that takes no side makes no position.
 * Sentences whose subject already has a cue are left to reported speech.
 */
function deeds(parse: SentenceParse): SentenceSource[] {
  const { tokens, sentence, mentions, cues } = parse;
  const m = mentions.find((x) => x.type === 'name' && !x.possessive && (x.kind === 'org' || x.kind === 'gov' || x.kind === 'person'));
  if (!m || tokens[m.start]?.quoted) return [];
  // Only an opening phrase ("On Monday,", "In a statement,") or "the" may come before the subject.
  let lead = 0;
  if (tokens[0]?.lower === 'the') lead = 1;
  else if (m.start > 0) {
    const comma = tokens.findIndex((t, i) => i < m.start && t.text === ',');
    if (!(comma === m.start - 1 || (comma === m.start - 2 && tokens[m.start - 1]?.lower === 'the')) || !OPENERS.has(tokens[0]?.lower ?? '')) return [];
    lead = m.start;
  }
  if (m.start > lead) return [];
  let k = m.end;
  // "Whisperlane, he said, decided early that …": a report set inside the sentence.
  const inserted = tokens[k]?.text === ',' && /^(?:he|she|they)$/.test(tokens[k + 1]?.lower ?? '') && SPEECH_VERBS.has(tokens[k + 2]?.lower ?? '') && tokens[k + 3]?.text === ',';
  if (inserted) k += 4;
  while (k < tokens.length && isWord(tokens[k]) && !tokens[k]!.cap && (BETWEEN_SUBJECT_AND_VERB.has(tokens[k]!.lower) || /ly$/.test(tokens[k]!.lower))) k++;
  const verb = tokens[k];
  if (!isWord(verb) || verb.quoted || !ACTION_VERBS.has(verb.lower)) return [];
  if (cues.some((c) => c.start >= m.end && c.start <= k + 1 && !(inserted && c.start === m.end + 2))) return [];
  let end = k + 1;
  // (", which responded that …": the clause speaks of someone else.)
  while (end < tokens.length && tokens[end]!.text !== ';' && !(tokens[end]!.text === ',' && /^(?:which|who)$/.test(tokens[end + 1]?.lower ?? ''))) end++;
  return [{
    speaker: { sentence: sentence.index, mentions: [m] },
    frame: 'say',
    content: spanText(parse, k, end),
    cue: verb.lower,
    deed: true,
  }];
}

/** The one person a paragraph names by name (several, or none: nobody is introduced). */
function introducedPerson(paragraph: readonly SentenceParse[]): SpeakerRef | undefined {
  const people = paragraph.flatMap((p) => p.mentions.filter((m) => m.type === 'name' && m.kind === 'person' && !p.tokens[m.start]?.quoted).map((m) => ({ m, sentence: p.sentence.index })));
  const names = new Set(people.map((x) => x.m.name.split(/\s+/).pop()!.toLowerCase()));
  if (names.size !== 1 || paragraph.some((p) => p.tokens.some((t) => t.quoted))) return undefined;
  const first = people[0]!;
  return { sentence: first.sentence, mentions: [first.m] };
}

/**
 * "For the lawyer María José Cáceres, a specialist in records law, the case mixes two debates":
 * whose view the sentence gives (the "Para X, …" of translated news, common in features too). Only
 * in a sentence with no cue of its own, which says whose words it reports.
 */
function forViews(parse: SentenceParse): SentenceSource[] {
  const { tokens, sentence, mentions } = parse;
  // ("In the view of Senator Heloísa Campos, …", "In the opinion of the bar association, …": the same.)
  const lead = tokens[0]?.lower === 'for' ? 1 : tokens[0]?.lower === 'in' && tokens[1]?.lower === 'the' && VIEW_HEADS.has(tokens[2]?.lower ?? '') && tokens[3]?.lower === 'of' ? 4 : 0;
  if (!lead || tokens[0]!.quoted || parse.cues.length > 0) return [];
  const m = mentions.find((x) => x.start >= lead && x.start <= lead + 3 && x.type !== 'pronoun' && !x.possessive && speakerKind(x));
  if (!m || tokens[m.end]?.text !== ',' || tokens.slice(lead, m.start).some((t) => !isWord(t) || (t.cap && !TITLE_WORDS.has(t.lower)))) return [];
  let from = m.end + 1;
  // (An apposition after the name: the view starts after it.)
  const next = tokens.findIndex((t, k) => k > from && t.text === ',');
  if (next > 0 && next - from <= 20 && ['role', 'relative'].includes(classifySegment(tokens, mentions, from, next).cls)) from = next + 1;
  if (tokens.length - from < 3) return [];
  return [{ speaker: { sentence: sentence.index, mentions: [m] }, frame: 'say', content: spanText(parse, from, tokens.length), cue: lead === 1 ? 'for' : 'in the view of' }];
}

/**
 * "Tessaly's warning that the order would weaken security was echoed by …", "the minister's
 * insistence that nothing would change": a view the article reports as someone's own.
 */
function possessiveViews(parse: SentenceParse): SentenceSource[] {
  const { tokens, sentence, mentions } = parse;
  const out: SentenceSource[] = [];
  for (const m of mentions) {
    if (!m.possessive || m.type !== 'name' || !speakerKind(m) || tokens[m.start]?.quoted) continue;
    const noun = tokens[m.end + 1];
    if (!noun || !VIEW_CLAIM_NOUNS.has(noun.lower) || tokens[m.end + 2]?.lower !== 'that') continue;
    let end = m.end + 3;
    // The view reaches to the verb that tells what became of it ("… was echoed by").
    while (end < tokens.length && tokens[end]!.text !== ';' && !(BE_FORMS.has(tokens[end]!.lower) && /ed$/.test(tokens[end + 1]?.lower ?? '') && tokens[end + 2]?.lower === 'by')) end++;
    out.push({ speaker: { sentence: sentence.index, mentions: [m] }, frame: 'say', content: spanText(parse, m.end + 3, end), cue: noun.lower });
  }
  return out;
}
