import type { Token } from './tokens';
import { SAY, SUPPORT, OPPOSE, PROPOSE, NOT_AFTER, PHRASAL_CUES, PRAISE, MULTI_STARTS, ASKED_TO_ACCOUNT, BE_FORMS, INTENT_VERBS, INTENT_OPPOSE, INTENT_SUPPORT } from './gazetteer';
import {
  VIEW_NOUNS, COME_OUT_VERBS, CALL_FORMS, POINT_FORMS, GO_FORMS, PUT_FORMS, MAKE_FORMS, SIGN_FORMS, SIGNED_DOCUMENTS, WARN_FORMS,
  ARGUE_FORMS, ARGUE_FOR_VERBS, LOBBIED_AGAINST_VERBS, PRESS_FORMS, PRESS_OTHERS_VERBS, PRESSED_TO_ADOPT, NAMING_VERBS, NAMED_OBJECTS,
  FILE_FORMS, FILING_ADJECTIVES, FILED_DOCUMENTS, FILED_SUPPORTING, FILED_OPPOSING, SERVE_FORMS, VOTE_FORMS, SIDE_FORMS, ANNOUNCED_BEFORE_TO, FINDING_VERBS, QUESTION_OPENERS, NOT_BACKING,
} from './gazetteer';

export { BETWEEN_SUBJECT_AND_VERB } from './gazetteer';

/**
 * Verbs and phrases that attribute a statement or a position to someone. The frame says what
 * the speaker does with the content: says it, supports it, opposes it, or proposes it.
 */

export type Frame = 'say' | 'support' | 'oppose' | 'propose';

export interface Cue {
  /** Token indices of the cue, `end` exclusive. */
  start: number;
  end: number;
  frame: Frame;
  /** The cue as written, lower case ("said", "come out against"). */
  text: string;
  /** "according to X": the speaker follows the cue. */
  speakerAfter?: boolean;
}



const FRAME_OF = new Map<string, Frame>();
for (const w of SAY) FRAME_OF.set(w, 'say');
for (const w of [...SUPPORT, ...PRAISE]) FRAME_OF.set(w, 'support');
for (const w of OPPOSE) FRAME_OF.set(w, 'oppose');
for (const w of PROPOSE) FRAME_OF.set(w, 'propose');

/** Verbs that attribute content after a quotation ("…,” said Jane Doe). */
export const SPEECH_VERBS = new Set(SAY.filter((w) => w !== 'according' && w !== 'found' && w !== 'finds'));


