import type { Frame } from './cues';
import { createMatcher, defaultMatcher, type Matcher } from '../glossary/matcher';
import { SIDED_PATTERNS } from './sided-patterns';
import { BALANCED_PARTS, GATE_CLAUSES, GATE_TERMS, PHRASE_WORD_LIST, TERMS_OF_WORD } from './phrase-words';
import { substringFinder } from './substrings';
import { TOPIC_PREPOSITIONS, READING_GERUNDS, CLAUSE_BREAKERS, LINKING_WORDS } from './gazetteer';
import { ASKED_GONE, HARMS, STANCE_ASIDE, MAKING_VERBS, NOT_VERDICTS, LOSS_OF, ACCESS_TERMS, ARGUING, AS_IF, REJECTED_CLAIM, BACKDOOR_WORD, EMBEDDED_QUESTION, USUAL_SIDE, CLAUSE_WORDS, DEBATE_WORDS, DOUBT, ENCRYPTION_TERMS, FLIPPERS, LAWLIKE, NAMING_CUES, NEGATIVE, NEGATORS, PARTICIPLES, PHRASES, POSITIVE, REPORTED_DENIAL, type Side, SUPPORT_VERBS, TOPICS, WHO_OF, NAMED_BEFORE, ONE_PARTY_FORCED, SUBJECT_PRONOUNS, WOULD_MODALS } from './stance-lexicon';
import type { Stance } from './types';

/**
 * Stance from words. A statement scores > 0 for access and < 0 for encryption:
 * - phrases that say it outright count first, turned over by a negator right before them where
 *   that makes sense ("not vital");
 * - then each topic (what the access side asks for, or what the other side defends) counts with
 *   the judgement words said about it ("backdoors … would damage": access measure × bad =
 *   encryption side), or is turned over by a flipper ("against encryption backdoors");
 * - the attribution's frame applies last: whoever proposes or supports a measure takes its side,
 *   whoever rejects or opposes it the other ("rejected proposals put forward by Y").
 * The reason names the words that decided it.
 */

export interface StatementScore {
  score: number;
  /** Absolute weight of the evidence on each side (for telling a balanced speaker from a silent one). */
  access: number;
  encryption: number;
  cues: Array<{ label: string; value: number }>;
  /** How many measures, protections and set phrases of the debate the statement weighs. */
  topical: number;
  /** How many words of the debate it uses at all (data, messages, warrants…): 0 is another subject. */
  debateWords: number;
  /** The statement weighs both sides or declares itself undecided. */
  balanced: boolean;
  /** Made as an argument ("argued", "warned", "insisted"), not a remark ("said"). */
  argues?: boolean;
}

interface Word {
  w: string;
  s: number;
  e: number;
  clause: number;
}

interface Unit {
  a: number;
  b: number;
  polarity: Side;
  weight: number;
  sayDefault: number;
  generic: boolean;
  label: string;
  valence: number;
  valenceWords: string[];
  flippedBy?: string;
}

const POSITIVE_SET = new Set(POSITIVE);
const NEGATIVE_SET = new Set(NEGATIVE);
const FLIPPER_SET = new Set(FLIPPERS);
const SUPPORT_SET = new Set(SUPPORT_VERBS);
const MODALS = new Set(['should', 'must', 'need', 'needs']);
/** "people call it a front door", "the so-called golden key": a name quoted, not a demand made. */
function named(words: readonly Word[], a: number): boolean {
  for (let k = a - 1; k >= 0 && k >= a - 3; k--) {
    if (NAMED_BEFORE.test(words[k]!.w)) return true;
  }
  return false;
}

/** "a law that requires providers to …": what a law does, described, is nobody's stance. */
function describesLaw(words: readonly Word[], a: number, reach = 4, consequences = true): boolean {
  const clause = words[a]?.clause;
  // "the order would force the company to …": what a law would make someone do, described.
  const w1 = words[a - 1]?.w ?? '';
  const w2 = words[a - 2]?.w ?? '';
  // Only when it names one party ("the company", "us"): forcing a whole industry is a policy.
  const forced = `${words[a + 1]?.w ?? ''} ${words[a + 2]?.w ?? ''}`;
  if (consequences && WOULD_MODALS.test(w1) && LAWLIKE.test(w2) && ONE_PARTY_FORCED.test(forced)) return true;
  for (let k = a - 1; k >= 0 && k >= a - reach && words[k]!.clause === clause; k--) {
    const w = words[k]!.w;
    if (w === 'which' || w === 'that') {
      // "the Act that they would sooner leave than …": a pronoun after "that" starts someone's
      // own clause, not what the law does.
      if (SUBJECT_PRONOUNS.test(words[k + 1]?.w ?? '')) return false;
      for (let j = k - 1; j >= 0 && j >= k - 4; j--) if (LAWLIKE.test(words[j]!.w)) return true;
      return false;
    }
  }
  return false;
}

