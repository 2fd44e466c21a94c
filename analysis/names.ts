import { describedActor, knownActor } from './actors';
import { SAY, SUPPORT, OPPOSE, PROPOSE, CAPITALISED_FUNCTION_WORDS, COMMON_SUBJECTS, COUNTRIES, EMPLOYEE_NOUNS, FEMALE_HONORIFICS, GOVERNMENT_HEADS, LAW_HEADS, LOCATIVES, LOWER_ORG_HEADS, MALE_HONORIFICS, MEDIA, MEDIA_PHRASES, NAME_PARTICLES, NATION_ADJECTIVE, ORG_CLASS_NOUNS, ORG_HEADS, PERSON_HONORIFICS, PERSON_ROLE_NOUNS, PLACES, ROLE_HEADS, ROLE_STOP, STREET_WORDS, SUBJECT_VERBS, TIME_WORDS, TITLE_WORDS, WHO_VERBS, POST_NOMINALS, OFFICE_ENDS, INSTITUTION_HEADS, FIELD_ORG_HEADS, AND_PLACES, RUNS, MEDIA_HEADS, ADDRESS_HONORIFICS, AUDIENCE_BEFORE, LOCATIVE_BEFORE, DESCRIBED_BY_PLACE, TITLE_MODIFIERS, PARTICLE_SURNAME, WESTERN_INITIALS, TECH_ACRONYMS } from './gazetteer';
import { DETERMINERS, ROLE_QUALIFIER, NOT_A_ROLE_START, ROLE_ENDS_BEFORE, HONORIFIC_ONLY, AFTER_SUBJECT_COMMA, AFTER_SUBJECT, ORG_LEADS } from './gazetteer';
import { isThousandsSeparator, type Token } from './tokens';

/**
 * Who is mentioned in a sentence, found without a statistical model: runs of capitalised words
 * (with name particles, hyphens, "of"/"for" inside organisation names), split into a title and a
 * name ("French Interior Minister | Bernard Cazeneuve"), typed by small word lists (organisation
 * heads, places, dates, news outlets) and the glossary's actors; governments ("the Dutch
 * government", "the Clinton administration"); pronouns; and descriptions that re-mention
 * someone ("the minister", "the EU executive").
 */

export type MentionKind = 'person' | 'org' | 'gov' | 'place' | 'media' | 'law' | 'time' | 'unknown';

export interface Mention {
  /** Token indices, `end` exclusive. */
  start: number;
  end: number;
  type: 'name' | 'pronoun' | 'role';
  kind: MentionKind;
  /** The name as written ("Bernard Cazeneuve"), the pronoun, or the description ("the minister"). */
  name: string;
  /** Title or description found next to the name. */
  role?: string;
  /**
   * An apposition that did not become the role because a title came first ("Opposition MP Dara
   * Quill, the shadow home secretary,"): later mentions by it still find the person.
   */
  alsoKnownAs?: string;
  /** Head noun of a description ("minister"). */
  head?: string;
  pronoun?: 'he' | 'she' | 'it' | 'they';
  /** Glossary actor id, or a known body a description stands for. */
  actorId?: string;
  /** Canonical name from the glossary or a known description. */
  canonical?: string;
  gender?: 'm' | 'f';
  /** Followed by "'s". */
  possessive: boolean;
  /** A counted group named by its description ("a coalition of 48 groups"): a speaker of its own. */
  collective?: boolean;
}

export interface NameContext {
  /** Words the article writes in lower case somewhere. */
  lowerSeen: ReadonlySet<string>;
  /** Capitalised words the article writes in mid-sentence somewhere. */
  midCaps: ReadonlySet<string>;
}



// (A Set, not an object's keys: "constructor" in a text is not a pronoun.)
const PRONOUNS = new Set(['he', 'she', 'it', 'they']);

/** A pronoun as a mention of whom it stands for: "it" a body, "they" either, "he" or "she" a person. */
export function pronounMention(start: number, end: number, pronoun: NonNullable<Mention['pronoun']>, possessive: boolean): Mention {
  const gender = pronoun === 'he' ? 'm' : pronoun === 'she' ? 'f' : undefined;
  return { start, end, type: 'pronoun', kind: pronoun === 'it' ? 'org' : pronoun === 'they' ? 'unknown' : 'person', name: pronoun, pronoun, possessive, ...(gender ? { gender } : {}) };
}
const NAME_CONNECTORS = new Set(['of', 'for', 'on']);
/** ("Lumen Mail rejects government demand": a verb is never part of a body's name.) */
const CUE_WORDS = new Set([...SAY, ...SUPPORT, ...OPPOSE, ...PROPOSE]);

const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word' && !t.quoted;
/** "Bosnia and Herzegovina": the words on either side of "and" in a place's name. */
const andPlace = (before: string, after: string) => AND_PLACES.has(`${before.toLowerCase()} ${after.toLowerCase()}`);
const isAcronym = (text: string) => /^(?:\p{Lu}[\p{Lu}\p{N}&]{1,6}|(?:\p{Lu}\.){2,})$/u.test(text);

function joinTokens(tokens: readonly Token[], start: number, end: number, sentence: string): string {
  if (end <= start) return '';
  return sentence.slice(tokens[start]!.start, tokens[end - 1]!.end).replace(/\s+/g, ' ');
}

/** Is the capitalised token at `i` only capitalised because it opens the sentence (or a quotation)? */
function sentenceInitial(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.kind === 'word') return false;
    if (t.text === ':' || t.kind === 'quote' || t.text === '(' || t.text === '—' || t.text === '–') return true;
    if (t.text !== '' && !/^[\s"“‘'(\[]$/.test(t.text)) return false;
  }
  return true;
}

function nameCase(t: Token): boolean {
  return isWord(t) && (t.cap || isAcronym(t.text) || PARTICLE_SURNAME.test(t.text)) && !/^\p{N}/u.test(t.text);
}

