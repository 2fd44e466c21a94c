import { describe, expect, it } from 'vitest';
import { requiredWords } from '../../../analysis/required-words';
import { PHRASES, TOPICS } from '../../../analysis/stance-lexicon';
import { normalizeForStance } from '../../../analysis/stance';
import { PHRASE_WORD_LIST, PHRASE_WORDS, TOPIC_WORDS } from '../../../analysis/phrase-words';
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

  it('a key tells a changed phrase from its old entry', () => {
    expect(phraseKey(/\bno backdoor\b/)).not.toBe(phraseKey(/\bno backdoors?\b/));
    expect(phraseKey(/\bno backdoor\b/)).not.toBe(phraseKey(/\bno backdoor\b/i));
    expect(phraseKey(/\bno backdoor\b/)).toBe(phraseKey(/\bno backdoor\b/));
  });
});