const globalize = (re: RegExp) => new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
// Each phrase, topic and branch of BALANCED (numbered in that order: "cues") has a gate, the words
// its every match contains: most cannot match a given statement, and finding all those words in
// one pass over it says so far faster than the patterns (the tables are computed ahead by
// scripts/phrase-words.ts from required-words.ts; that they still fit the lexicon, entry by entry,
// is a unit test's job, not every popup's: required-words.test.ts).
const phraseWordsIn = substringFinder(PHRASE_WORD_LIST);
const PHRASE_RES = PHRASES.map((p) => ({ ...p, re: globalize(p.re) }));
const TOPIC_RES = TOPICS.map((t) => ({ ...t, re: globalize(t.re) }));
const BALANCED_RES = BALANCED_PARTS.map((source) => new RegExp(source));
const TOPICS_AT = PHRASE_RES.length;
const BALANCED_AT = TOPICS_AT + TOPIC_RES.length;

export function normalizeForStance(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”"«»„]/g, ' ')
    .replace(/(^|[\s([])'+|'+(?=[\s.,;:!?)\]]|$)/g, '$1 ')
    // ("would, in our assessment, undermine": an aside between the words of one claim.)
    .replace(STANCE_ASIDE, ' ')
    // ("if necessary": a condition, not a verdict that something is needed; "according to leaked
    // documents": a source, not a harm.)
    .replace(NOT_VERDICTS, ' ')
    .replace(/\s+/g, ' ');
}

function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  let clause = 0;
  const re = /[\p{L}\p{N}][\p{L}\p{N}'-]*|[.;:!?\u2013\u2014]/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const w = m[0];
    if (/^[.;:!?\u2013\u2014]$/.test(w)) {
      clause++;
      continue;
    }
    // ", arguing that …", ", saying …": a new clause with its own object.
    if (CLAUSE_WORDS.has(w) || (PARTICIPLES.has(w) && text[m.index - 2] === ',')) clause++;
    out.push({ w, s: m.index, e: m.index + w.length, clause });
  }
  return out;
}

/** Is any flag in [a, b) set? (No copy: this runs for every cue of every statement.) */
function anyIn(flags: readonly boolean[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (flags[k]) return true;
  return false;
}

/** Token range [a, b) of the words covering characters [s, e). */
function rangeOf(words: readonly Word[], s: number, e: number): [number, number] {
  let a = 0;
  while (a < words.length && words[a]!.e <= s) a++;
  let b = a;
  while (b < words.length && words[b]!.s < e) b++;
  return [a, b];
}

const isNegator = (w: string) => NEGATORS.test(w);

function negatedBefore(words: readonly Word[], at: number, span = 3): boolean {
  const clause = words[at]?.clause;
  for (let k = at - 1; k >= 0 && k >= at - Math.max(span, 6); k--) {
    const x = words[k]!;
    if (x.clause !== clause) return false;
    if (at - k > span && !(isNegator(x.w) && MAKING_VERBS.test(words[k + 1]?.w ?? ''))) continue;
    // ("not only", "not just": more is coming; "not about the bill": another subject, not a refusal.)
    if (isNegator(x.w) && !/^(?:only|just|merely|about)$/.test(words[k + 1]?.w ?? '')) return true;
  }
  return false;
}

const shorten = (text: string) => {
  const ws = text.trim().split(/\s+/);
  return ws.length > 6 ? `${ws.slice(0, 3).join(' ')} … ${ws.slice(-2).join(' ')}` : ws.join(' ');
};

/** The glossary's entries for one side's measures ("the Clipper chip", "CALEA"). */
export const sidedEntries = () => defaultMatcher().entries.filter((e) => ACCESS_TERMS.has(e.id) || ENCRYPTION_TERMS.has(e.id));
let sided: Matcher | undefined;
// Those entries alone, with patterns written at build time (sided-patterns.ts): the whole
// glossary's pattern, run on every statement, cost more than any rule.
const sidedTerms = () => (sided ??= createMatcher(sidedEntries(), SIDED_PATTERNS));

/** Offset of the last contrastive "but" that follows something (0 when there is none). */
function lastTurn(text: string): number {
  let at = 0;
  const re = /[\s,;.](?:but|however)[\s,]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) if (m.index > 20) at = m.index;
  return at;
}

