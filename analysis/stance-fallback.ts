import { STANCE_MODEL } from './stance-weights';
import { FALLBACK_KIND_WORDS as KIND_WORDS, FALLBACK_NEGATORS as NEGATORS, FALLBACK_STOPWORDS as STOPWORDS } from './stance-lexicon';
import { round } from './stance';
import type { PositionOut, Stance } from './types';

/**
 * A learned second opinion for positions the rules (stance.ts) left `neutral`: a small
 * regularised linear model (multinomial logistic regression, trained by scripts/train-stance.ts
 * on the labelled fixtures) reads a speaker's statements, role and statement kinds and says how
 * likely they argue for access, for encryption, take no side, or are not on the issue at all.
 *
 * Why only neutrals: a rule that fired names the words that decided it and is right far more
 * often than a bag of words trained on a few hundred speakers; the model only fills the silence
 * the rules leave. The features drop proper nouns and numbers so the model cannot learn who
 * someone is, only how they talk.
 */

export const CLASSES = ['pro-access', 'pro-encryption', 'neutral', 'none'] as const;
export type FallbackClass = (typeof CLASSES)[number];

export interface StanceModel {
  /** Weights per feature, one per class in CLASSES order. */
  weights: Readonly<Record<string, readonly number[]>>;
  bias: readonly number[];
  /** Chosen by leave-one-article-out cross-validation (see scripts/train-stance.ts). */
  thresholds: FallbackThresholds;
  /** Whether cross-validation chose to let the model side a speaker the rules found "mixed". */
  mixed?: boolean;
  /** Whether cross-validation chose to let the model side a speaker the rules set aside as off the issue. */
  aside?: boolean;
  /** Whether cross-validation chose to drop the "mixed" speakers the model does not side. */
  dropMixed?: boolean;
  /** Whether cross-validation chose to show as neutral the aside speakers the model finds neutral. */
  asideNeutral?: boolean;
}

export interface FallbackThresholds {
  /** Probability a side needs (and being the most likely class) to replace a rule's `neutral`. */
  side: number;
  /** Probability of "not on the issue" above which a rule-neutral position is dropped. */
  none: number;
  /** Probability the other side needs (and being the most likely class) to replace a side the rules found (absent: never). */
  flip?: number;
  /** The rules' confidence up to which `flip` may replace their side. */
  overrule?: number;
}

export interface RefineOptions {
  model?: StanceModel;
  thresholds?: Partial<FallbackThresholds>;
  /**
   * Also give a side to speakers whose words the rules found pointing both ways ("mixed: …"), not
   * only to those with no stance words (default: the model's choice, else off). Speakers who weigh
   * both sides themselves ("weighs both sides") are never given one.
   */
  mixed?: boolean;
  /** Give a side to speakers the rules set aside as quoted off the issue (default: the model's choice, else off); the others are dropped. */
  aside?: boolean;
  /**
   * Drop speakers whose words the rules found pointing both ways when the model gives them no
   * side either (default: the model's choice, else off): "Unclear" is for people in the debate who
   * take no side, not for words no one could read.
   */
  dropMixed?: boolean;
  /**
   * Show as neutral, rather than drop, a speaker the rules set aside whom the model gives no side
   * but finds likelier neutral than off the issue (default: the model's choice, else off).
   */
  asideNeutral?: boolean;
}

/** The part of a position the model reads. */
export type PositionLike = Pick<PositionOut, 'role' | 'stance' | 'confidence' | 'reason' | 'aside'> & {
  speaker: string;
  statements: ReadonlyArray<{ text: string; kind: 'direct' | 'indirect'; locator?: { sentence: string } }>;
};

// ---------------------------------------------------------------------------------------------
// Tokens

