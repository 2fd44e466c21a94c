import { defaultMatcher } from '../glossary/matcher';
import type { Attribution, SentenceParse, SpeakerRef } from './attributions';
import { ANONYMOUS_HEADS, COUNTRIES, NAME_PARTICLES, NATION_ADJECTIVE, OPENERS, ORG_HEADS, PERSON_ROLE_NOUNS, RUNS, SYNONYMS, INDEFINITE, SPOKES_ROLE, SPOKES_OF_KIND, NATION_BODY, BARE_OFFICE, LAW_HEADS, WORKPLACE_PREPOSITIONS, AFTER_NAME_CLAUSE, RESUMING_WORDS, TITLE_WORDS } from './gazetteer';
import { classifyRoleHead, type Mention } from './names';
import type { Article } from './types';

/**
 * Mentions merged into speakers: a full name, later the surname ("Cazeneuve"), a pronoun ("he",
 * "it" for an organisation, "they"), or a description ("the minister", "the company", "the EU
 * executive") all become one speaker. Pronouns go to the most salient compatible speaker of the
 * nearest sentence that has one: the subject of an attribution first, then the leftmost.
 */

export type SpeakerKind = 'person' | 'org' | 'gov';

export interface Speaker {
  id: number;
  name: string;
  kind: SpeakerKind;
  role: string;
  /** Lower-case words of every name and role it went by, for matching descriptions. */
  words: Set<string>;
  /** Folded names it went by. */
  names: Set<string>;
  actorId?: string;
  gender?: 'm' | 'f';
  firstSentence: number;
  /** The organisation a person speaks for, from their role ("its director", "chief executive of X"). */
  affiliation?: number;
  /** Created from a single capitalised word of unknown kind: an organisation only by default. */
  guessed?: boolean;
}

export interface SpeakerResult {
  speakers: Speaker[];
  /** Attribution id → the speakers it belongs to (several for a group). */
  byAttribution: Map<number, number[]>;
  /** Attribution id → the speaker its speaker sides with or against (see `Attribution.ally`). */
  allyOf: Map<number, number>;
}


const SYNONYMS_OF = new Map<string, Set<string>>();
for (const group of SYNONYMS) {
  for (const w of group) {
    const s = SYNONYMS_OF.get(w) ?? new Set<string>();
    for (const x of group) s.add(x);
    SYNONYMS_OF.set(w, s);
  }
}
const GENERIC_ORG = new Set(SYNONYMS[1]!.concat(SYNONYMS[2]!));