/** A measure the article names and describes (see measures.ts): its forms and its side. */
export interface MeasureRef {
  forms: readonly string[];
  side: Side;
}


export function scoreStatement(content: string, frame: Frame = 'say', cue = '', measures: readonly MeasureRef[] = []): StatementScore {
  // "decried the collapse of lawful interception": opposing a thing's loss is backing the thing.
  const loss = (frame === 'oppose' || frame === 'support') ? LOSS_OF.exec(content) : null;
  if (loss) {
    const turned = scoreStatement(content.slice(loss[0].length), frame === 'oppose' ? 'support' : 'oppose', cue, measures);
    return { ...turned, cues: turned.cues.map((c) => ({ ...c, label: `${c.label} (the ${loss[1]} of)` })) };
  }
  // "called for the draft to be withdrawn": asking that a thing go is opposing it.
  const gone = frame === 'support' ? ASKED_GONE.exec(content) : null;
  if (gone) return scoreStatement(`${gone[1]!.trim()}${content.slice(gone[0].length)}`, 'oppose', cue, measures);
  const claim = frame === 'oppose' ? REJECTED_CLAIM.exec(content) : null;
  if (claim) {
    // The claim's own side, turned over: rejecting "scanning would weaken encryption" is the
    // access side speaking.
    const inner = scoreStatement(content.slice(claim[0].length), 'say', '', measures);
    return { ...inner, score: -inner.score, access: inner.encryption, encryption: inner.access, cues: [{ label: `"${cue}" + "${claim[0].trim()}"`, value: 0 }, ...inner.cues.map((c) => ({ ...c, value: -c.value }))] };
  }
  const text = normalizeForStance(NAMING_CUES.test(cue) ? `${cue} ${content}` : content);
  const words = wordsOf(text);
  const used = new Array<boolean>(words.length).fill(false);
  const cues: StatementScore['cues'] = [];
  let score = 0;
  let access = 0;
  let encryption = 0;
  // "supports strong encryption, but expects companies not to blind themselves to abuse": in
  // "A but B" the speaker's point is B, so what comes before the last "but" weighs half.
  const turn = lastTurn(text);
  // "I am not asking anyone to weaken encryption. That would be a backdoor, and I oppose
  // backdoors": once the access side has disowned the caricature, its words against backdoors
  // are part of the denial. Such cues wait until the statement is read.
  let disclaimed = false;
  const deferred: Array<[number, string, number]> = [];
  const count = (value: number, label: string, at = Infinity, aboutBackdoor = false) => {
    if (value === 0) return;
    if (aboutBackdoor && value < 0) {
      deferred.push([value, label, at]);
      return;
    }
    if (at < turn) value *= 0.5;
    score += value;
    if (value > 0) access += value;
    else encryption -= value;
    cues.push({ label, value });
  };

  // A clause after "no evidence that", "doubts that", "not convinced that" is doubted as a whole.
  const doubted = new Array<boolean>(words.length).fill(false);
  DOUBT.lastIndex = 0;
  for (let m = DOUBT.exec(text); m !== null; m = DOUBT.exec(text)) {
    const [, b] = rangeOf(words, m.index, m.index + m[0].length);
    for (let k = b; k < words.length && words[k]!.clause === words[b]?.clause; k++) doubted[k] = true;
  }

  // 1. Phrases.
  // Which cues this statement opens, in a typed array: the loops skip a closed cue (most of them)
  // without reading its entry, whose shapes differ from entry to entry (a Set of the cues cost a
  // fifth of the scoring in lookups). Every cue has a gate (scripts/phrase-words.ts refuses one
  // without).
  const open = new Uint8Array(BALANCED_AT + BALANCED_RES.length);
  const found = phraseWordsIn(text);
  const has = new Uint8Array(PHRASE_WORD_LIST.length);
  for (const w of found) has[w] = 1;
  // A term opens its cue when each of its other clauses has a word here too.
  for (const w of found) for (const k of TERMS_OF_WORD[w]!) {
    const term = GATE_TERMS[k]!;
    if (!open[term[0]!] && term.every((c, j) => !j || GATE_CLAUSES[c]!.some((x) => has[x]))) open[term[0]!] = 1;
  }
  for (let i = 0; i < TOPICS_AT; i++) {
    if (!open[i]) continue;
    const p = PHRASE_RES[i]!;
    p.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = p.re.exec(text)) !== null) {
      if (m[0].length === 0) {
        p.re.lastIndex++;
        continue;
      }
      const [a, b] = rangeOf(words, m.index, m.index + m[0].length);
      if (a >= b || anyIn(used, a, b)) continue;
      for (let k = a; k < b; k++) used[k] = true;
      if (describesLaw(words, a, 24, false)) continue;
      if (p.disclaimer && REPORTED_DENIAL.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
      // "guidance on how firms could comply with the law": a question raised, not a claim.
      if (EMBEDDED_QUESTION.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
      let side = p.negatable && negatedBefore(words, a) ? -p.side : p.side;
      // "people talk about this as if it's mass surveillance": a description denied.
      if (AS_IF.test(text.slice(Math.max(0, m.index - 24), m.index)) || doubted[a]) side = -side;
      if (p.disclaimer && side > 0) disclaimed = true;
      count(side * p.weight, `"${shorten(m[0])}"`, m.index, BACKDOOR_WORD.test(m[0]));
    }
  }
  const balanced = BALANCED_RES.some((re, i) => open[BALANCED_AT + i] && re.test(text));
  if (balanced) {
    access += 1.5;
    encryption += 1.5;
    cues.push({ label: '"both sides"', value: 0 });
  }

  // 2. Topics.
  const units: Unit[] = [];
  const inUnit = new Array<boolean>(words.length).fill(false);
  // Bills and clauses the article described ("will vote against NC7"), before the generic
  // words for a proposal claim their names.
  for (const measure of measures) {
    for (const form of measure.forms) {
      let at = text.indexOf(form);
      while (at !== -1) {
        const end = at + form.length;
        if (!/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[end] ?? '')) {
          const [a, b] = rangeOf(words, at, end);
          if (a < b && !anyIn(used, a, b) && !anyIn(inUnit, a, b)) {
            for (let k = a; k < b; k++) inUnit[k] = true;
            units.push({ a, b, polarity: measure.side, weight: 1, sayDefault: 0, generic: false, label: form, valence: 0, valenceWords: [] });
          }
        }
        at = text.indexOf(form, end);
      }
    }
  }
  for (let i = 0; i < TOPIC_RES.length; i++) {
    if (!open[TOPICS_AT + i]) continue;
    const t = TOPIC_RES[i]!;
    t.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = t.re.exec(text)) !== null) {
      if (m[0].trim().length === 0) {
        t.re.lastIndex++;
        continue;
      }
      const [a, b] = rangeOf(words, m.index, m.index + m[0].length);
      if (a >= b) continue;
      if (anyIn(used, a, b) || anyIn(inUnit, a, b)) continue;
      // "backdoors in encrypted comms", "the draft law on encrypted messaging": the place a measure goes is not a second topic.
      if (t.polarity === -1 && a >= 2 && ['in', 'into', 'on', 'to', 'of', 'for'].includes(words[a - 1]!.w)) {
        const prev = units.find((u) => u.polarity === 1 && u.b >= a - 2 && u.b <= a);
        if (prev) continue;
      }
      // "providers of encrypted services", "users of encrypted apps": who, not what is argued.
      if (t.polarity === -1 && a >= 2 && words[a - 1]!.w === 'of' && WHO_OF.test(words[a - 2]!.w)) continue;
      for (let k = a; k < b; k++) inUnit[k] = true;
      units.push({ a, b, polarity: t.polarity, weight: t.weight, sayDefault: t.sayDefault, generic: t.generic === true, label: m[0].trim(), valence: 0, valenceWords: [] });
    }
  }
  // Glossary entries that stand for one side's measures ("the Clipper chip", "CALEA").
  // (The sided matcher finds only these two sets' entries.)
  for (const m of sidedTerms().find(text)) {
    const polarity: Side = ACCESS_TERMS.has(m.id) ? 1 : -1;
    const [a, b] = rangeOf(words, m.start, m.end);
    if (a >= b || anyIn(used, a, b) || anyIn(inUnit, a, b)) continue;
    for (let k = a; k < b; k++) inUnit[k] = true;
    units.push({ a, b, polarity, weight: 1, sayDefault: 0, generic: false, label: m.text, valence: 0, valenceWords: [] });
  }
  units.sort((x, y) => x.a - y.a);
  for (const u of units) if (u.sayDefault !== 0 && (describesLaw(words, u.a) || named(words, u.a) || doubted[u.a])) u.sayDefault = 0;

  // 3. Flippers turn over the topic right after them ("against backdoors", "could not support the text").
  for (let k = 0; k < words.length; k++) {
    if (used[k] || inUnit[k]) continue;
    const w = words[k]!.w;
    const negated = negatedBefore(words, k, 2);
    // "turned down a request to …", "vote the amendment down" are refusals spelled in two words.
    const turnedDown = (/^turn(?:s|ed|ing)?$/.test(w) && words[k + 1]?.w === 'down') || (/^vot(?:e|es|ed|ing)$/.test(w) && words.slice(k + 1, k + 5).some((x) => x.w === 'down')) || (/^rul(?:e|es|ed|ing)$/.test(w) && words[k + 1]?.w === 'out' && words[k + 2]?.w !== 'of');
    // "would rather leave than weaken the encryption": what comes after "than" is refused.
    // (Not "worried about the cost rather than about encryption": a topic compared, not refused.)
    const ratherThan = w === 'than' && words.slice(Math.max(0, k - 8), k).some((x) => x.w === 'rather') && !TOPIC_PREPOSITIONS.has(words[k + 1]?.w ?? '');
    // ("cannot support a mandatory decryption requirement": not "cannot answer a court order".)
    const flips = ((FLIPPER_SET.has(w) || turnedDown || ratherThan) && !negated) || (SUPPORT_SET.has(w) && (negated || words[k - 1]?.w === 'cannot'));
    // ("cautioned against reading too much into the text": a caution about a reading, not opposition.)
    if (!flips || (w === 'against' && READING_GERUNDS.has(words[k + 1]?.w ?? ''))) continue;
    // (Not across a clause of its own: "against gangs who laugh at the law".)
    const next = units.find((u) => u.a > k && u.a - k <= 7 && words[u.a]!.clause === words[k]!.clause && !words.slice(k + 1, u.a).some((x) => CLAUSE_BREAKERS.has(x.w)));
    // "stopped using the word backdoor": a word given up, not a measure opposed.
    if (next && named(words, next.a)) continue;
    // "stop fighting encryption": two turns cancel, and what is left is support.
    const second = next && FLIPPER_SET.has(words[k + 1]?.w ?? '') && k + 1 < next.a ? k + 1 : -1;
    if (next && second !== -1 && !next.flippedBy) {
      used[k] = used[second] = true;
      next.valence += 1;
      next.valenceWords.push(`${w} ${words[second]!.w}`);
      k = second;
      continue;
    }
    if (next && !next.flippedBy) {
      next.flippedBy = negated ? `not ${w}` : w;
      used[k] = true;
    }
  }
  // "called on senators to vote the amendment down": the vote itself is the measure, turned over.
  for (const u of units) if (!u.flippedBy && /\bvote\b/.test(u.label) && words.slice(u.b, u.b + 4).some((x) => x.w === 'down')) u.flippedBy = 'vote … down';
  // "could not support any text that obliged providers to scan": the clause after a generic
  // measure describes it, so what turns the one over turns the other.
  for (const g of units) {
    if (!g.generic || !g.flippedBy) continue;
    const u = units.find((x) => x.a >= g.b && x.a - g.b <= 2 && !x.generic && !x.flippedBy && words.slice(g.b, x.a).every((w) => LINKING_WORDS.has(w.w)));
    if (u) u.flippedBy = g.flippedBy;
  }
  // "no backdoor", "will never hand over keys to the government": a measure refused. (Not
  // "services that are not encrypted": that describes, it refuses nothing.)
  for (const u of units) if (u.polarity === 1 && !u.flippedBy && negatedBefore(words, u.a, 2)) u.flippedBy = words.slice(Math.max(0, u.a - 2), u.a).map((x) => x.w).find(isNegator) ?? 'not';

  // 4. Judgement words, each to the topic it is said about (the nearest before it, else just after).
  for (let k = 0; k < words.length; k++) {
    if (used[k] || inUnit[k]) continue;
    const w = words[k]!.w;
    let v = POSITIVE_SET.has(w) ? 1 : NEGATIVE_SET.has(w) ? -1 : 0;
    // ("the right to privacy", "a right to encryption": a right named, about what it names, not a
    // judgement that what came before is right.)
    const rightTo = w === 'right' && words[k + 1]?.w === 'to' && words[k - 1]?.w !== 'is';
    if (v === 0) continue;
    if (negatedBefore(words, k)) v = -v;
    // "should not", "must never": the negator follows the modal.
    else if (MODALS.has(w) && /^(?:not|never)$/.test(words[k + 1]?.w ?? '')) v = -v;
    // "has not seen evidence that lawful access would be proportionate": a judgement doubted.
    else if (doubted[k]) v = -v;
    const clause = words[k]!.clause;
    let target: Unit | undefined = rightTo ? units.find((u) => u.a === k + 2) : undefined;
    if (!target) for (const u of units) if (u.b <= k && words[u.a]!.clause === clause) target = u;
    if (!target) {
      target = units.find((u) => u.a > k && u.a - k <= 6 && words[u.a]!.clause === clause);
      // "a supervision key would expose the private lives of women", "a threat to privacy": what
      // a harm is done to is what the speaker values (not "undermined by encryption": its agent;
      // nor the access side's measures, whose topics already name the harm: "weakens the protection").
      if (target && target.polarity === -1 && HARMS.test(w) && !words.slice(k + 1, target.a).some((x) => x.w === 'by')) v = -v;
    }
    if (!target) continue;
    // "weaken the encryption that protects its users": the judgement is about the encryption
    // the measure acts on, not about the measure.
    if (target.polarity === 1 && target.b === k - 1 && /^(?:that|which)$/.test(words[k - 1]!.w) && /encrypt/.test(target.label)) continue;
    target.valence += v;
    target.valenceWords.push(w);
  }

  // 5. Each topic's contribution under the frame. Under a proposal, support or opposition the
  // object is what follows the cue: the first specific measure, else the first generic one.
  const firstClause = words[0]?.clause ?? 0;
  const object =
    frame === 'say'
      ? undefined
      : units.find((u) => !u.generic && u.a <= 12 && words[u.a]!.clause === firstClause) ??
        units.find((u) => u.generic && u.a <= 6 && words[u.a]!.clause === firstClause);
  let objectPolarity = 0;
  let objectLabel = '';
  for (const u of units) {
    const direction = u.flippedBy ? -u.polarity : u.polarity;
    const weight = u.generic ? u.weight * 0.6 : u.weight;
    if (u.valence !== 0) {
      const v = Math.max(-2, Math.min(2, u.valence));
      count(u.polarity * v * weight, `"${u.valenceWords.join(' … ')}" + "${shorten(u.label)}"`, words[u.a]!.s, BACKDOOR_WORD.test(u.label));
    }
    if (frame === 'say') {
      if (u.flippedBy) count(direction * u.weight * 1.2, `"${u.flippedBy}" + "${shorten(u.label)}"`, words[u.a]!.s, BACKDOOR_WORD.test(u.label));
      else if (u.valence === 0 && u.sayDefault !== 0) count(u.polarity * u.sayDefault * weight, `"${shorten(u.label)}"`, words[u.a]!.s);
    } else if (u === object) {
      objectPolarity = direction * u.weight;
      objectLabel = shorten(u.label);
    } else if (u.flippedBy) {
      count(direction * u.weight, `"${u.flippedBy}" + "${shorten(u.label)}"`, words[u.a]!.s, BACKDOOR_WORD.test(u.label));
    }
  }
  if (frame !== 'say' && objectPolarity !== 0) {
    const value = frame === 'oppose' ? -objectPolarity : objectPolarity;
    count(value, cue ? `"${cue}" + "${objectLabel}"` : `"${objectLabel}"`);
  }
  if (!disclaimed) for (const [value, label, at] of deferred) count(value, label, at);
  DEBATE_WORDS.lastIndex = 0;
  const debateWords = text.match(DEBATE_WORDS)?.length ?? 0;
  // (A bare "the order" or "the bill" names the subject without weighing anything in it.)
  return { score, access, encryption, cues, topical: units.filter((u) => !u.generic).length + cues.length, debateWords, balanced, argues: ARGUING.test(cue) };
}

