import { describe, expect, it } from 'vitest';
import { substringFinder } from '../../../analysis/substrings';
import { PHRASE_WORD_LIST } from '../../../analysis/phrase-words';

const found = (words: string[], text: string) => {
  const hits = substringFinder(words)(text);
  return words.filter((_, i) => hits.includes(i));
};

describe('substringFinder', () => {
  it('finds every listed word the text contains, as includes would: prefixes, words inside words, overlaps', () => {
    expect(found(['back', 'backdoor', 'door', 'doors', 'feed'], 'no feedback on backdoors')).toEqual(['back', 'backdoor', 'door', 'doors', 'feed']);
    expect(found(['encrypt', 'crypt', 'pt'], 'unencrypted')).toEqual(['encrypt', 'crypt', 'pt']);
    expect(found(['scan', 'scanning'], 'scan')).toEqual(['scan']);
    expect(found(['scan'], 'sca')).toEqual([]);
    expect(found(['a'], '')).toEqual([]);
    expect(found(['𝔢nc', 'x'], 'an 𝔢ncrypted note')).toEqual(['𝔢nc']);
  });

  it('agrees with includes for the phrase table’s words on real statements', () => {
    const texts = [
      'we are not asking for a backdoor, only lawful access with a warrant',
      "the safest phone is one nobody can read, and that won't change",
      'critics say client-side scanning would break end-to-end encryption for everyone',
    ];
    const find = substringFinder(PHRASE_WORD_LIST);
    for (const text of texts) {
      const hits = find(text);
      expect(PHRASE_WORD_LIST.filter((_, i) => hits.includes(i))).toEqual(PHRASE_WORD_LIST.filter((w) => text.includes(w)));
    }
  });
});