function multiword(tokens: readonly Token[], i: number): { end: number; frame: Frame; speakerAfter?: boolean } | undefined {
  const w = (k: number) => tokens[i + k]?.lower ?? '';
  const t = w(0);
  const phrasal = PHRASAL_CUES.get(t);
  if (phrasal) {
    const ahead = tokens.slice(i, i + 7).map((x) => x.lower).join(' ');
    for (const cue of phrasal) {
      const m = cue.re.exec(ahead);
      if (m) return { end: i + m[0].split(' ').length, frame: cue.frame };
    }
  }
  if (!MULTI_STARTS.has(t)) return undefined;
  if (t === 'according' && w(1) === 'to') return { end: i + 2, frame: 'say', speakerAfter: true };
  // "In Ruth Adler's view, …": whose view follows.
  if (t === 'in' && (i === 0 || tokens[i - 1]!.text === ',') && tokens[i + 1]?.cap === true) {
    for (let k = 2; k <= 5; k++) {
      if (w(k) === "'s" && VIEW_NOUNS.has(w(k + 1))) return { end: i + 1, frame: 'say', speakerAfter: true };
    }
  }
  // "In her view, the draft …": the person the article has been quoting.
  // ("…, in his words, '…'" only quotes the cue that has the sentence already.)
  // (Not inside a clause: "a text that, in its view, would …" is the subject's own view.)
  if (t === 'in' && (i === 0 || (tokens[i - 1]!.text === ',' && !/^(?:that|which|who)$/.test(tokens[i - 2]?.lower ?? ''))) && /^(?:his|her|their|its)$/.test(w(1)) && /^(?:view|opinion|assessment|judge?ment)$/.test(w(2))) return { end: i + 1, frame: 'say', speakerAfter: true };
  // "Per the company, …", "…, per the company's FAQ": never "per cent" or "per year".
  if (t === 'per' && (i === 0 || tokens[i - 1]!.text === ',') && (w(1) === 'the' || tokens[i + 1]?.cap === true)) return { end: i + 1, frame: 'say', speakerAfter: true };
  // come/came/has come out (strongly) against / in favour of / for
  if (COME_OUT_VERBS.has(t) && w(1) === 'out') {
    let k = 2;
    if (/ly$/.test(w(k))) k++;
    if (w(k) === 'against') return { end: i + k + 1, frame: 'oppose' };
    if (w(k) === 'in' && (w(k + 1) === 'favour' || w(k + 1) === 'favor')) return { end: i + k + 3, frame: 'support' };
    if (w(k) === 'for' || w(k) === 'in') return { end: i + k + 1, frame: 'support' };
  }
  if (CALL_FORMS.has(t) && w(1) === 'for') return { end: i + 2, frame: 'support' };
  // "called on lawmakers to require detection" backs what they are to do; "called on
  // governments to explain how …" asks a question.
  if (CALL_FORMS.has(t) && w(1) === 'on') {
    let k = 2;
    while (k <= 6 && w(k) !== 'to' && w(k) !== '') k++;
    return { end: i + 2, frame: w(k) === 'to' && ASKED_TO_ACCOUNT.has(w(k + 1)) ? 'say' : 'support' };
  }
  if (POINT_FORMS.has(t) && (w(1) === 'out' || w(1) === 'to')) return { end: i + 2, frame: 'say' };
  // "X went further in a blog post:", "as one official put it".
  if (GO_FORMS.has(t) && w(1) === 'further') return { end: i + 2, frame: 'say' };
  // ("put it more plainly in a blog post:", "put it this way", "put it best").
  if (PUT_FORMS.has(t) && w(1) === 'it' && (w(2) === '' || /^[,.:;]$/.test(w(2)) || /ly$|^(?:more|most|this|differently|best|another|in)$/.test(w(2)))) return { end: i + 2, frame: 'say' };
  if (MAKE_FORMS.has(t) && (w(1) === 'clear' || (w(1) === 'the' && w(2) === 'case'))) return { end: i + (w(1) === 'clear' ? 2 : 3), frame: 'say' };
  if (SIGN_FORMS.has(t) && ['a', 'the', 'an'].includes(w(1))) {
    for (let k = 2; k <= 4; k++) if (SIGNED_DOCUMENTS.has(w(k))) return { end: i + k + 1, frame: 'say' };
  }
  if (WARN_FORMS.has(t) && w(1) === 'against') return { end: i + 2, frame: 'oppose' };
  if (ARGUE_FORMS.has(t) && w(1) === 'against') return { end: i + 2, frame: 'oppose' };
  // ("lobbied hard for", "campaigned tirelessly against": one adverb may stand between.)
  const adverb = /ly$|^hard$|^long$/.test(w(1)) ? 1 : 0;
  if (ARGUE_FOR_VERBS.has(t) && w(1 + adverb) === 'for') return { end: i + 2 + adverb, frame: 'support' };
  if (LOBBIED_AGAINST_VERBS.has(t) && w(1 + adverb) === 'against') return { end: i + 2 + adverb, frame: 'oppose' };
  if (PRESS_FORMS.has(t) && w(1) === 'ahead') return { end: i + 2, frame: 'support' };
  // "is pressing EU counterparts to back a requirement …": pushing others to adopt it.
  if (PRESS_OTHERS_VERBS.has(t)) {
    for (let k = 2; k <= 5; k++) {
      if (w(k - 1) === 'to' && PRESSED_TO_ADOPT.has(w(k))) return { end: i + k + 1, frame: 'support' };
    }
  }
  // "called the plan dangerous", "described it as", "branded the bill a snooper's charter"
  if (NAMING_VERBS.has(t) && NAMED_OBJECTS.has(w(1))) return { end: i + 1, frame: 'say' };
  // "filed an application supporting the petition": the filing takes the side its participle says.
  if (FILE_FORMS.has(t) && ['a', 'an'].includes(w(1))) {
    // ("filed a separate brief saying …": one adjective may stand before the document.)
    const at = FILING_ADJECTIVES.has(w(2)) ? 3 : 2;
    if (FILED_DOCUMENTS.has(w(at))) {
      const how = w(at + 1);
      const frame: Frame = FILED_SUPPORTING.has(how) ? 'support' : FILED_OPPOSING.has(how) ? 'oppose' : 'say';
      return { end: i + (frame === 'say' ? at + 1 : at + 2), frame };
    }
  }
  // "served Halden with a technical capability notice": issuing an order is proposing it.
  if (SERVE_FORMS.has(t)) {
    for (let k = 2; k <= 5; k++) {
      if (w(k) === 'with' && /^(?:a|an|the|secret|its)$/.test(w(k + 1))) return { end: i + k + 1, frame: 'propose' };
    }
  }
  // "will vote against NC7", "voted for the bill".
  if (VOTE_FORMS.has(t) && (w(1) === 'against' || w(1) === 'for' || (w(1) === 'in' && /^favou?r$/.test(w(2))))) {
    return { end: i + (w(1) === 'in' ? 4 : 2), frame: w(1) === 'against' ? 'oppose' : 'support' };
  }
  // "has sided with the company": the side of whoever they side with.
  if (SIDE_FORMS.has(t) && w(1) === 'with') return { end: i + 2, frame: 'support' };
  return undefined;
}