const TOKEN = /[\p{L}][\p{L}\p{M}'’-]*|\p{N}[\p{N}.,]*|[.,;:!?()"“”«»—–]/gu;
const SCOPE_END = /^[.,;:!?()"“”«»—–]$/;
const SENTENCE_END = /^[.!?:"“”«»]$/;

export interface Token {
  /** Lower-cased word, with NOT_ in front inside a negation's scope. */
  t: string;
  /** Position of the word in the text, for bigrams: words with a gap between them pair no longer. */
  i: number;
}

const isNegator = (w: string) => NEGATORS.has(w) || /n['’]t$/.test(w);

/**
 * Lower-cased words of a text, without proper nouns (capitalised words not at the start of a
 * sentence, and a sentence-initial word the text also capitalises elsewhere) and without
 * numbers; words after a negator ("not", "n't", "never", "no", "without"…) up to the next
 * punctuation get a NOT_ prefix, so "not asking for a backdoor" and "asking for a backdoor"
 * are different evidence.
 */
export function tokenize(text: string): Token[] {
  const raw = text.replace(/[’‘]/g, "'").match(TOKEN) ?? [];
  const capitalisedInside = new Set<string>();
  let initial = true;
  for (const r of raw) {
    if (SENTENCE_END.test(r)) initial = true;
    else if (!SCOPE_END.test(r)) {
      if (!initial && /^\p{Lu}/u.test(r)) capitalisedInside.add(r);
      initial = false;
    }
  }
  const out: Token[] = [];
  let negated = false;
  initial = true;
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i]!;
    if (SCOPE_END.test(r)) {
      negated = false;
      if (SENTENCE_END.test(r)) initial = true;
      continue;
    }
    const wasInitial = initial;
    initial = false;
    if (/^\p{N}/u.test(r)) continue;
    // "I" is capitalised everywhere and names nobody.
    if (r !== 'I' && /^\p{Lu}/u.test(r) && (!wasInitial || capitalisedInside.has(r))) continue;
    const w = r.toLowerCase().replace(/^'+|'+$/g, '');
    if (!w) continue;
    out.push({ t: negated ? `NOT_${w}` : w, i });
    if (isNegator(w)) negated = true;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Features

const MAX_NAME_WORDS = 6;


function kindWords(text: string): string[] {
  const out: string[] = [];
  for (const w of text.replace(/[’‘]/g, "'").match(/[\p{L}][\p{L}'-]*/gu) ?? []) {
    const lower = w.toLowerCase().replace(/'s$/, '');
    if (w === lower || KIND_WORDS.has(lower)) out.push(lower);
  }
  return out.slice(0, 12);
}

function outsideOf(sentence: string, text: string): string {
  const at = sentence.indexOf(text);
  return at < 0 ? '' : `${sentence.slice(0, at)} . ${sentence.slice(at + text.length)}`;
}

/** A rule-based verdict reduced to what kind of verdict it was, not which side. */
export function ruleKind(p: Pick<PositionLike, 'stance' | 'reason'>): 'decided' | 'lean' | 'balanced' | 'mixed' | 'silent' {
  if (p.stance !== 'neutral') return /^(?:usual side|sides (?:with|against)|speaks (?:for|through))/.test(p.reason) ? 'lean' : 'decided';
  if (p.reason.startsWith('weighs both sides')) return 'balanced';
  return p.reason.startsWith('mixed') ? 'mixed' : 'silent';
}

/**
 * Sparse features of a position, L2-normalised so that a speaker with ten statements does not
 * shout down one with a single line:
 * `w:` words and `b:` word pairs of the statements, `c:` words around a quotation in its
 * sentence (the cue: "warned", "rejected"), `r:` role and name words that describe a kind of
 * actor, `k:` statement kinds and how many there are, `rule:` what kind of verdict the rules
 * reached (never which side).
 */
export function featuresOf(p: PositionLike): Map<string, number> {
  const f = new Map<string, number>();
  const add = (k: string) => f.set(k, 1);
  for (const s of p.statements) {
    const tokens = tokenize(s.text);
    for (let j = 0; j < tokens.length; j++) {
      const a = tokens[j]!;
      // Function words alone say nothing of a side; in pairs and under negation they do.
      if (!STOPWORDS.has(a.t)) add(`w:${a.t}`);
      const b = tokens[j + 1];
      if (b && b.i === a.i + 1) add(`b:${a.t}_${b.t}`);
    }
    if (s.locator) for (const t of tokenize(outsideOf(s.locator.sentence, s.text))) add(`c:${t.t}`);
    add(`k:${s.kind}`);
  }
  const n = p.statements.length;
  add(`k:n${n >= 3 ? '3+' : n}`);
  for (const w of kindWords(p.role)) add(`r:${w}`);
  const nameWords = p.speaker.split(/\s+/);
  if (nameWords.length <= MAX_NAME_WORDS) for (const w of kindWords(p.speaker)) add(`r:${w}`);
  if (!p.role) add('r:_none');
  add(`rule:${ruleKind(p)}`);
  if (p.aside) add('rule:aside');
  const norm = Math.sqrt(f.size);
  for (const k of f.keys()) f.set(k, 1 / norm);
  return f;
}

// ---------------------------------------------------------------------------------------------
// Model

/**
 * The weights as a Map, once per model: features are strings built afresh for each speaker, and
 * looking such a string up among an object's 2,500 keys cost twice a Map's `get`.
 */
const weightMaps = new WeakMap<StanceModel['weights'], ReadonlyMap<string, readonly number[]>>();
function weightsOf(model: Pick<StanceModel, 'weights'>): ReadonlyMap<string, readonly number[]> {
  let map = weightMaps.get(model.weights);
  if (!map) weightMaps.set(model.weights, (map = new Map(Object.entries(model.weights))));
  return map;
}

export function scores(model: Pick<StanceModel, 'weights' | 'bias'>, features: ReadonlyMap<string, number>): number[] {
  const z = [...model.bias];
  const weights = weightsOf(model);
  for (const [k, x] of features) {
    const w = weights.get(k);
    if (!w) continue;
    for (let c = 0; c < z.length; c++) z[c]! += x * w[c]!;
  }
  return z;
}

export function softmax(z: readonly number[]): number[] {
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

export function predict(model: Pick<StanceModel, 'weights' | 'bias'>, features: ReadonlyMap<string, number>): number[] {
  return softmax(scores(model, features));
}

/** The words that pushed a position towards class `c` rather than the others, strongest first. */
export function pushedBy(model: Pick<StanceModel, 'weights'>, features: ReadonlyMap<string, number>, c: number, n = 3): string[] {
  const pushes: Array<{ word: string; v: number }> = [];
  const weights = weightsOf(model);
  for (const [k, x] of features) {
    if (!/^[wbc]:/.test(k)) continue;
    // A reason the reader can check names words that carry meaning, never "in" or "it would".
    if (k.slice(2).split('_').every((t) => t === 'NOT' || t === '' || STOPWORDS.has(t))) continue;
    const w = weights.get(k);
    if (!w) continue;
    const others = w.reduce((a, b, i) => (i === c ? a : a + b), 0) / (w.length - 1);
    const v = x * (w[c]! - others);
    if (v > 0) pushes.push({ word: k.slice(2).replace(/NOT_/g, 'not ').replace(/_/g, ' '), v });
  }
  pushes.sort((a, b) => b.v - a.v || (a.word < b.word ? -1 : 1));
  const out: string[] = [];
  for (const p of pushes) if (!out.includes(p.word) && out.length < n) out.push(p.word);
  return out;
}

/** Whether the statement's words alone (no role, no name) make class `c` the likeliest side. */
function wordsAgree(model: Pick<StanceModel, 'weights' | 'bias'>, features: ReadonlyMap<string, number>, c: number): boolean {
  const words = new Map([...features].filter(([k]) => /^[wbc]:/.test(k)));
  const z = scores({ weights: model.weights, bias: model.bias.map(() => 0) }, words);
  const access = CLASSES.indexOf('pro-access');
  const encryption = CLASSES.indexOf('pro-encryption');
  return z[c]! > z[c === access ? encryption : access]!;
}

/** The position as the reader sees it, without the rules' "set aside" mark. */
function shown<P extends PositionLike>({ aside: _, ...p }: P): P {
  return p as P;
}

/**
 * Positions after the learned second opinion: a rule's `neutral` becomes a side when the model
 * is sure enough (confidence kept low or medium, reason naming the words it leaned on); a
 * rule-neutral speaker the model is sure takes no part in the issue is dropped. A speaker the
 * rules set aside as quoted off the issue (`aside`) is kept only when the model finds a side in
 * their words (or, with `asideNeutral`, finds them neutral). A side the rules found is returned
 * as it was, unless their confidence is at most `overrule` and the model gives the other side
 * at least `flip`.
 */
export function refinePositions<P extends PositionLike>(positions: readonly P[], options: RefineOptions = {}): P[] {
  const model = options.model ?? STANCE_MODEL;
  const t = { ...model.thresholds, ...options.thresholds };
  const sideMixed = options.mixed ?? model.mixed ?? false;
  const sideAside = options.aside ?? model.aside ?? false;
  const dropMixed = options.dropMixed ?? model.dropMixed ?? false;
  const asideNeutral = options.asideNeutral ?? model.asideNeutral ?? false;
  const out: P[] = [];
  for (const p of positions) {
    if (p.aside && !sideAside) continue;
    // Someone who weighs both sides or says they are undecided is on the issue, and neutral by
    // their own account: the model neither drops nor sides them. A side the rules found stands,
    // unless their verdict was weak (confidence up to `overrule`) and the model is sure of the other.
    const kind = ruleKind(p);
    const decided = p.stance !== 'neutral';
    if (kind === 'balanced' || (decided && p.confidence > (t.overrule ?? 0))) {
      out.push(p);
      continue;
    }
    const features = featuresOf(p);
    const probs = predict(model, features);
    if (!decided && !p.aside && probs[CLASSES.indexOf('none')]! >= t.none) continue;
    const best = probs.indexOf(Math.max(...probs));
    const cls = CLASSES[best]!;
    const need = decided ? (t.flip ?? 2) : t.side;
    const mayTakeSide = decided ? cls !== p.stance : kind === 'silent' || (sideMixed && kind === 'mixed');
    // The words must lean the same way on their own: who someone is may tip a balance the
    // words start, never decide alone (a chief constable's remark about a meeting stays neutral).
    if (mayTakeSide && (cls === 'pro-access' || cls === 'pro-encryption') && probs[best]! >= need && wordsAgree(model, features, best)) {
      const words = pushedBy(model, features, best);
      // Low to medium: a bag of words is weaker evidence than a rule that named its cue.
      const confidence = round(Math.min(0.6, 0.4 + 0.2 * ((probs[best]! - need) / Math.max(0.01, 1 - need))));
      out.push(shown({ ...p, stance: cls as Stance, confidence, reason: `leans on: ${words.map((w) => `'${w}'`).join(', ')}` }));
      continue;
    }
    // Set aside by the rules and no side found in the words: not on the issue, unless the model
    // reads them as someone in the debate who takes no side.
    if (p.aside ? asideNeutral && cls === 'neutral' : !(dropMixed && kind === 'mixed')) out.push(shown(p));
  }
  return out;
}
