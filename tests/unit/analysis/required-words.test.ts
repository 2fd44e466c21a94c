import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { requiredGate, type Gate } from '../../../analysis/required-words';
import { BALANCED, PHRASES, TOPICS } from '../../../analysis/stance-lexicon';
import { normalizeForStance } from '../../../analysis/stance';
import { BALANCED_PARTS, GATE_CLAUSES, GATE_TERMS, PHRASE_KEYS, PHRASE_WORD_LIST, TERMS_OF_WORD, TOPIC_KEYS } from '../../../analysis/phrase-words';
import { balancedParts, cueGates, cuePatterns, topLevelAlternatives } from '../../../scripts/phrase-words';
import { phraseKey } from '../../../scripts/phrase-key';

/** A gate's words, each clause sorted: the order of words in a clause is the scorer's business. */
const words = (gate: Gate) => gate?.map((term) => term.map((clause) => [...clause].sort())) ?? null;

/** Each cue's gate as the generated tables give it (the scorer's numbering: phrases, topics, BALANCED's branches). */
function tableGates(): Gate[] {
  const firsts = GATE_TERMS.map(() => [] as string[]);
  TERMS_OF_WORD.forEach((terms, w) => terms.forEach((k) => firsts[k]!.push(PHRASE_WORD_LIST[w]!)));
  const gates: Gate[] = [...PHRASES, ...TOPICS, ...BALANCED_PARTS].map(() => []);
  GATE_TERMS.forEach(([cue, ...rest], k) => gates[cue!]!.push([firsts[k]!, ...rest.map((c) => GATE_CLAUSES[c]!.map((w) => PHRASE_WORD_LIST[w]!))]));
  return gates;
}
const opens = (gate: Gate, text: string) => gate === null || gate.some((term) => term.every((clause) => clause.some((w) => text.includes(w))));

describe('requiredGate', () => {
  it('takes a letter run outside every optional part (a run inside a word counts: every match of [a-z]+ing holds "ing")', () => {
    expect(requiredGate(/[a-z]+ing\b/)).toEqual([[['ing']]]);
    expect(requiredGate(/\bno (?:safe )?backdoors?\b/)).toEqual([[['backdoor']]]);
  });

  it('asks for every required part of a sequence, most selective first, at most three', () => {
    expect(requiredGate(/\bwould rather leave\b/)).toEqual([[['rather'], ['leave'], ['would']]]);
    expect(requiredGate(/\bno way to (?:build|create)\b/)).toEqual([[['build'], ['way']], [['create'], ['way']]]);
    // (Words under four letters last: nearly every statement has one.)
    expect(requiredGate(/\bone two three four five six\b/)).toEqual([[['three'], ['four'], ['five']]]);
  });

  it('keeps top-level branches apart, inside a leading group too', () => {
    expect(words(requiredGate(/\bgolden key\b|\bmaster key\b/))).toEqual([[['golden'], ['key']], [['master'], ['key']]]);
    expect(words(requiredGate(/\b(?:escrow|deposit)\b/))).toEqual([[['escrow']], [['deposit']]]);
    expect(words(requiredGate(/\b(?:key escrow|lawful access)\b/))).toEqual([[['escrow'], ['key']], [['lawful'], ['access']]]);
  });

  it('joins a nested alternation to the rest of its branch, or merges it to one clause when the product grows', () => {
    // ("key" is in too many statements to be worth testing first; either of the others is not.)
    expect(requiredGate(/\bkey (?:escrow|deposit)\b/)).toEqual([[['escrow'], ['key']], [['deposit'], ['key']]]);
    expect(requiredGate(/\bsaid (?:safe|secure) (?:build|create)\b/)).toEqual([
      [['safe'], ['build'], ['said']],
      [['create'], ['safe'], ['said']],
      [['secure'], ['build'], ['said']],
      [['secure'], ['create'], ['said']],
    ]);
    expect(requiredGate(/\bsaid (?:alpha|bravo|charlie) (?:delta|echo|foxtrot)\b/)).toEqual(
      ['alpha', 'bravo', 'charlie'].map((w) => [[w], ['delta', 'echo', 'foxtrot'], ['said']]),
    );
  });

  it('gives nothing it cannot be sure of: optional parts, classes, short runs, lookarounds', () => {
    expect(requiredGate(/\b(?:safe )?\w+/)).toBeNull();
    expect(requiredGate(/\bto\b/)).toBeNull();
    expect(requiredGate(/(?<=backdoor )\w+/)).toBeNull();
    expect(requiredGate(/\b(?:backdoor|\w+)\b/)).toBeNull();
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
      const gate = requiredGate(p.re);
      for (const t of texts) {
        const re = new RegExp(p.re.source, p.re.flags.replace('g', ''));
        if (!re.test(t)) continue;
        matched++;
        expect(opens(gate, t), `${p.re.source.slice(0, 60)} on "${t}"`).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(5);
  });

  it('the generated gates never close a cue that matches: every phrase, topic and BALANCED branch on the sentence cases\' paragraphs', () => {
    const cases = JSON.parse(readFileSync('tests/sentences/cases-aa.json', 'utf8')) as Array<{ text: string }>;
    const texts = cases.flatMap((c) => c.text.split(/\n+/)).map(normalizeForStance);
    const gates = tableGates();
    const patterns = cuePatterns();
    let matched = 0;
    patterns.forEach((pattern, cue) => {
      const re = new RegExp(pattern.source, pattern.flags.replace('g', ''));
      for (const t of texts) {
        if (!re.test(t)) continue;
        matched++;
        expect(opens(gates[cue]!, t), `${pattern.source.slice(0, 60)} on "${t}"`).toBe(true);
      }
    });
    expect(matched).toBeGreaterThan(100);
  });

  it('analysis/phrase-words.ts is up to date with the lexicon (else: npx tsx scripts/phrase-words.ts --write)', () => {
    expect(PHRASE_KEYS).toEqual(PHRASES.map((p) => phraseKey(p.re)));
    expect(TOPIC_KEYS).toEqual(TOPICS.map((t) => phraseKey(t.re)));
    expect(BALANCED_PARTS).toEqual(balancedParts());
    expect(tableGates().map(words)).toEqual(cueGates().map(words));
  });

  it('every phrase, topic and BALANCED branch has a gate (the scorer tries none on every statement; the generator refuses one without)', () => {
    const patterns = cuePatterns();
    expect(cueGates().flatMap((gate, cue) => (gate === null ? [patterns[cue]!.source] : []))).toEqual([]);
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
    const gates = tableGates().slice(PHRASES.length + TOPICS.length);
    const finder = (t: string) => BALANCED_PARTS.some((source, i) => opens(gates[i]!, t) && new RegExp(source).test(t));
    for (const t of texts) expect(finder(t), t).toBe(BALANCED.test(t));
    expect(texts.filter((t) => BALANCED.test(t)).length).toBeGreaterThan(6);
  });

  it('a key tells a changed phrase from its old entry', () => {
    expect(phraseKey(/\bno backdoor\b/)).not.toBe(phraseKey(/\bno backdoors?\b/));
    expect(phraseKey(/\bno backdoor\b/)).not.toBe(phraseKey(/\bno backdoor\b/i));
    expect(phraseKey(/\bno backdoor\b/)).toBe(phraseKey(/\bno backdoor\b/));
  });
});