/** Cues among the unquoted tokens of a sentence, left to right. */
export function findCues(tokens: readonly Token[]): Cue[] {
  const cues: Cue[] = [];
  // "Does the ministry support the amendment?": an interviewer's question attributes nothing.
  if (QUESTION_OPENERS.test(tokens[0]?.lower ?? '') && tokens[tokens.length - 1]?.text === '?') return cues;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || t.quoted) continue;
    const multi = multiword(tokens, i);
    if (multi) {
      cues.push({ start: i, end: multi.end, frame: multi.frame, text: tokens.slice(i, multi.end).map((x) => x.lower).join(' '), ...(multi.speakerAfter ? { speakerAfter: true } : {}) });
      i = multi.end - 1;
      continue;
    }
    // "he would introduce a companion bill": a person's announced proposal ("NC7, which would
    // introduce escrow" is a measure's content, not a proposer).
    if ((t.lower === 'introduce' || t.lower === 'propose') && /^(?:would|will|'d|to)$/.test(tokens[i - 1]?.lower ?? '') && /^(?:he|she|they|we|i)$/.test(tokens[i - 2]?.lower ?? '')) {
      cues.push({ start: i, end: i + 1, frame: 'propose', text: t.lower });
      continue;
    }
    // "vowed to fight the law", "has pledged to veto it": the intention takes the infinitive's side.
    if (INTENT_VERBS.has(t.lower) && tokens[i + 1]?.lower === 'to' && !NOT_AFTER.has(tokens[i - 1]?.lower ?? '')) {
      const verb = tokens[i + 2]?.lower ?? '';
      const intent: Frame | undefined = INTENT_OPPOSE.has(verb) ? 'oppose' : INTENT_SUPPORT.has(verb) ? 'support' : undefined;
      if (intent && !(verb === 'vote' && tokens[i + 3]?.lower !== 'against')) {
        const end = verb === 'vote' ? i + 4 : i + 3;
        cues.push({ start: i, end, frame: intent, text: tokens.slice(i, end).map((x) => x.lower).join(' ') });
        i = end - 1;
        continue;
      }
    }
    // "Spain and Ireland back the text": "back" after a name, before what is backed (not "back in
    // 2019", "back then", "fight back").
    if (t.lower === 'back' && tokens[i - 1]?.cap === true && !NOT_BACKING.test(tokens[i + 1]?.lower ?? '') && tokens[i + 1]?.kind === 'word' && !/^\d/.test(tokens[i + 1]!.text)) {
      cues.push({ start: i, end: i + 1, frame: 'support', text: 'back' });
      continue;
    }
    const frame = FRAME_OF.get(t.lower);
    if (!frame) continue;
    // "the FBI found another way in": found and concluded report a finding only with "that".
    // ("considered that …" reports a view; "considered the bill" does not.)
    if (FINDING_VERBS.test(t.lower) && tokens[i + 1]?.lower !== 'that') continue;
    // ("is expected to tell the panel", "is due to argue": a statement announced.)
    const announced = tokens[i - 1]?.lower === 'to' && ANNOUNCED_BEFORE_TO.has(tokens[i - 2]?.lower ?? '') && FRAME_OF.get(t.lower) === 'say';
    if (NOT_AFTER.has(tokens[i - 1]?.lower ?? '') && !announced && !['said', 'told', 'argued'].includes(t.lower)) continue;
    // "since it was proposed", "I was told": a passive's subject is what was proposed or who
    // heard it. (The agent, "was rejected by Y", is found with the proposers.)
    if (BE_FORMS.has(tokens[i - 1]?.lower ?? '') && /(?:ed|told|put|made|written|taken|given|brought|thrown)$/.test(t.lower)) continue;
    cues.push({ start: i, end: i + 1, frame, text: t.lower });
  }
  return cues;
}