/** Folded form for comparing names: no accents, no "the", no possessive, lower case. */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`´]/g, "'")
    .toLowerCase()
    .replace(/'s\b/g, '')
    .replace(/^(?:the|a|an)\s+/, '')
    .replace(/[^\p{L}\p{N}\s&-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const singular = (w: string) => (w.endsWith('s') && !w.endsWith('ss') && w.length > 3 ? w.slice(0, -1) : w);
const wordsOf = (text: string) =>
  foldName(text)
    .split(/[\s-]+/)
    .filter((w) => w.length > 1)
    .map(singular);


/**
 * "A senior official at a European intelligence agency, who spoke on condition of anonymity,
 * …": an unnamed source, known by the description and where they work; "the official" later
 * is them.
 */
function anonymousSource(p: SentenceParse, m: Mention): string | undefined {
  if (m.kind !== 'person' || !/^(?:a|an|one)\s/i.test(m.name) || !ANONYMOUS_HEADS.test(m.head ?? '')) return undefined;
  const { tokens } = p;
  // "a senior government official said", "a veteran detective told …": described well enough
  // (two words or more) to be told apart without saying where they work.
  const described = m.name.replace(/^(?:a|an|one)\s+/i, '');
  if (!WORKPLACE_PREPOSITIONS.has(tokens[m.end]?.lower ?? '')) return described.split(/\s+/).length >= 2 ? described : undefined;
  let end = m.end + 1;
  while (end < tokens.length && end - m.end <= 9 && tokens[end]!.kind === 'word' && !tokens[end]!.quoted && !AFTER_NAME_CLAUSE.has(tokens[end]!.lower)) end++;
  if (end - m.end < 3) return undefined;
  const text = p.sentence.text.slice(tokens[m.start]!.start, tokens[end - 1]!.end);
  return text.replace(/^(?:a|an|one)\s+/i, '').replace(/\s+/g, ' ');
}

/** A country's own name or its nation's delegation or government ("austria", "austrian delegation"). */
function nationOf(folded: string): string | undefined {
  const body = NATION_BODY.exec(folded)?.[1];
  const key = body ?? folded;
  const adjective = NATION_ADJECTIVE.get(key);
  return adjective && (body !== undefined || COUNTRIES.has(key)) ? adjective : undefined;
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w) && !['Of', 'For', 'The', 'And'].includes(w))
    .map((w) => w[0])
    .join('')
    .toUpperCase();
}

interface Ref {
  speaker: number;
  sentence: number;
  token: number;
  subject: boolean;
  /** Mentioned as an owner ("Parley's smaller rival Chatterly"): rarely what a pronoun means. */
  possessive?: boolean;
}


/**
 * Does the sentence open with a subject that is no speaker ("The review …", "Prosecutors …")?
 * Then an "it" or "they" at the start of the next sentence most likely means that, not an
 * organisation mentioned further back.
 */
function opensWithOtherSubject(parse: SentenceParse | undefined): boolean {
  if (!parse) return false;
  const first = parse.tokens.findIndex((t) => t.kind === 'word');
  if (first === -1) return false;
  const t = parse.tokens[first]!;
  if (t.quoted) return false;
  if (OPENERS.has(t.lower)) return false;
  if (parse.mentions.some((m) => m.start === first || m.start === first + 1)) return false;
  return true;
}

export function resolveSpeakers(_article: Article, parses: readonly SentenceParse[], attributions: readonly Attribution[]): SpeakerResult {
  const speakers: Speaker[] = [];
  const refsBySentence = new Map<number, Ref[]>();
  const refKeys = new Set<string>();
  const refs = {
    push(r: Ref) {
      const key = `${r.speaker}:${r.sentence}:${r.token}`;
      if (refKeys.has(key)) return;
      refKeys.add(key);
      const list = refsBySentence.get(r.sentence) ?? [];
      list.push(r);
      list.sort((a, b) => a.token - b.token);
      refsBySentence.set(r.sentence, list);
    },
  };
  const subjectTokens = new Set<string>();
  for (const a of attributions) for (const m of a.speaker?.mentions ?? []) subjectTokens.add(`${a.speaker!.sentence}:${m.start}`);
  const mentionSpeaker = new Map<string, number>();

  const create = (m: Mention, sentence: number, kind: SpeakerKind): Speaker => {
    const name = m.canonical && m.type === 'role' ? m.canonical : m.name.replace(/^(?:the|The)\s+/, '');
    const s: Speaker = {
      id: speakers.length,
      name,
      kind,
      role: m.role ? cleanRole(m.role) : '',
      words: new Set(wordsOf(`${name} ${m.role ?? ''} ${m.alsoKnownAs ?? ''}`)),
      names: new Set([foldName(name)]),
      firstSentence: sentence,
      ...(m.actorId ? { actorId: m.actorId } : {}),
      ...(m.gender ? { gender: m.gender } : {}),
      // (A bare head, "Taskforce" in a headline, is a short name too.)
      ...((m.kind === 'unknown' || ORG_HEADS.has(name.toLowerCase())) && !m.actorId && !name.includes(' ') ? { guessed: true } : {}),
    };
    if (m.actorId) addActorForms(s, m.actorId);
    speakers.push(s);
    return s;
  };

  const enrich = (s: Speaker, m: Mention) => {
    if (m.role && !s.role) s.role = cleanRole(m.role);
    for (const w of wordsOf(`${m.name} ${m.role ?? ''} ${m.alsoKnownAs ?? ''}`)) s.words.add(w);
    if (m.type === 'name') {
      s.names.add(foldName(m.name));
      // Prefer the fullest form of a person's name ("Bernard Cazeneuve" over "Cazeneuve").
      if (s.kind === 'person' && m.name.split(/\s+/).length > s.name.split(/\s+/).length) s.name = m.name;
    }
    if (m.actorId && !s.actorId) {
      s.actorId = m.actorId;
      addActorForms(s, m.actorId);
    }
    if (m.gender && !s.gender) s.gender = m.gender;
    // A short name first, the full one later: the full one is how the reader knows it.
    if (s.guessed && m.type === 'name' && m.kind !== 'person' && m.name.includes(' ')) {
      s.name = m.name.replace(/^(?:the|The)\s+/, '');
      s.guessed = false;
    }
  };

  /** Sentence of each speaker's latest name mention so far (pass 1 runs in reading order). */
  const lastSeen = new Map<number, number>();
  const mostRecent = (list: readonly Speaker[]): Speaker | undefined =>
    list.reduce<Speaker | undefined>((best, s) => (!best || (lastSeen.get(s.id) ?? s.firstSentence) >= (lastSeen.get(best.id) ?? best.firstSentence) ? s : best), undefined);

  /** An existing speaker a name refers to. */
  const lookupName = (m: Mention): Speaker | undefined => {
    const folded = foldName(m.name);
    if (m.actorId) {
      const byActor = speakers.find((s) => s.actorId === m.actorId);
      if (byActor) return byActor;
    }
    const parts = folded.split(/\s+/);
    // "Austria" and "the Austrian delegation" (or "government"): one government.
    const nation = nationOf(folded);
    if (nation !== undefined) {
      const sameCountry = speakers.find((s) => s.kind !== 'person' && [...s.names].some((n) => nationOf(n) === nation));
      if (sameCountry) return sameCountry;
    }
    // A person's surname alone is weighed below, among everyone who has it ("Ms Fenn" after two Fenns).
    const exact = speakers.find((s) => s.names.has(folded) && !(parts.length === 1 && s.kind === 'person' && lastNames(s).size > 0));
    if (exact) return exact;
    if (parts.length === 1) {
      const w = parts[0]!;
      // A surname ("Cazeneuve", "Kosciusko-Morizet" or "Morizet") or a short name ("Corvid").
      // Two people sharing a surname: "Ms Kamau" is the one of her gender, and otherwise the one
      // named last (the paragraph's or quote chain's current speaker).
      const sameGender = (s: Speaker) => !m.gender || !s.gender || s.gender === m.gender;
      const bySurname = speakers.filter((s) => s.kind === 'person' && lastNames(s).has(w) && sameGender(s));
      const person = mostRecent(bySurname);
      if (person && m.kind !== 'org') return person;
      // A first name alone ("Harriet", "Dame Margaret"), when it picks out one person.
      const byFirst = speakers.filter((s) => s.kind === 'person' && firstNames(s).has(w) && sameGender(s));
      if (byFirst.length === 1 && m.kind !== 'org') return byFirst[0];
      const org = [...speakers].reverse().find((s) => s.kind !== 'person' && (firstOrLast(s).has(w) || initialsOf(s) === m.name));
      if (org) return org;
      if (/^\p{Lu}{2,6}$/u.test(m.name)) {
        const acronym = speakers.find((s) => initialsOf(s) === m.name);
        if (acronym) return acronym;
        // "the CS" for the Cabinet Secretary named before, "the AG" for the Attorney General.
        const titled = speakers.filter((s) => s.kind === 'person' && s.role && initials(s.role.split(/\s+/).slice(-m.name.length).join(' ')) === m.name);
        if (titled.length === 1) return titled[0];
      }
    } else if (NAME_PARTICLES.has(parts[0]!)) {
      // "Van der Berg" after "Pieter van der Berg".
      const person = mostRecent(speakers.filter((s) => s.kind === 'person' && lastNames(s).has(folded)));
      if (person) return person;
    } else if (m.kind === 'person') {
      // "Ben Slimane" after "Amira Ben Slimane", "Saldaña Vela" after "Jorge Saldaña Vela": the
      // last two of three names are one surname.
      if (parts.length === 2) {
        const person = mostRecent(speakers.filter((s) => s.kind === 'person' && threeWords(s) && lastNames(s).has(folded)));
        if (person) return person;
      }
      // A surname seen first, the full name later.
      const last = parts[parts.length - 1]!;
      // Only a speaker known so far by the surname alone: "Peter Mwangi" is not "Harriet Mwangi".
      // (Read newest first, a live blog names "Markovic" before "Dr Julia Markovic": the bare
      // surname was taken for an organisation by default.)
      const single = (s: Speaker) => (s.kind === 'person' || s.guessed === true) && [...s.names].every((n) => !n.includes(' '));
      // (The name first: a page can hold thousands of speakers, and each lookup must stay cheap.)
      const bySurname = speakers.find((s) => s.names.has(last) && single(s));
      if (bySurname) return bySurname;
      // "Sir Malcolm" first (a live blog read newest first), "Sir Malcolm Hendry" later.
      const byFirst = speakers.filter((s) => s.names.has(parts[0]!) && single(s) && (!m.gender || !s.gender || s.gender === m.gender));
      if (byFirst.length === 1) return byFirst[0];
    } else {
      // "Taskforce: encrypted apps …" (a live blog's newer headline) before "the National Online
      // Crime Taskforce": the short name seen first was the body named in full later.
      const short = speakers.filter((s) => s.guessed === true && (s.names.has(parts[parts.length - 1]!) || s.names.has(parts[0]!)));
      if (short.length === 1) return short[0];
    }
    return undefined;
  };

  const nameKind = (m: Mention): SpeakerKind | undefined => {
    if (m.kind === 'person' || m.kind === 'org' || m.kind === 'gov') return m.kind;
    if (m.kind === 'unknown' && m.type === 'name') return 'org';
    return undefined;
  };

  const byParagraphStart = new Map<number, number>();
  for (const p of parses) if (!byParagraphStart.has(p.sentence.paragraph)) byParagraphStart.set(p.sentence.paragraph, p.sentence.index);

  // Pass 1: names, in reading order, so that later re-mentions find them.
  for (const p of parses) {
    for (const m of p.mentions) {
      const anonymous = m.type === 'role' ? anonymousSource(p, m) : undefined;
      if (anonymous) {
        const s = create({ ...m, type: 'name', name: anonymous, canonical: undefined } as Mention, p.sentence.index, 'person');
        mentionSpeaker.set(`${p.sentence.index}:${m.start}`, s.id);
        lastSeen.set(s.id, p.sentence.index);
        refs.push({ speaker: s.id, sentence: p.sentence.index, token: m.start, subject: true });
        continue;
      }
      if (m.type !== 'name') continue;
      const kind = nameKind(m);
      // ("a conference in Brno": a word of unknown kind after "in" is a place, not a speaker; "the
      // (Detection Duty) Act": a law's head left alone by a bracket is no speaker either.)
      if (!kind || (m.kind === 'unknown' && (p.tokens[m.start - 1]?.lower === 'in' || LAW_HEADS.has(m.name.toLowerCase())))) continue;
      let s = lookupName(m);
      if (s?.guessed && m.kind === 'person') {
        s.kind = 'person';
        s.guessed = false;
      }
      if (s) enrich(s, m);
      else s = create(m, p.sentence.index, m.kind === 'unknown' ? 'org' : kind);
      mentionSpeaker.set(`${p.sentence.index}:${m.start}`, s.id);
      lastSeen.set(s.id, p.sentence.index);
      refs.push({ speaker: s.id, sentence: p.sentence.index, token: m.start, subject: subjectTokens.has(`${p.sentence.index}:${m.start}`), possessive: m.possessive });
      // "the Ministry of Electronics and Information Technology (MeitY)": the short name in brackets is its own.
      const short = p.tokens[m.end + 1]?.text ?? '';
      if (p.tokens[m.end]?.text === '(' && p.tokens[m.end + 2]?.text === ')' && /^\p{Lu}\p{L}{1,7}$/u.test(short) && /\p{Lu}.*\p{Lu}/u.test(short)) s.names.add(foldName(short));
    }
  }
  // Single-word names first seen alone, later seen in full ("Parley" … "Parley’s president"): the
  // unknown ones were created as organisations; a later person title may correct that.
  for (const a of attributions) {
    if (!a.speaker?.role) continue;
    for (const m of a.speaker.mentions) {
      const id = mentionSpeaker.get(`${a.speaker.sentence}:${m.start}`);
      if (id === undefined) continue;
      const s = speakers[id]!;
      if (!s.role) s.role = cleanRole(a.speaker.role);
      for (const w of wordsOf(a.speaker.role)) s.words.add(w);
      const kind = classifyRoleHead(a.speaker.role);
      if (kind && m.kind === 'unknown') s.kind = kind;
    }
  }

  const parseOf = (sentence: number) => parses[sentence];
  const paragraphOf = (sentence: number) => parses[sentence]?.sentence.paragraph ?? 0;

  /** Most salient compatible speaker before (sentence, token). */
  const salient = (sentence: number, token: number, ok: (s: Speaker) => boolean, floor = 0): Speaker | undefined => {
    const minParagraph = paragraphOf(sentence) - 3;
    for (let si = sentence; si >= floor && paragraphOf(si) >= minParagraph; si--) {
      const candidates = (refsBySentence.get(si) ?? [])
        .filter((r) => si < sentence || r.token < token)
        .filter((r) => ok(speakers[r.speaker]!));
      if (candidates.length === 0) continue;
      const subject = candidates.find((r) => r.subject) ?? candidates.find((r) => !r.possessive);
      return speakers[(subject ?? candidates[0]!).speaker];
    }
    return undefined;
  };

  const describedSpeaker = (m: Mention, sentence: number): Speaker | undefined => {
    if (m.canonical) {
      const known = speakers.find((s) => (m.actorId && s.actorId === m.actorId) || s.names.has(foldName(m.canonical!)));
      if (known) return known;
    }
    const head = m.head ?? '';
    const headWords = SYNONYMS_OF.get(head) ?? new Set([head]);
    const modifiers = wordsOf(m.name.replace(/^\S+\s+/, '')).filter((w) => w !== singular(head));
    const compatible = (s: Speaker) => {
      if (head === 'government' || head === 'administration' || head === 'cabinet') return s.kind === 'gov';
      if (m.kind === 'person' && s.kind !== 'person') return false;
      if ((m.kind === 'org' || m.kind === 'gov') && s.kind === 'person') return false;
      return true;
    };
    const strong = (s: Speaker) =>
      compatible(s) &&
      (s.words.has(singular(head)) || [...headWords].some((w) => s.words.has(w))) &&
      modifiers.every((w) => s.words.has(w) || NATION_ADJECTIVE.has(w));
    const weak = (s: Speaker) => compatible(s) && GENERIC_ORG.has(head) && s.kind === 'org';
    return salient(sentence, m.start, strong) ?? (m.kind !== 'person' ? salient(sentence, m.start, weak) ?? onlyOne(sentence, strong) : undefined);
  };

  /** An earlier "the <modifiers> <head>" for a bare "the <head>" with no speaker to stand for. */
  const fullerDescription = (m: Mention, sentence: number): Mention | undefined => {
    // (Not "the government": which one is for the government rules below.)
    if (!m.head || m.kind !== 'org' || !/^(?:the)\s/i.test(m.name)) return undefined;
    for (let si = sentence; si >= 0 && si >= sentence - 12; si--) {
      const found = parses[si]?.mentions.find((x) => x.type === 'role' && x.head === m.head && x !== m && /^the\s/i.test(x.name) && x.name.split(/\s+/).length >= 3 && (si < sentence || x.start < m.start));
      if (found) return found;
    }
    return undefined;
  };

  /** "the government" many paragraphs after the only government named: no one else it can be. */
  const onlyOne = (sentence: number, ok: (s: Speaker) => boolean): Speaker | undefined => {
    const found = speakers.filter((s) => s.firstSentence <= sentence && ok(s));
    return found.length === 1 ? found[0] : undefined;
  };

  const resolveMention = (m: Mention, sentence: number, previous: number[] | undefined): number[] => {
    const known = mentionSpeaker.get(`${sentence}:${m.start}`);
    if (known !== undefined) return [known];
    if (m.type === 'pronoun') {
      const impersonal = m.pronoun === 'it' || m.pronoun === 'they';
      const opensSentence = !parseOf(sentence)?.tokens.slice(0, m.start).some((t) => t.kind === 'word');
      if (impersonal && opensSentence && opensWithOtherSubject(parseOf(sentence - 1))) return [];
      if (m.pronoun === 'they' && previous && previous.length > 1) return previous;
      const ok = (s: Speaker) => {
        if (m.pronoun === 'he') return s.kind === 'person' && s.gender !== 'f';
        if (m.pronoun === 'she') return s.kind === 'person' && s.gender !== 'm';
        if (m.pronoun === 'it') return s.kind !== 'person';
        // "they" for one person only right after that person spoke.
        return s.kind !== 'person' || (previous !== undefined && previous.length === 1 && previous[0] === s.id);
      };
      const s = salient(sentence, m.start, ok);
      if (!s) return [];
      if ((m.pronoun === 'he' || m.pronoun === 'she') && !s.gender) s.gender = m.pronoun === 'he' ? 'm' : 'f';
      return [s.id];
    }
    if (m.type === 'role' && m.collective) {
      const same = speakers.find((x) => x.names.has(foldName(m.name)));
      const s = same ?? create(m, sentence, 'org');
      refs.push({ speaker: s.id, sentence, token: m.start, subject: true });
      return [s.id];
    }
    if (m.type === 'role') {
      // "a large phone maker announced": an indefinite description introduces someone new,
      // never one named before.
      if (INDEFINITE.test(m.name) && !m.canonical) return [];
      const s = describedSpeaker(m, sentence);
      if (s) return [s.id];
      // "the justice ministry": a body named by description only.
      const words = m.name.split(/\s+/);
      // "the committee" after "the joint committee that scrutinised the bill": the fuller
      // description names the body.
      const fuller = m.canonical || words.length >= 3 ? undefined : fullerDescription(m, sentence);
      if (fuller) {
        const created = create(fuller, sentence, 'org');
        refs.push({ speaker: created.id, sentence, token: m.start, subject: true });
        return [created.id];
      }
      // Never "a criminal court", "an agency": an indefinite description names nobody.
      if (INDEFINITE.test(m.name)) return [];
      if (m.canonical || (words.length >= 3 && (m.kind === 'org' || m.kind === 'gov'))) {
        const created = create(m, sentence, m.kind === 'gov' ? 'gov' : m.kind === 'person' ? 'person' : 'org');
        refs.push({ speaker: created.id, sentence, token: m.start, subject: true });
        return [created.id];
      }
      return [];
    }
    return [];
  };

  // Pass 2: attributions in reading order; descriptions and pronouns resolved as they come, so
  // a resolved subject becomes salient for the next pronoun.
  const byAttribution = new Map<number, number[]>();
  const allyOf = new Map<number, number>();
  let previous: number[] | undefined;

  /**
   * The organisation a role names as the person's employer: "its director" (the organisation
   * just mentioned), "the company's chief executive", "Chatterbox's vice president", "chief
   * executive of the Safe Harbour Trust". Only for roles whose head is a person's office.
   */
  const affiliationOf = (written: string, sentence: number, token: number): Speaker | undefined => {
    const org = (x: Speaker) => x.kind !== 'person';
    // ("spokesperson Brigadier Thandi Mogale", "Colonel, ministry's spokesman": a rank beside the office changes nothing.)
    const role = written.split(/\s+/).filter((w) => !(/^\p{Lu}/u.test(w) && TITLE_WORDS.has(w.toLowerCase()))).join(' ');
    // "heads the child advocacy group Whānau Safe Online": the body named in the role.
    if (RUNS.has(role.split(/\s+/)[0]!.toLowerCase())) {
      const folded = foldName(role);
      return speakers.find((x) => org(x) && [...x.names].some((n) => n.includes(' ') && folded.includes(n)));
    }
    if (classifyRoleHead(role) !== 'person') return undefined;
    // ("Natter hit back. A spokesman, Owen Trewhella, said": a bare spokesperson is the body's just named.)
    if (/^(?:its|their)\s/i.test(role) || /^(?:an?\s+)?spokes(?:person|man|woman)$/i.test(role)) return salient(sentence, token, org);
    // (Only the body of this sentence or the one before: further back, a bare "director" is anybody's.)
    if (BARE_OFFICE.test(role)) return salient(sentence, token, org, sentence - 1);
    const owner = /^(?:the\s+)?([\p{L}\p{N}][\p{L}\p{N}-]*)['’]s\s/u.exec(role)?.[1];
    if (owner) {
      const lower = owner.toLowerCase();
      if (owner[0] !== lower[0]) return speakers.find((x) => org(x) && x.names.has(foldName(owner)));
      if (GENERIC_ORG.has(lower) || SYNONYMS_OF.has(lower)) return salient(sentence, token, (x) => org(x) && (x.words.has(lower) || GENERIC_ORG.has(lower)));
      return undefined;
    }
    // "company spokeswoman Nguyen Bich Ngoc", "a police spokesman", "a spokesperson for the authority": the body named by its kind.
    const kind = SPOKES_OF_KIND.exec(role);
    if (kind) {
      const k = (kind[1] ?? kind[2])!;
      const body = salient(sentence, token, (x) => org(x) && (x.words.has(k) || [...(SYNONYMS_OF.get(k) ?? [])].some((w) => x.words.has(w))));
      if (body) return body;
    }
    // "NPA regional spokesperson", "Tagpo spokeswoman": the body named (or abbreviated) before the office.
    const lead = /^(?:the\s+)?((?:\p{Lu}[\p{L}\p{N}&.-]*\s+){1,4})\p{Ll}/u.exec(role)?.[1]?.trim();
    if (lead && !lead.split(/\s+/).some((w) => PERSON_ROLE_NOUNS.has(w.toLowerCase()))) {
      const folded = foldName(lead);
      // (The body named in full before a bare "NPA" that only abbreviates it.)
      const named = speakers.find((x) => org(x) && x.name.includes(' ') && initialsOf(x) === lead) ?? speakers.find((x) => org(x) && x.names.has(folded));
      if (named) return named;
    }
    const of = /\s(?:of|at|for)\s+(?:the\s+)?(.+)$/.exec(role)?.[1];
    if (!of) return undefined;
    const folded = foldName(of);
    // ("a spokesperson for Public Safety Minister Hélène Tremblay-Roy": a person's voice is theirs.)
    return speakers.find((x) => (org(x) || SPOKES_ROLE.test(role)) && ([...x.names].some((n) => folded === n || folded.endsWith(` ${n}`))));
  };
  const ordered = [...attributions].sort((x, y) => x.sentence - y.sentence || x.start - y.start);
  for (const a of ordered) {
    if (!a.speaker) continue;
    const ids = resolveSpeakerRef(a.speaker, resolveMention, previous);
    if (ids.length === 0) continue;
    byAttribution.set(a.id, ids);
    for (const m of a.speaker.mentions) {
      for (const id of ids) refs.push({ speaker: id, sentence: a.speaker.sentence, token: m.start, subject: true });
    }
    if (a.speaker.role && ids.length === 1) {
      const s = speakers[ids[0]!]!;
      if (!s.role) s.role = cleanRole(a.speaker.role);
      for (const w of wordsOf(a.speaker.role)) s.words.add(w);
    }
    for (const id of ids) {
      const s = speakers[id]!;
      if (s.kind !== 'person' || s.affiliation !== undefined) continue;
      const first = Math.min(...a.speaker.mentions.map((m) => m.start));
      const org = affiliationOf(a.speaker.roleAsWritten ?? a.speaker.role ?? s.role, a.speaker.sentence, first) ?? (a.speaker.role ? affiliationOf(s.role, a.speaker.sentence, first) : undefined);
      if (org) s.affiliation = org.id;
    }
    if (a.ally) {
      const allies = resolveMention(a.ally, a.sentence, previous).filter((id) => !ids.includes(id));
      if (allies.length === 1) allyOf.set(a.id, allies[0]!);
    }
    previous = ids;
  }
  // "She now runs a small campaign, Parents for Safe Messaging": who runs what.
  for (const p of parses) {
    const { tokens, mentions } = p;
    for (let i = 0; i < mentions.length; i++) {
      const who = mentions[i]!;
      if (who.possessive || !(who.kind === 'person' || who.pronoun === 'he' || who.pronoun === 'she')) continue;
      let k = who.end;
      while (k < tokens.length && k - who.end < 3 && RESUMING_WORDS.has(tokens[k]!.lower)) k++;
      if (!RUNS.has(tokens[k]?.lower ?? '')) continue;
      const org = mentions.find((m) => m.start > k && m.start - k <= 8 && m.type === 'name' && (m.kind === 'org' || m.kind === 'unknown'));
      if (!org) continue;
      const personId = mentionSpeaker.get(`${p.sentence.index}:${who.start}`) ?? (who.type === 'pronoun' ? salient(p.sentence.index, who.start, (s) => s.kind === 'person')?.id : undefined);
      const orgId = mentionSpeaker.get(`${p.sentence.index}:${org.start}`);
      if (personId === undefined || orgId === undefined) continue;
      const person = speakers[personId]!;
      if (person.kind === 'person' && person.affiliation === undefined && speakers[orgId]!.kind !== 'person') person.affiliation = orgId;
    }
  }
  for (const a of ordered) {
    if (a.speaker || a.sameAs === undefined) continue;
    const ids = byAttribution.get(a.sameAs);
    if (ids) byAttribution.set(a.id, ids);
  }
  mergeOfficesIntoHolders(speakers, byAttribution);
  return { speakers, byAttribution, allyOf };
}

/**
 * "The Public Safety Minister insists …" in a standfirst, "Public Safety Minister Helen
 * Okonkwo-Reid" in the story: an office named alone is its holder, when the article names
 * exactly one.
 */
function mergeOfficesIntoHolders(speakers: readonly Speaker[], byAttribution: Map<number, number[]>): void {
  const holderOf = new Map<number, number>();
  for (const office of speakers) {
    const words = office.name.split(/\s+/);
    if (words.length < 2 || !PERSON_ROLE_NOUNS.has(words[words.length - 1]!.toLowerCase())) continue;
    const title = foldName(office.name);
    const holders = speakers.filter((p) => p !== office && p.kind === 'person' && p.role !== '' && endsWithWords(foldName(p.role), title));
    if (holders.length === 1) holderOf.set(office.id, holders[0]!.id);
  }
  // "Stojanoska's office said", "the Public Safety minister's office": a person's staff speak for them.
  for (const office of speakers) {
    const owner = /^(.+?)['’]s office$/i.exec(office.name)?.[1];
    if (!owner) continue;
    const folded = foldName(owner);
    const holders = speakers.filter((p) => {
      if (p === office || p.kind !== 'person') return false;
      const name = foldName(p.name);
      return endsWithWords(folded, name) || endsWithWords(name, folded) || p.names.has(folded) || (p.role !== '' && endsWithWords(foldName(p.role), folded));
    });
    if (holders.length === 1) holderOf.set(office.id, holders[0]!.id);
  }
  if (holderOf.size === 0) return;
  for (const [id, list] of byAttribution) {
    if (list.some((x) => holderOf.has(x))) byAttribution.set(id, [...new Set(list.map((x) => holderOf.get(x) ?? x))]);
  }
}

function resolveSpeakerRef(
  ref: SpeakerRef,
  resolve: (m: Mention, sentence: number, previous: number[] | undefined) => number[],
  previous: number[] | undefined,
): number[] {
  const ids: number[] = [];
  for (const m of ref.mentions) for (const id of resolve(m, ref.sentence, previous)) if (!ids.includes(id)) ids.push(id);
  return ids;
}

function cleanRole(role: string): string {
  return role.replace(/^(?:the|a|an|its|his|her|their)\s+/i, '').replace(/\s+/g, ' ').trim();
}

/** "minister of justice" ends with "justice" and with itself, not with "ice": whole words at the end. */
function endsWithWords(text: string, tail: string): boolean {
  return text === tail || text.endsWith(` ${tail}`);
}

/** Known by a name of three words or more (names are folded: one space between words). Without allocating: it runs for every speaker at every mention. */
function threeWords(s: Speaker): boolean {
  for (const n of s.names) if (n.indexOf(' ') !== n.lastIndexOf(' ')) return true;
  return false;
}

function lastNames(s: Speaker): Set<string> {
  const out = new Set<string>();
  for (const n of s.names) {
    const parts = n.split(/\s+/);
    if (parts.length < 2) continue;
    const last = parts[parts.length - 1]!;
    out.add(last);
    for (const piece of last.split('-')) out.add(piece);
    // "Jorge Saldaña Vela" is later "Saldaña" or "Saldaña Vela": a first of two surnames.
    if (parts.length > 2) out.add(parts[parts.length - 2]!).add(parts.slice(-2).join(' '));
    // "Pieter van der Berg" is later "Van der Berg".
    const particle = parts.findIndex((x, k) => k > 0 && NAME_PARTICLES.has(x));
    if (particle > 0) out.add(parts.slice(particle).join(' '));
  }
  return out;
}

function firstNames(s: Speaker): Set<string> {
  const out = new Set<string>();
  for (const n of s.names) {
    const parts = n.split(/\s+/);
    if (parts.length >= 2) out.add(parts[0]!);
  }
  return out;
}

function firstOrLast(s: Speaker): Set<string> {
  const out = new Set<string>();
  for (const n of s.names) {
    const parts = n.split(/\s+/);
    out.add(parts[0]!);
    out.add(parts[parts.length - 1]!);
  }
  // "the Commission" for "European Commission", but never "government" for "Dutch government".
  for (const w of ['government', 'administration', 'cabinet']) out.delete(w);
  return out;
}

function initialsOf(s: Speaker): string {
  return initials(s.name);
}

function addActorForms(s: Speaker, actorId: string): void {
  const entry = defaultMatcher().entryFor(actorId);
  if (!entry) return;
  for (const form of [entry.term, ...entry.forms, ...(entry.caseSensitiveForms ?? [])]) {
    s.names.add(foldName(form));
    for (const w of wordsOf(form)) s.words.add(w);
  }
}