/** A capitalised word that can be part of a person's name (not a body, a title or a place). */
function personalWord(t: Token): boolean {
  return nameCase(t) && !ORG_HEADS.has(t.lower) && !TITLE_WORDS.has(t.lower) && !OFFICE_ENDS.has(t.lower) && !PLACES.has(t.lower);
}

/**
 * "Kenya Police Officers’ Federation", "Federation of European Motorists' Clubs": a plural
 * possessive inside an organisation's name (the mark touches the word before it, a capitalised
 * word follows, and the name, from `i`, has an organisation's head): where the name goes on to.
 */
function pluralOwnerEnd(tokens: readonly Token[], i: number, j: number): number | undefined {
  const t = tokens[j];
  const next = tokens[j + 1];
  if (!t || t.kind !== 'quote' || !/^['’]$/.test(t.text) || t.start !== tokens[j - 1]?.end || !/s$/.test(tokens[j - 1]!.lower) || !next || !nameCase(next) || next.start <= t.end) return undefined;
  const more = runEnd(tokens, j + 1);
  return tokens.slice(i, more).some((x) => ORG_HEADS.has(x.lower) || ORG_HEADS.has(x.lower.replace(/s$/, ''))) ? more : undefined;
}

/** End (exclusive) of the run of name tokens starting at `i`. */
function runEnd(tokens: readonly Token[], i: number): number {
  let j = i + 1;
  let joined = false;
  while (j < tokens.length) {
    const t = tokens[j]!;
    if (nameCase(t)) {
      j++;
      continue;
    }
    const next = tokens[j + 1];
    const more = pluralOwnerEnd(tokens, i, j);
    if (more) {
      j = more;
      continue;
    }
    if (t.quoted || (t.kind !== 'word' && t.text !== '&')) break;
    // "Lotte van der Heijden", "Maria de la Cruz": one or two particles before the surname.
    if (NAME_PARTICLES.has(t.lower) && !t.cap) {
      const two = next && NAME_PARTICLES.has(next.lower) && !next.cap ? 1 : 0;
      const after = tokens[j + 1 + two];
      if (after && nameCase(after)) {
        j += 1 + two;
        continue;
      }
    }
    if (t.text === '&' && next && nameCase(next)) {
      j += 1;
      continue;
    }
    const last = tokens[j - 1]!.lower;
    // "Bosnia and Herzegovina", "Trinidad and Tobago": one place.
    if (t.lower === 'and' && next && andPlace(last, next.lower)) {
      j++;
      continue;
    }
    // ("Association of Digital Companies of Peru", "Association of Journalists of the North Coast":
    // a body's name ends in where it is, a place or a second "of".)
    const bodyOfPlace = t.lower === 'of' && (joined || (next !== undefined && PLACES.has(next.lower))) && tokens.slice(i, j).some((x) => ORG_HEADS.has(x.lower));
    if (NAME_CONNECTORS.has(t.lower) && (ORG_HEADS.has(last) || TITLE_WORDS.has(last) || LAW_HEADS.has(last) || bodyOfPlace)) {
      // ("Foundation for a Free Press": "a" or "an" opens the cause's name as "the" does.)
      const article = next?.lower === 'the' || ((next?.lower === 'a' || next?.lower === 'an') && ORG_HEADS.has(last));
      const after = article ? tokens[j + 2] : next;
      // "Forum on Child Safety", but not "the Home Office on Tuesday".
      if (after && nameCase(after) && (!CAPITALISED_FUNCTION_WORDS.has(after.lower) || (isAcronym(after.text) && ORG_HEADS.has(last))) && !(t.lower === 'on' && (TIME_WORDS.has(after.lower) || PLACES.has(after.lower)))) {
        j += article ? 2 : 1;
        joined = true;
        continue;
      }
    }
    // "Ministry of Science and ICT", "Minister for Communication and Aviation": a portfolio goes on after "and".
    if (joined && t.lower === 'and' && next && (OFFICE_ENDS.has(next.lower) || /^\p{Lu}{2,4}$/u.test(next.text))) {
      j++;
      continue;
    }
    // "Department of Justice and Constitutional Development", "Commissioner for Data Protection and
    // Freedom of Information": two or three words after "and" that end in a portfolio.
    if (joined && t.lower === 'and' && next && nameCase(next) && !CAPITALISED_FUNCTION_WORDS.has(next.lower) && !PLACES.has(next.lower)) {
      let more = runEnd(tokens, j + 1);
      const of = tokens[more];
      if (more === j + 2 && of?.lower === 'of' && tokens[more + 1] && nameCase(tokens[more + 1]!) && OFFICE_ENDS.has(tokens[more + 1]!.lower)) more += 2;
      const words = tokens.slice(j + 1, more);
      if (words.length >= 2 && words.length <= 3 && OFFICE_ENDS.has(tokens[more - 1]!.lower) && words.every((x) => x.lower === 'of' || !ORG_HEADS.has(x.lower))) {
        j = more;
        continue;
      }
    }
    // "Digital Markets and Safety Authority": "and" inside a name that ends in an organisation's
    // head (not "Austria and Poland", not "Acme and the Home Office").
    // (Not after a comma-separated list: "the Association, Momentum Wallet and Kente Bank" are three.)
    if (t.lower === 'and' && next && nameCase(next) && !CAPITALISED_FUNCTION_WORDS.has(next.lower) && !ORG_HEADS.has(last) && tokens[i - 1]?.text !== ',') {
      const more = runEnd(tokens, j + 1);
      if (more - (j + 1) >= 2 && more - (j + 1) <= 3 && more - i <= 7 && ORG_HEADS.has(tokens[more - 1]!.lower) && !PLACES.has(next.lower)) {
        j = more;
        continue;
      }
    }
    // "the Securities and Exchange Board of India", "the Malaysian Communications and Multimedia
    // Commission": after "the", one or two words and "and" go on to a public body's head (not
    // "the Home Office and Justice Department", two bodies).
    const from = tokens[i]!.lower === 'the' ? i + 1 : i;
    if (t.lower === 'and' && j - from <= 2 && (from > i || tokens[i - 1]?.lower === 'the') && next && nameCase(next) && !CAPITALISED_FUNCTION_WORDS.has(next.lower) && tokens.slice(from, j).every((x) => !ORG_HEADS.has(x.lower) || FIELD_ORG_HEADS.has(x.lower))) {
      const more = runEnd(tokens, j + 1);
      const of = tokens.slice(j + 1, more).findIndex((x) => x.lower === 'of');
      const headAt = of < 0 ? more - 1 : j + of;
      if (headAt - j <= 3 && INSTITUTION_HEADS.has(tokens[headAt]!.lower)) {
        j = more;
        continue;
      }
    }
    // "Coast Women in Tech Network": "in"/"on" inside a name that ends in an organisation's head.
    if ((t.lower === 'in' || t.lower === 'on') && next && nameCase(next) && !CAPITALISED_FUNCTION_WORDS.has(next.lower)) {
      const more = runEnd(tokens, j + 1);
      if (more - (j + 1) >= 2 && more - i <= 7 && ORG_HEADS.has(tokens[more - 1]!.lower) && !ORG_HEADS.has(last)) {
        j = more;
        continue;
      }
    }
    // "Parents for Safe Messaging", "Lawyers for Digital Rights": a plural noun for a cause.
    if (t.lower === 'for' && j === i + 1 && /\p{Ll}s$/u.test(tokens[i]!.text) && !TITLE_WORDS.has(tokens[i]!.lower.slice(0, -1)) && next && nameCase(next) && !CAPITALISED_FUNCTION_WORDS.has(next.lower)) {
      const more = runEnd(tokens, j + 1);
      if (more - (j + 1) >= 2) {
        j = more;
        continue;
      }
    }
    if ((t.lower === 'and' || t.text === '&') && next && nameCase(next)) {
      // "Centre for Democracy and Technology", "Assistance and Access Act": one name when the
      // words after "and" end in an organisation's or a law's head.
      const more = runEnd(tokens, j + 1);
      const head = tokens[more - 1]!.lower;
      if ((LAW_HEADS.has(head) || (joined && ORG_HEADS.has(head))) && more - j <= 4) {
        j = more;
        continue;
      }
    }
    break;
  }
  return j;
}

export function classifyRoleHead(role: string): 'person' | 'org' | undefined {
  // "heads the cybercrime division", "runs a small charity": someone who runs a body.
  if (RUNS.has(role.trim().split(/\s+/)[0]!.toLowerCase())) return 'person';
  // The head of "CEO of comms firm Open-Xchange" is "CEO": the words before any preposition.
  const beforePrep = role.toLowerCase().split(ROLE_QUALIFIER)[0] ?? '';
  const words = beforePrep.replace(/[^\p{L}\s'-]/gu, ' ').split(/\s+/).filter(Boolean);
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k]!.replace(/'s$/, '');
    const singular = w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
    if (PERSON_ROLE_NOUNS.has(w) || PERSON_ROLE_NOUNS.has(singular)) return 'person';
    if (ORG_CLASS_NOUNS.has(w) || ORG_CLASS_NOUNS.has(singular) || ORG_HEADS.has(w)) return 'org';
  }
  return undefined;
}


/** A role description right before `i` ("digital secretary", "comms firm"). */
function roleBefore(tokens: readonly Token[], i: number, sentence: string): { role: string; start: number } | undefined {
  const prev = tokens[i - 1];
  // "The detective, Mara Lind, was blunt": a description set before the name, between commas.
  if (prev?.text === ',' && tokens[i - 2] && isWord(tokens[i - 2]) && PERSON_ROLE_NOUNS.has(tokens[i - 2]!.lower)) {
    let k = i - 2;
    while (k - 1 >= 0 && i - k <= 6 && isWord(tokens[k - 1]) && !tokens[k - 1]!.quoted) k--;
    if (k === 0 || tokens[k - 1]?.text === ',' || tokens[k - 1]?.kind === 'quote') {
      // (The mention still starts at the name: the commas keep it a subject of its own.)
      if (DETERMINERS.has(tokens[k]!.lower) && tokens[k]!.lower !== 'a' && tokens[k]!.lower !== 'an') return { role: joinTokens(tokens, k + 1, i - 1, sentence), start: i };
    }
  }
  if (!isWord(prev)) return undefined;
  const singular = prev.lower.endsWith('s') ? prev.lower.slice(0, -1) : prev.lower;
  if (!ROLE_HEADS.has(prev.lower) && !ROLE_HEADS.has(singular)) return undefined;
  let k = i - 1;
  while (k - 1 >= 0 && i - (k - 1) <= 6) {
    const t = tokens[k - 1]!;
    if (!isWord(t) || ROLE_STOP.has(t.lower)) break;
    k--;
  }
  return { role: joinTokens(tokens, k, i, sentence), start: k };
}

/** An apposition right after a name: ", chief executive of Nimbus Vault," → the role. */
function roleAfter(tokens: readonly Token[], end: number, sentence: string): string | undefined {
  if (tokens[end]?.text !== ',') return undefined;
  let k = end + 1;
  const determiner = tokens[k] !== undefined && DETERMINERS.has(tokens[k]!.lower);
  if (determiner) k++;
  const first = tokens[k];
  // ", who researches applied cryptography at …": what someone does is their role.
  if (!determiner && first?.lower === 'who' && WHO_VERBS.has(tokens[k + 1]?.lower ?? '')) {
    let m = k + 1;
    while (m < tokens.length && m - k < 16 && tokens[m]!.text !== ',' && tokens[m]!.text !== '.' && tokens[m]!.kind !== 'quote') m++;
    return joinTokens(tokens, k + 1, m, sentence);
  }
  // ", the Privacy Collective and …" lists names; ", joined by …" is no role. But ", the Seoul
  // company behind …", ", a New Delhi-based digital rights group": after a determiner, capitalised
  // modifiers that run into a lower-case role head describe the name before them.
  if (!first || first.kind !== 'word') return undefined;
  if (first.cap && !TITLE_WORDS.has(first.lower) && !ROLE_HEADS.has(first.lower) && !(determiner && capitalisedModifiers(tokens, k))) return undefined;
  if (!determiner && /(?:ed|ing)$/.test(first.lower) && !ROLE_HEADS.has(first.lower)) return undefined;
  if (NOT_A_ROLE_START.has(first.lower)) return undefined;
  const from = k;
  while (k < tokens.length && k - from < 16) {
    const t = tokens[k]!;
    // ("with around 90,000 users": a thousands separator ends nothing.)
    if (isThousandsSeparator(tokens, k)) {
      k += 2;
      continue;
    }
    if (t.text === ',' || t.text === '.' || t.text === ';' || t.text === ':' || t.kind === 'quote' || t.text === '(') break;
    if (isWord(t) && ROLE_ENDS_BEFORE.has(t.lower)) break;
    k++;
  }
  if (k === from) return undefined;
  // "including Signal and WhatsApp, the justice ministry said": a description running straight
  // into the verb is that verb's subject, not an apposition to the name before it.
  if (determiner && isWord(tokens[k]) && SUBJECT_VERBS.has(tokens[k]!.lower)) return undefined;
  const text = joinTokens(tokens, from, k, sentence);
  if (!classifyRoleHead(text)) return undefined;
  return text;
}

/**
 * "Seoul company", "New Delhi-based digital rights group": capitalised words (places, a "-based"
 * compound) followed, within a few words, by a lower-case role head. Not "the Privacy Collective".
 */
function capitalisedModifiers(tokens: readonly Token[], k: number): boolean {
  let j = k;
  while (j < tokens.length && j - k < 3 && isWord(tokens[j]) && tokens[j]!.cap) j++;
  for (let m = j; m < tokens.length && m - j < 4; m++) {
    const t = tokens[m]!;
    if (!isWord(t) || t.cap) return false;
    const singular = t.lower.endsWith('s') ? t.lower.slice(0, -1) : t.lower;
    if (ROLE_HEADS.has(t.lower) || ROLE_HEADS.has(singular)) return true;
  }
  return false;
}



/** "the Seoul company": a capitalised run between a determiner and a lower-case organisation noun. */
function modifiesDescription(tokens: readonly Token[], start: number, end: number): boolean {
  if (!DETERMINERS.has(tokens[start - 1]?.lower ?? '') || end - start > 3) return false;
  const next = tokens[end];
  if (!isWord(next) || next.cap) return false;
  const singular = next.lower.endsWith('s') ? next.lower.slice(0, -1) : next.lower;
  // "the Eldama Ravine lawmaker" is described by a place; not "a Whisperly spokesperson", "a
  // Google engineer": an employee's role names who they work for.
  return ORG_CLASS_NOUNS.has(next.lower) || ORG_CLASS_NOUNS.has(singular) || (PERSON_ROLE_NOUNS.has(singular) && !EMPLOYEE_NOUNS.has(singular));
}

/** Honorifics alone say nothing about a role ("Dr.", "Mr"). */
export function informativeRole(role: string): boolean {
  return !HONORIFIC_ONLY.test(role.trim());
}



/**
 * A single capitalised word opening a sentence looks like a name when it is shaped like one
 * ("ClearSight", "X2") or is set off as a subject ("Lockbox, however, said", "Brightchat, which
 * has …, said"), and is no common plural or institution ("Critics said", "Police said").
 */
function nameShaped(tokens: readonly Token[], start: number, end: number): boolean {
  const t = tokens[start]!;
  const lower = t.lower;
  if (COMMON_SUBJECTS.has(lower) || (lower.endsWith('s') && !lower.endsWith('ss'))) return false;
  if (/\p{Ll}\p{Lu}|\d/u.test(t.text)) return true;
  const next = tokens[end];
  const after = tokens[end + 1];
  if (next?.text === ',' && after && AFTER_SUBJECT_COMMA.has(after.lower)) return true;
  // "Cazeneuve told a press conference …", "Quillon has 40 million users"
  return next !== undefined && (SUBJECT_VERBS.has(next.lower) || AFTER_SUBJECT.has(next.lower));
}

function kindOfName(words: string[], lowerName: string, actor: boolean): MentionKind | undefined {
  const last = words[words.length - 1]!.toLowerCase();
  if (MEDIA_PHRASES.has(lowerName) || (words.length === 1 && MEDIA.has(last))) return 'media';
  if (words.every((w) => TIME_WORDS.has(w.toLowerCase()) || /^\d/.test(w))) return 'time';
  if (PLACES.has(lowerName) || PLACES.has(lowerName.replace(/\s+/g, '-'))) return 'place';
  if (words.length > 1 && words.every((w) => PLACES.has(w.toLowerCase()))) return 'place';
  if (actor) return 'org';
  if (LAW_HEADS.has(last) && words.length > 1) return 'law';
  if (ORG_HEADS.has(last) || (words.length > 1 && ORG_LEADS.has(words[0]!.toLowerCase())) || words.some((w) => /^(?:inc\.?|ltd\.?|llc|plc|gmbh|corp\.?)$/i.test(w))) return 'org';
  // "Department of Home Affairs", "Bank of England", "Centre for Democracy and Technology".
  if (words.length >= 3 && ORG_HEADS.has(words[0]!.toLowerCase()) && (words.includes('of') || words.includes('for'))) return 'org';
  // "Calder Institute for Applied Cryptography", "Joint Committee on the Draft Bill": the head
  // is the word before the connector, wherever it stands.
  if (words.some((w, k) => k > 0 && ORG_HEADS.has(w.toLowerCase()) && /^(?:of|for|on)$/.test(words[k + 1] ?? ''))) return 'org';
  if (words.length === 1 && isAcronym(words[0]!)) return 'org';
  // "Parents for Safe Messaging": a plural noun for a cause names a group.
  if (words.length >= 3 && words[1] === 'for' && /\p{Ll}s$/u.test(words[0]!)) return 'org';
  return undefined;
}

export function findMentions(tokens: readonly Token[], sentence: string, ctx: NameContext): Mention[] {
  const mentions: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!isWord(t)) {
      i++;
      continue;
    }
    // "Her Honour said", "His Excellency told": a form of address stands for the person, like a pronoun.
    if ((t.lower === 'her' || t.lower === 'his') && ADDRESS_HONORIFICS.has(tokens[i + 1]?.lower ?? '') && tokens[i + 1]!.cap) {
      mentions.push(pronounMention(i, i + 2, t.lower === 'his' ? 'he' : 'she', false));
      i += 2;
      continue;
    }
    if (PRONOUNS.has(t.lower) && t.text !== 'IT') {
      mentions.push(pronounMention(i, i + 1, t.lower as NonNullable<Mention['pronoun']>, false));
      i++;
      continue;
    }
    if (DETERMINERS.has(t.lower)) {
      const role = describedAt(tokens, i, sentence);
      if (role) {
        mentions.push(role);
        i = role.end;
        continue;
      }
    }
    if (nameCase(t)) {
      const m = nameAt(tokens, i, sentence, ctx);
      if (m) {
        mentions.push(...m.mentions);
        i = m.next;
        continue;
      }
    }
    i++;
  }
  return mentions;
}

/** "the minister", "the EU executive", "the justice ministry", "its chairman". */
function describedAt(tokens: readonly Token[], i: number, sentence: string): Mention | undefined {
  let headAt = -1;
  for (let k = i + 1; k < tokens.length && k <= i + 5; k++) {
    const t = tokens[k]!;
    // "the public prosecutor's office": a possessive inside the description of one body.
    if (t.lower === "'s" && headAt === k - 1 && isWord(tokens[k + 1]) && LOWER_ORG_HEADS.has(tokens[k + 1]!.lower)) continue;
    if (!isWord(t) || ROLE_STOP.has(t.lower) || t.lower === "'s") break;
    const singular = t.lower.endsWith('s') && !t.lower.endsWith('ss') ? t.lower.slice(0, -1) : t.lower;
    if (ROLE_HEADS.has(t.lower) || ROLE_HEADS.has(singular) || LOWER_ORG_HEADS.has(t.lower)) headAt = k;
    else if (headAt !== -1) break;
  }
  if (headAt === -1) return undefined;
  // "the digital secretary Axelle Lemaire": a role in front of a name, which the name takes.
  const after = tokens[headAt + 1];
  if (after && nameCase(after) && !after.quoted) return undefined;
  const head = tokens[headAt]!.lower;
  const text = joinTokens(tokens, i, headAt + 1, sentence);
  const described = describedActor(text);
  // "the public prosecutor's office in Kiel": a local body, named as "Kiel public prosecutor's office".
  const place = tokens[headAt + 2];
  const after3 = tokens[headAt + 3];
  const local = !described && LOWER_ORG_HEADS.has(head) && tokens[headAt + 1]?.lower === 'in' && place !== undefined && nameCase(place) && !place.quoted && !(after3 && nameCase(after3)) ? place : undefined;
  // Capitalised words make it a name ("the Dutch government", "the Home Office"), unless the
  // description is one newsrooms use for a known body ("the EU executive").
  if (!described && tokens.slice(i + 1, headAt + 1).some((t) => t.cap)) return undefined;
  const plural = head.endsWith('s') && !head.endsWith('ss') && !PERSON_ROLE_NOUNS.has(head);
  const headKind = classifyRoleHead(text.replace(/^\S+\s+/, ''));
  const kind: MentionKind = described
    ? 'org'
    : GOVERNMENT_HEADS.has(head)
      ? 'gov'
      : headKind ?? (LOWER_ORG_HEADS.has(head) ? 'org' : 'unknown');
  if (local && !plural) {
    const bare = text.replace(/^\S+\s+/, '');
    return { start: i, end: headAt + 3, type: 'role', kind, name: `${local.text} ${bare}`, canonical: `${local.text} ${bare}`, head, possessive: tokens[headAt + 3]?.lower === "'s" };
  }
  return {
    start: i,
    end: headAt + 1,
    type: 'role',
    kind: plural ? 'unknown' : kind,
    name: text,
    head,
    possessive: tokens[headAt + 1]?.lower === "'s",
    ...(described ? { canonical: described.name, ...(described.id ? { actorId: described.id } : {}) } : {}),
  };
}

interface NameResult {
  mentions: Mention[];
  next: number;
}

function nameAt(tokens: readonly Token[], i: number, sentence: string, ctx: NameContext): NameResult | undefined {
  let start = i;
  let end = runEnd(tokens, i);
  // Drop capitalised function words and sentence-initial common words from the front.
  while (start < end) {
    const t = tokens[start]!;
    const lower = t.lower;
    // ("You’ve", "I’m": a function word with its contraction.)
    // ("SIM cards", "the IP address": a technology's acronym names no one, and must not be the
    // body a later "it said" is taken for.)
    // ("The Editors' Guild": a word that owns the rest of the name stays in it.)
    if ((CAPITALISED_FUNCTION_WORDS.has(lower) || TECH_ACRONYMS.has(lower) || CAPITALISED_FUNCTION_WORDS.has(lower.replace(/'(?:m|ve|re|ll|d|s)$/, ''))) && !(PERSON_HONORIFICS.has(lower) && end - start > 1) && !pluralOwnerEnd(tokens, start, start + 1)) {
      start++;
      continue;
    }
    if (sentenceInitial(tokens, start) && !isAcronym(t.text) && !(TITLE_WORDS.has(lower) && end - start > 1)) {
      const known = knownActor(t.text) !== undefined;
      const common = ctx.lowerSeen.has(lower) && !ctx.midCaps.has(t.text);
      // A single unknown word opening a sentence is a name only with an apposition saying
      // what it is ("Whisperly, a messaging app, …").
      // ("Ruritania’s delegation said": an owner of a body is a name.)
      const ownsBody = tokens[end]?.lower === "'s" && tokens.slice(end + 1, end + 4).some((x) => isWord(x) && !x.cap && LOWER_ORG_HEADS.has(x.lower));
      // ("Varnet vows to fight …", "Okafor backs …": a headline's subject, right before its verb —
      // in a line with no full stop —
      // not a plural — "Critics say", "Officials warned" — nor a common word used elsewhere.)
      const subjectOfCue = !/[.!?…]['"’”)]*\s*$/.test(sentence) && isWord(tokens[end]) && !/-/.test(lower) && !tokens[end]!.cap && CUE_WORDS.has(tokens[end]!.lower) && !/s$/.test(lower) && !ctx.lowerSeen.has(lower) && !COMMON_SUBJECTS.has(lower);
      const unknownSingle = end - start === 1 && !ctx.midCaps.has(t.text) && !known && !ownsBody && !subjectOfCue && !roleAfter(tokens, end, sentence) && !nameShaped(tokens, start, end);
      // "Open Wire Foundation, a digital rights group, said": a common word opening the run is
      // part of the name when the run ends in an organisation's head.
      // ("Safe Childhood Canada, a charity that …": an apposition that says what the whole run is.)
      const orgRun = end - start >= 3 && (ORG_HEADS.has(tokens[end - 1]!.lower) || (tokens[end]?.text === ',' && /^(?:a|an)$/.test(tokens[end + 1]?.lower ?? '')));
      // (A country opening a sentence is one: "France and Spain … urged".)
      const country = end - start === 1 && COUNTRIES.has(lower);
      // "Reacting, Senator Eteng-Obi said": a participle opening the sentence.
      if (end - start === 1 && /ing$/.test(lower) && tokens[end]?.text === ',' && !known) {
        start++;
        continue;
      }
      if (!known && !orgRun && !country && (common || unknownSingle)) {
        start++;
        continue;
      }
    }
    break;
  }
  if (start >= end) return { mentions: [], next: Math.max(end, i + 1) };
  // "CAIRO, June 15 (LNW) - …", "SAO PAULO — …": a wire story's dateline, in capitals before a
  // date or a dash, is where it was filed, not who speaks.
  const filed = tokens[end];
  if (sentenceInitial(tokens, start) && tokens.slice(start, end).every((x) => !/\p{Ll}/u.test(x.text)) && (/^(?:—|–|-|--)$/.test(filed?.text ?? '') || (filed?.text === ',' && TIME_WORDS.has(tokens[end + 1]?.lower.replace(/\.$/, '') ?? '')))) return { mentions: [], next: end };

  // "Children's Safety Council": a possessive inside an organisation's name.
  if (tokens[end]?.lower === "'s" && tokens[end + 1] && nameCase(tokens[end + 1]!)) {
    const more = runEnd(tokens, end + 1);
    // ("Japan's National Police Agency": a country before a body's full name says where it is;
    // the name is the body's own.)
    const ownerIsPlace = COUNTRIES.has(joinTokens(tokens, start, end, sentence).toLowerCase()) || (end - start === 1 && PLACES.has(tokens[start]!.lower));
    if (ownerIsPlace && more - (end + 1) >= 2 && ORG_HEADS.has(tokens[more - 1]!.lower)) return { mentions: [], next: end + 1 };
    if (ORG_HEADS.has(tokens[more - 1]!.lower)) end = more;
  }

  const mentions: Mention[] = [];
  const government = governmentAfter(tokens, start, end, sentence);
  if (government) return { mentions: [government.mention], next: government.next };

  // "The Austrian and Polish governments".
  const pair = governmentPair(tokens, start, end);
  if (pair) return pair;

  // Title words in front of the name become its role, unless they are the organisation's name.
  let nameStart = start;
  // "The Sydney-based Open Net Alliance": where it is based is description, not name.
  // ("Port Harcourt-based Delta Digital Liberties Network": the place may take two words.)
  for (let k = end - 2; k >= nameStart; k--) {
    if (DESCRIBED_BY_PLACE.test(tokens[k]!.lower)) {
      nameStart = k + 1;
      break;
    }
  }
  const lastLower = tokens[end - 1]!.lower;
  // "Communications Authority of Kenya": an organisation's head before "of"/"for" anywhere in the run.
  // ("Federation of Detective Officers": the head may open the name.)
  const headBeforeOf = tokens.slice(start, end - 1).some((x, k) => ORG_HEADS.has(x.lower) && NAME_CONNECTORS.has(tokens[start + k + 1]!.lower));
  // ("Privacy Collective UK", "Open Net Alliance Ireland": a body's head, then where it works.)
  const headThenPlace = end - start >= 2 && ORG_HEADS.has(tokens[end - 2]!.lower) && (PLACES.has(lastLower) || COUNTRIES.has(lastLower) || WESTERN_INITIALS.test(tokens[end - 1]!.text));
  const orgName = ORG_HEADS.has(lastLower) || LAW_HEADS.has(lastLower) || headBeforeOf || headThenPlace || knownActor(joinTokens(tokens, start, end, sentence)) !== undefined;
  let honorific: 'm' | 'f' | undefined;
  let personTitle = false;
  if (!orgName) {
    // (No "-based" word is left from here on: the loop above moved past the last one.)
    while (nameStart < end - 1 && (TITLE_WORDS.has(tokens[nameStart]!.lower) || TITLE_MODIFIERS.has(tokens[nameStart]!.lower))) {
      const lower = tokens[nameStart]!.lower;
      if (FEMALE_HONORIFICS.has(lower)) honorific = 'f';
      if (MALE_HONORIFICS.has(lower)) honorific = 'm';
      if (PERSON_HONORIFICS.has(lower) || PERSON_ROLE_NOUNS.has(lower)) personTitle = true;
      nameStart++;
    }
  }
  // "Privacy Commissioner of Canada": the title is the name of an office, not a title before one.
  let office = false;
  if (nameStart > start && NAME_CONNECTORS.has(tokens[nameStart]!.lower)) {
    // "Minister of Justice Ana Lopes", "Secretary of State Răzvan Moise": an office, then its
    // holder — two or three personal-name words after a word that can end an office's name.
    let k = end;
    while (k - 1 > nameStart + 1 && personalWord(tokens[k - 1]!)) k--;
    const holder = end - k;
    // ("Parliamentary Secretary of the Interior Ministry Edgars Strautmanis": a body ends the office too.)
    if (holder >= 2 && holder <= 3 && (OFFICE_ENDS.has(tokens[k - 1]!.lower) || ORG_HEADS.has(tokens[k - 1]!.lower))) {
      nameStart = k;
      personTitle = true;
    } else {
      // ("Opposition MP for Central Leeward, Mr Desmond Baptiste-Quammie, told the House": a
      // member's seat, the role of the name in apposition, is nobody's name.)
      if (TITLE_MODIFIERS.has(tokens[start]!.lower)) return { mentions: [], next: end };
      nameStart = start;
      office = true;
      honorific = undefined;
      personTitle = false;
    }
  }
  // "Apple CEO Tim Cook", "FBI Director Jane Roe": an organisation and a title before the name.
  // (Also after title words already split off: "Digital Economy Cabinet Secretary Eliud Oduya".)
  if (!orgName && end - nameStart >= 3) {
    for (let k = end - 2; k > nameStart; k--) {
      const lower = tokens[k]!.lower;
      if (!(PERSON_ROLE_NOUNS.has(lower) || PERSON_HONORIFICS.has(lower))) continue;
      const rest = tokens.slice(k + 1, end);
      if (rest.length >= 1 && rest.length <= 4 && rest.every((x) => x.cap && !TITLE_WORDS.has(x.lower))) {
        nameStart = k + 1;
        personTitle = true;
      }
      break;
    }
  }
  // "Catrin Pritchard-Lowe MP", "Hannelore Pike KC": letters after a person's name are a title.
  let nameEnd = end;
  let postNominal = '';
  if (!orgName) {
    while (nameEnd - nameStart >= 3 && POST_NOMINALS.has(tokens[nameEnd - 1]!.lower) && tokens[nameEnd - 1]!.text === tokens[nameEnd - 1]!.text.toUpperCase()) nameEnd--;
    if (nameEnd < end) {
      postNominal = joinTokens(tokens, nameEnd, end, sentence);
      personTitle = true;
    }
  }
  const titleText = [joinTokens(tokens, start, nameStart, sentence), postNominal].filter(Boolean).join(' ');
  const words = tokens.slice(nameStart, nameEnd).map((t) => t.text);
  const name = joinTokens(tokens, nameStart, nameEnd, sentence);
  const lowerName = name.toLowerCase();
  const actor = knownActor(name);

  // "MPs", "Ministers", "Senators": a group, not a name.
  if (words.length === 1 && /s$/.test(words[0]!) && (TITLE_WORDS.has(words[0]!.toLowerCase().slice(0, -1)) || PERSON_ROLE_NOUNS.has(words[0]!.toLowerCase().slice(0, -1)))) {
    return { mentions, next: end };
  }
  // A title with no name after it ("Interior Minister said"): a description.
  if (words.length === 1 && TITLE_WORDS.has(words[0]!.toLowerCase()) && !actor) {
    const head = words[0]!.toLowerCase();
    if (PERSON_ROLE_NOUNS.has(head)) {
      mentions.push({ start, end, type: 'role', kind: 'person', name: joinTokens(tokens, start, end, sentence), head, possessive: tokens[end]?.lower === "'s" });
    }
    return { mentions, next: end };
  }

  let kind = office ? 'org' : kindOfName(words, lowerName, actor !== undefined);
  // "in a comment to Nordic Telecom Review", "shared with Statehouse Wire": the outlet a speaker
  // talked to is no speaker.
  if (!office && !actor && words.length >= 2 && MEDIA_HEADS.has(words[words.length - 1]!.toLowerCase()) && AUDIENCE_BEFORE.has(tokens[start - 1]?.lower ?? '')) kind = 'media';
  const possessive = tokens[end]?.lower === "'s";
  // "the Seoul company", "a New Delhi-based group": a capitalised modifier of a description.
  if (!kind && (DESCRIBED_BY_PLACE.test(tokens[end - 1]!.lower) || modifiesDescription(tokens, start, end))) kind = 'place';
  const before = roleBefore(tokens, start, sentence);
  const after = roleAfter(tokens, end, sentence);
  // "Rua Paulino Vieira", "Harambee House" after "at"/"on": where, not who. (Not "the children's
  // charity Safe Harbour Jersey" nor "Kind Harbour, a charity": a description says what it is.)
  const described = (before !== undefined && classifyRoleHead(before.role) !== undefined) || (after !== undefined && classifyRoleHead(after) !== undefined && !LOCATIVE_BEFORE.has(tokens[start - 1]?.lower ?? ''));
  if (!kind && !personTitle && !honorific && !possessive && !described && (words.some((w) => STREET_WORDS.has(w.toLowerCase())) || (words.length >= 2 && LOCATIVES.has(tokens[start - 1]?.lower ?? '')))) kind = 'place';
  // "programme lead at Haki Digital": after "at", a name that is no building is a workplace.
  if (!kind && !personTitle && !honorific && words.length >= 2 && tokens[start - 1]?.lower === 'at') kind = 'org';
  // "Professor Lucy Hart, a computer scientist at …": the apposition says more than the title.
  const titleRole = informativeRole(titleText) && !(after && nameStart - start === 1 && PERSON_HONORIFICS.has(titleText.toLowerCase())) ? titleText : '';
  const roleText = [titleRole, before?.role].filter(Boolean).join(' ').trim() || after || '';
  // "Kim Da-eun, who studies mobile security at a lab": "who" is said of people, whatever
  // nouns the clause goes on to name ("which" is said of organisations).
  const who = tokens[end]?.text === ',' && tokens[end + 1]?.lower === 'who';
  if (!kind && who && words.length >= 2 && !before) kind = 'person';
  if (!kind) {
    // (", of the data protection authority,": whom a person is with, not what the name is.)
    const roleKind = (before && classifyRoleHead(before.role)) ?? ((after && !/^(?:of|from|at|with)\s/i.test(after) && classifyRoleHead(after)) || undefined);
    // A person's title right before the name outweighs a description further out
    // ("Government Spokesperson Wanjiku Njoroge" is a person, whoever she speaks for).
    if (personTitle || honorific) kind = 'person';
    else if (roleKind) kind = roleKind;
    // ("Public Safety Canada": three words ending in a country name a body's.)
    // ("Bosnia and Herzegovina": a country, like "Serbia", whose government may speak.)
    else if (words.length === 3 && andPlace(words[0]!, words[2]!)) kind = 'unknown';
    else if (words.length >= 2) kind = words.every((w) => isAcronym(w)) || (words.length >= 3 && COUNTRIES.has(words[words.length - 1]!.toLowerCase())) ? 'org' : 'person';
    else kind = 'unknown';
  }
  // "Keio professor Shinji Arakawa", "Kuala Lumpur lawyer Nurul Zainuddin": a short name before a
  // lower-case office and a person's name is where that person works or lives, not a person.
  if (kind === 'person' && !personTitle && !honorific && end - nameStart === 1) {
    let k = end;
    while (k < tokens.length && k - end < 3 && isWord(tokens[k]) && !tokens[k]!.cap) k++;
    if (k > end && PERSON_ROLE_NOUNS.has(tokens[k - 1]!.lower) && tokens[k] && nameCase(tokens[k]!) && personalWord(tokens[k]!)) kind = 'unknown';
  }
  mentions.push({
    start: before && !titleText ? before.start : start,
    end,
    type: 'name',
    kind,
    name,
    ...(roleText ? { role: roleText } : {}),
    ...(after && roleText !== after ? { alsoKnownAs: after } : {}),
    ...(actor ? { actorId: actor.id, canonical: actor.term } : {}),
    ...(honorific ? { gender: honorific } : {}),
    possessive: tokens[end]?.lower === "'s",
  });
  // The name itself starts at nameStart; keep `start` of the mention at the title so that a
  // subject search lands on it either way.
  mentions[mentions.length - 1]!.start = Math.min(start, before?.start ?? start);
  return { mentions, next: end };
}

/** "Dutch government", "Clinton administration", "Lindmark's data protection authority". */
function governmentAfter(tokens: readonly Token[], start: number, end: number, sentence: string): { mention: Mention; next: number } | undefined {
  let k = end;
  const possessive = tokens[k]?.lower === "'s";
  if (possessive) k++;
  let head = -1;
  for (let m = k; m < tokens.length && m < k + 4; m++) {
    const t = tokens[m]!;
    if (!isWord(t) || t.cap || ROLE_STOP.has(t.lower) || CUE_WORDS.has(t.lower)) break;
    if (LOWER_ORG_HEADS.has(t.lower)) {
      head = m;
      break;
    }
  }
  if (head === -1) return undefined;
  // "Apple's service", "the Council's office": only bodies, and only for names that can own one.
  const headWord = tokens[head]!.lower;
  const runText = joinTokens(tokens, start, end, sentence);
  const runLower = runText.toLowerCase();
  const nation = NATION_ADJECTIVE.get(runLower);
  const isGov = GOVERNMENT_HEADS.has(headWord);
  if (possessive && !nation && !isGov && !PLACES.has(runLower) && head - k > 2) return undefined;
  const rest = joinTokens(tokens, k, head + 1, sentence);
  // "Dutch government" for any way of writing it; other bodies as written ("Poland's delegation").
  const name = isGov && nation ? `${nation} government` : `${possessive ? `${runText}'s` : nation ?? runText} ${rest}`;
  return {
    mention: {
      start,
      end: head + 1,
      type: 'name',
      kind: isGov ? 'gov' : 'org',
      name: name.replace(/\s+/g, ' '),
      possessive: tokens[head + 1]?.lower === "'s",
    },
    next: head + 1,
  };
}

function governmentPair(tokens: readonly Token[], start: number, end: number): NameResult | undefined {
  // <Nation> and <Nation> governments
  if (end - start !== 1) return undefined;
  const a = tokens[start]!;
  const and = tokens[end];
  const b = tokens[end + 1];
  const head = tokens[end + 2];
  if (!and || !b || !head || and.lower !== 'and' || !nameCase(b) || !['governments', 'administrations'].includes(head.lower)) return undefined;
  const make = (t: Token, at: number): Mention => ({
    start: at,
    end: at + 1,
    type: 'name',
    kind: 'gov',
    name: `${NATION_ADJECTIVE.get(t.lower) ?? t.text} government`,
    possessive: false,
  });
  const second = make(b, end + 1);
  second.end = end + 3;
  return { mentions: [make(a, start), second], next: end + 3 };
}
