import { describe, expect, it } from 'vitest';
import { buildMatcher, compilePatterns } from '../../glossary/compile';
import { defaultMatcher, spaced, type Match } from '../../glossary/matcher';
import { SEPARATOR_CHARS } from '../../glossary/fold';
import type { TermEntry } from '../../glossary/schema';
import { GLOSSARY_PATTERNS } from '../../glossary/patterns';
import { SIDED_PATTERNS } from '../../analysis/sided-patterns';
import { sidedEntries } from '../../analysis/stance';
import { TERMS } from '../../glossary/terms';
import { toWireEntry } from '../../utils/messages';

function term(id: string, forms: string[], extra: Partial<TermEntry> = {}): TermEntry {
  return { id, term: id, category: 'technology', forms, short: `${id}.`, ...extra };
}

const SMALL: TermEntry[] = [
  term('e2ee', ['end-to-end encryption', 'end-to-end encrypted', 'E2EE']),
  term('encryption', ['encryption', 'encrypted']),
  term('signal', [], { caseSensitiveForms: ['Signal'], ambiguous: true }),
  term('signal-protocol', ['Signal Protocol']),
  term('ipa', ['Investigatory Powers Act'], { caseSensitiveForms: ['IPA'] }),
  term('snoopers', ["Snoopers' Charter"]),
  term('dual-ec', ['Dual_EC_DRBG']),
  term('foo-bar', [], { caseSensitiveForms: ['FOO Bar'] }),
  term('bar-baz', ['bar baz']),
  term('baz', ['baz']),
];

const ids = (ms: Match[]) => ms.map((m) => m.id);
const texts = (ms: Match[]) => ms.map((m) => m.text);

describe('createMatcher', () => {
  const m = buildMatcher(SMALL);

  it('prefers the longest form at a position', () => {
    const found = m.find('They want end-to-end encryption weakened; encryption is maths.');
    expect(ids(found)).toEqual(['e2ee', 'encryption']);
    expect(texts(found)).toEqual(['end-to-end encryption', 'encryption']);
    expect(found[0]).toMatchObject({ start: 10, end: 31, form: 'end-to-end encryption', ambiguous: false });
  });

  it('falls back to a shorter form when the longer one would end mid-word', () => {
    // "end-to-end encryptionist" is not the phrase; "E2EE" and "encrypted" still are.
    expect(ids(m.find('an end-to-end encryptionist'))).toEqual([]);
    expect(ids(m.find('E2EE, encrypted'))).toEqual(['e2ee', 'encryption']);
  });

  it('folds hyphen, space, no-break space, soft hyphen and dash variants', () => {
    for (const text of [
      'end to end encryption',
      'end‑to‑end encryption', // non-breaking hyphens
      'end–to–end encryption', // en dashes
      'end-to-end\u00a0encryption',
      'end-\u00adto-end encryption',
      'End-To-End Encryption',
      'end-to-end\nencryption',
    ]) {
      expect(ids(m.find(text)), JSON.stringify(text)).toEqual(['e2ee']);
    }
    expect(ids(m.find('Dual EC DRBG and Dual-EC-DRBG'))).toEqual(['dual-ec', 'dual-ec']);
  });

  it('folds straight and curly apostrophes', () => {
    expect(ids(m.find('the Snoopers’ Charter'))).toEqual(['snoopers']);
    expect(ids(m.find("the snoopers' charter"))).toEqual(['snoopers']);
    expect(m.find('the Snoopers’ Charter')[0]?.form).toBe("Snoopers' Charter");
  });

  it('matches case-sensitive forms only in their case', () => {
    expect(ids(m.find('Download Signal today'))).toEqual(['signal']);
    expect(ids(m.find('a weak signal, SIGNAL'))).toEqual([]);
    expect(ids(m.find('the IPA and an ipa'))).toEqual(['ipa']);
    expect(m.find('Signal')[0]?.ambiguous).toBe(true);
  });

  it('lets a longer case-insensitive form beat a case-sensitive prefix', () => {
    expect(ids(m.find('the Signal Protocol'))).toEqual(['signal-protocol']);
    expect(ids(m.find('the signal protocol'))).toEqual(['signal-protocol']);
  });

  it('keeps one-pass semantics across the two patterns', () => {
    // "FOO Bar" (case-sensitive) wins from position 0; the case-insensitive "bar baz" starts
    // inside it and is dropped; scanning resumes after it and still finds "baz".
    const found = m.find('FOO Bar baz');
    expect(ids(found)).toEqual(['foo-bar', 'baz']);
    expect(found.map((f) => [f.start, f.end])).toEqual([
      [0, 7],
      [8, 11],
    ]);
    // Without the case-sensitive form in the way, the longer phrase wins.
    expect(ids(m.find('foo bar baz'))).toEqual(['bar-baz']);
  });

  it('respects Unicode word boundaries', () => {
    expect(ids(m.find('unencrypted'))).toEqual([]);
    expect(ids(m.find('encryptions'))).toEqual([]);
    expect(ids(m.find('Signals'))).toEqual([]);
    expect(ids(m.find('préencryption'))).toEqual([]);
    expect(ids(m.find('encryptionß'))).toEqual([]);
    expect(ids(m.find('2encryption'))).toEqual([]);
    expect(ids(m.find('(encryption)'))).toEqual(['encryption']);
    expect(ids(m.find('anti-encryption'))).toEqual(['encryption']);
    expect(ids(m.find('Signal’s'))).toEqual(['signal']);
    expect(ids(m.find('«encryption»'))).toEqual(['encryption']);
  });

  it('reports offsets into the original text, astral characters included', () => {
    const text = '🔐 encryption';
    const [hit] = m.find(text);
    expect(hit && text.slice(hit.start, hit.end)).toBe('encryption');
  });

  it('looks up forms and entries', () => {
    expect(m.lookup('END TO END ENCRYPTION')?.entry.id).toBe('e2ee');
    expect(m.lookup('signal')).toBeUndefined();
    expect(m.lookup('Signal')?.entry.id).toBe('signal');
    expect(m.entryFor('baz')?.forms).toEqual(['baz']);
    expect(m.entryFor('nope')).toBeUndefined();
  });

  it('reports forms claimed twice', () => {
    const dup = buildMatcher([term('a', ['Five Eyes']), term('b', ['five eyes'])]);
    expect(dup.conflicts).toHaveLength(1);
    expect(ids(dup.find('Five Eyes'))).toEqual(['a']);
  });

  it('matches nothing with an empty glossary', () => {
    expect(buildMatcher([]).find('encryption')).toEqual([]);
  });
});

