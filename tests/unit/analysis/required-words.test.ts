import { describe, expect, it } from 'vitest';
import { requiredWords } from '../../../analysis/required-words';
import { BALANCED, PHRASES, TOPICS } from '../../../analysis/stance-lexicon';
import { normalizeForStance } from '../../../analysis/stance';
import { BALANCED_PARTS, PHRASE_WORD_LIST, PHRASE_WORDS, TOPIC_WORDS } from '../../../analysis/phrase-words';
import { balancedParts, topLevelAlternatives } from '../../../scripts/phrase-words';
import { phraseKey } from '../../../scripts/phrase-key';

describe('requiredWords', () => {
  it('takes a letter run outside every optional part (a run inside a word counts: every match of [a-z]+ing holds "ing")', () => {
    expect(requiredWords(/[a-z]+ing\b/)).toEqual(['ing']);
    expect(requiredWords(/\bno (?:safe )?backdoors?\b/)).toEqual(['backdoor']);
    expect(requiredWords(/\b(?:would|will) rather leave\b/)).toEqual(['rather']);
  });

  it('takes the union of a required group’s branches, and of top-level branches', () => {
    expect(requiredWords(/\b(?:scan|detect)\w* messages\b/)?.sort()).toEqual(['messages']);
    // ("key" is in too many statements to be worth testing for; either of the others is not.)
    expect(requiredWords(/\bkey (?:escrow|deposit)\b/)?.sort()).toEqual(['deposit', 'escrow']);
    expect(requiredWords(/\b(?:escrow|deposit)\b/)?.sort()).toEqual(['deposit', 'escrow']);
    expect(requiredWords(/\bgolden key\b|\bmaster key\b/)?.sort()).toEqual(['golden', 'master']);
  });

  it('gives nothing it cannot be sure of: optional parts, classes, short runs, lookarounds', () => {
    expect(requiredWords(/\b(?:safe )?\w+/)).toBeNull();
    expect(requiredWords(/\bto\b/)).toBeNull();
    expect(requiredWords(/(?<=backdoor )\w+/)).toBeNull();
    expect(requiredWords(/\b(?:backdoor|\w+)\b/)).toBeNull();
  });

  it('never skips a phrase that matches: every lexicon phrase, on statements that match it', () => {
    const texts = [
      'We are not asking for a backdoor, only for help with a warrant.',
      'the bill would make everyone less safe and put every journalist, lawyer and activist at risk',
      'Whoever has nothing to hide has nothing to fear.',
      'A duty to hand over messages in readable form is a duty to break encryption.',
      'an app that can be opened for a judge can be opened for whoever steals the key',
      'it does not require any provider to introduce a systemic vulnerability',
    ].map(normalizeForStance);
    let matched = 0;
    for (const p of [...PHRASES, ...TOPICS]) {
      const words = requiredWords(p.re);
      for (const t of texts) {
        const re = new RegExp(p.re.source, p.re.flags.replace('g', ''));
        if (!re.test(t)) continue;
        matched++;
        expect(words === null || words.some((w) => t.includes(w)), `${p.re.source.slice(0, 60)} on "${t}"`).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(5);
  });

  it('analysis/phrase-words.ts is up to date with the lexicon (else: npx tsx scripts/phrase-words.ts --write)', () => {
    expect(PHRASE_WORDS.map(([key]) => key)).toEqual(PHRASES.map((p) => phraseKey(p.re)));
    expect(PHRASE_WORDS.map(([, ids]) => ids?.map((i) => PHRASE_WORD_LIST[i]) ?? null)).toEqual(PHRASES.map((p) => requiredWords(p.re)));
    expect(TOPIC_WORDS.map(([key]) => key)).toEqual(TOPICS.map((t) => phraseKey(t.re)));
    expect(TOPIC_WORDS.map(([, ids]) => ids?.map((i) => PHRASE_WORD_LIST[i]) ?? null)).toEqual(TOPICS.map((t) => requiredWords(t.re)));
  });

  it('BALANCED_PARTS are BALANCED\'s branches as the lexicon has them now, with their words', () => {
    expect(BALANCED_PARTS.map(([source]) => source)).toEqual(balancedParts());
    expect(BALANCED_PARTS.map(([source, ids]) => [source, ids?.map((i) => PHRASE_WORD_LIST[i]) ?? null])).toEqual(balancedParts().map((s) => [s, requiredWords(new RegExp(s))]));
  });

  it('splits only the top level: groups, classes and escapes stay whole, a closing \\b goes to every branch', () => {
    expect(topLevelAlternatives(/\b(?:a (?:b|c)|[|(]d|e\|f)\b/)).toEqual(['\\b(?:a (?:b|c))\\b', '\\b(?:[|(]d)\\b', '\\b(?:e\\|f)\\b']);
    expect(topLevelAlternatives(/\b(?:x|y)/)).toEqual(['\\b(?:x)', '\\b(?:y)']);
    expect(() => topLevelAlternatives(/\b(?:x|y)/i)).toThrow();
  });

  it('BALANCED\'s branches, each tried only where its words are, agree with BALANCED on statements that weigh both sides and on ones that do not', () => {
    const texts = [
      'the ministry has not yet taken a position on the bill',
      'both sides have a point, and the trade-off is real',
      'we are still studying the submissions',
      'it is too early to say whether the law will work',
      'the committee is deeply divided on the question',
      'he declined to say whether he supported the plan',
      'reasonable people can disagree about this',
      'the union takes no position on client-side scanning',
      'the bill would break encryption for everyone',
      'we are not asking for a backdoor',
      'police need access to messages with a warrant',
      'either way, the decision is one for parliament',
    ].map(normalizeForStance);
    const finder = (t: string) => BALANCED_PARTS.some(([source, ids]) => (!ids || ids.some((i) => t.includes(PHRASE_WORD_LIST[i]!))) && new RegExp(source).test(t));
    for (const t of texts) expect(finder(t), t).toBe(BALANCED.test(t));
    expect(texts.filter((t) => BALANCED.test(t)).length).toBeGreaterThan(6);
  });

  it('a key tells a changed phrase from its old entry', () => {
    expect(phraseKey(/\bno backdoor\b/)).not.toBe(phraseKey(/\bno backdoors?\b/));
    expect(phraseKey(/\bno backdoor\b/)).not.toBe(phraseKey(/\bno backdoor\b/i));
    expect(phraseKey(/\bno backdoor\b/)).toBe(phraseKey(/\bno backdoor\b/));
  });
});
