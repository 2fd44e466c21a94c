import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as gazetteer from '../../../analysis/gazetteer';
import { MULTI_STARTS } from '../../../analysis/gazetteer';

/**
 * `multiword` in analysis/cues.ts returns early for any token outside MULTI_STARTS (it runs for
 * every token of every sentence). A cue added to `multiword` but not to the set would never
 * fire: this reads the first-word tests from the source (`t === 'word'`, `[...].includes(t)`, and
 * `SOME_SET.has(t)` with the set's words taken from the gazetteer) and checks they agree.
 */
describe('multi-word cues: the first-word filter', () => {
  it('lists every word a multi-word cue tests its first token against', () => {
    const source = readFileSync(join(__dirname, '../../../analysis/cues.ts'), 'utf8');
    const set = [...MULTI_STARTS];
    const body = source.slice(source.indexOf('function multiword('));
    const used = new Set<string>();
    for (const m of body.matchAll(/(?<![.\w])t === '([^']+)'/g)) used.add(m[1]!);
    for (const m of body.matchAll(/\[([^\]]*)\]\.includes\(t\)/g)) for (const w of m[1]!.matchAll(/'([^']+)'/g)) used.add(w[1]!);
    for (const m of body.matchAll(/\b([A-Z][A-Z_]*)\.has\(t\)/g)) {
      if (m[1] === 'MULTI_STARTS') continue;
      const words = (gazetteer as Record<string, unknown>)[m[1]!];
      expect(words, `${m[1]} is a set exported by the gazetteer`).toBeInstanceOf(Set);
      for (const w of words as ReadonlySet<string>) used.add(w);
    }
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((w) => !set.includes(w))).toEqual([]);
  });
});