export interface StanceVerdict {
  stance: Stance;
  confidence: number;
  reason: string;
}

/** A speaker's stance from the scores of all their statements and the prior of their kind. */
export function decideStance(scores: readonly StatementScore[], prior: -1 | 0 | 1, tookSides = true, lean?: { side: -1 | 1; reason: string }): StanceVerdict {
  let total = 0;
  let access = 0;
  let encryption = 0;
  const cues: StatementScore['cues'] = [];
  for (const s of scores) {
    // One long quotation should not outweigh everything else the speaker said.
    total += Math.max(-4, Math.min(4, s.score));
    access += s.access;
    encryption += s.encryption;
    cues.push(...s.cues);
  }
  const magnitude = Math.abs(total);
  // (Someone who says both sides have a point decides only with much more on one side.)
  const balanced = scores.some((s) => s.balanced);
  const decided = magnitude >= (balanced ? 3 : 0.75) && magnitude >= 0.35 * (access + encryption);
  const side = Math.sign(total);
  const deciding = cues
    .filter((c) => (decided ? Math.sign(c.value) === side : true))
    .sort((a, b) => Math.abs(b.value) - Math.abs(a.value));
  const labels = [...new Set(deciding.map((c) => c.label))].slice(0, 3);
  if (decided) {
    const agrees = prior === side ? 0.08 : prior === -side ? -0.08 : 0;
    const confidence = Math.min(0.95, Math.max(0.4, 0.45 + 0.1 * magnitude + agrees));
    return { stance: side > 0 ? 'pro-access' : 'pro-encryption', confidence: round(confidence), reason: labels.join(' + ') };
  }
  // No decision from the words: the side of whom the speaker sides with or speaks for (see
  // positions.ts) breaks the tie first, as long as the words lean nowhere else and are no
  // weighed balance.
  if (lean && total * lean.side >= 0 && access + encryption < 3) {
    return { stance: lean.side > 0 ? 'pro-access' : 'pro-encryption', confidence: round(0.4 + 0.05 * Math.min(2, magnitude)), reason: lean.reason };
  }
  // Then the actor's usual side may break the tie, never overrule.
  // Only for someone who took a side whose direction the words leave open ("backed the
  // ministry", "welcomed the vote"), or who leans the usual way: a plain remark stays neutral.
  // A plain remark stays neutral; one on the debate itself ("these images circulate unchecked")
  // from a police force or a rights group leans the usual way, unless it weighs both sides.
  // (An argument on the debate's ground counts too: a prosecutor who "argued that messages on the
  // device could show whether he acted alone"; a chief constable who "said he had met the
  // company to discuss the order" made a remark.)
  const topical = scores.some((s) => s.topical > 0 || (s.argues === true && s.debateWords > 0)) && !balanced;
  if (prior !== 0 && total * prior >= 0 && access + encryption < 3 && (tookSides || total * prior > 0 || topical)) {
    return {
      stance: prior > 0 ? 'pro-access' : 'pro-encryption',
      confidence: round(0.35 + 0.05 * Math.min(2, magnitude)),
      reason: `${USUAL_SIDE[prior > 0 ? 0 : 1]}${labels.length ? `; ${labels.join(' + ')}` : ''}`,
    };
  }
  const confidence = access + encryption > 0 ? 0.55 : 0.5;
  // A speaker who weighs both sides or says they are undecided is neutral by their own account;
  // one whose words merely point both ways is "mixed".
  if (balanced) return { stance: 'neutral', confidence, reason: `weighs both sides${labels.length ? `: ${labels.join(' + ')}` : ''}` };
  return { stance: 'neutral', confidence, reason: labels.length ? `mixed: ${labels.join(' + ')}` : 'no stance words' };
}

/** A confidence to two decimals, as positions report it. */
export const round = (x: number) => Math.round(x * 100) / 100;