describe('the bundled glossary', () => {
  const m = defaultMatcher();

  it('glossary/patterns.ts and analysis/sided-patterns.ts are the patterns of the glossary as it is (else: npx tsx scripts/glossary-patterns.ts --write)', () => {
    expect(GLOSSARY_PATTERNS).toEqual(compilePatterns(TERMS));
    // The background sends them with the entries stripped of their links: the same forms.
    expect(compilePatterns(TERMS.map(toWireEntry))).toEqual(GLOSSARY_PATTERNS);
    expect(SIDED_PATTERNS).toEqual(compilePatterns(sidedEntries()));
  });

  it('keeps each pattern under the 20 KB of source past which V8 stops optimising it (8× slower scans)', () => {
    for (const source of [GLOSSARY_PATTERNS.insensitive, GLOSSARY_PATTERNS.sensitive, SIDED_PATTERNS.insensitive, SIDED_PATTERNS.sensitive]) {
      expect(source.length).toBeLessThan(20 * 1024);
    }
  });

  it('compiles every entry, with no form claimed twice', () => {
    expect(m.entries.length).toBe(TERMS.length);
    expect(m.conflicts).toEqual([]);
  });

  it('finds every surface form as exactly its own entry', () => {
    const wrong: string[] = [];
    for (const e of TERMS) {
      for (const form of [...e.forms, ...(e.caseSensitiveForms ?? [])]) {
        const found = m.find(`(${form})`);
        if (found.length !== 1 || found[0]!.id !== e.id || found[0]!.text !== form) {
          wrong.push(`${e.id}: ${form} → ${found.map((f) => `${f.id}:${f.text}`).join(', ')}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it("takes the UK's Information Commissioner's Office only by its capitalised name, not another country's 'Information Commissioner's office'", () => {
    expect(m.find("The Information Commissioner's Office in Wilmslow said …").map((f) => f.id)).toEqual(['ico']);
    expect(m.find("The Information Commissioner's office in Ljubljana said …").map((f) => f.id)).not.toContain('ico');
  });

  it("makes exactly fold.ts's separators spaces, one for one, on every character", () => {
    let all = '';
    for (let c = 0; c < 0xd800; c++) all += String.fromCharCode(c);
    for (let c = 0xe000; c < 0x10000; c++) all += String.fromCharCode(c);
    all += '\u{1F600}\u{10400}';
    expect(spaced(all) === all.replace(new RegExp(`[${SEPARATOR_CHARS}]`, 'gu'), ' ')).toBe(true);
  });

  it('never matches a generic word on its own', () => {
    for (const word of ['key', 'keys', 'signal', 'apple', 'certificate', 'door', 'ghost', 'escrow', 'dark', 'access']) {
      expect(m.find(`The ${word} was there.`), word).toEqual([]);
    }
  });

  it('stays one compact pattern', () => {
    // Big flat alternations overflow the regex stack; the trie shares prefixes, so it has far
    // fewer alternatives than there are forms.
    const forms = TERMS.reduce((n, e) => n + e.forms.length, 0);
    const alternatives = m.pattern.source.split('|').length;
    expect(alternatives).toBeLessThan(forms * 0.8);
    expect(m.pattern.flags).toContain('i');
    expect(m.sensitivePattern.flags).not.toContain('i');
  });
});
