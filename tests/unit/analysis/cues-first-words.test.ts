import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MULTI_STARTS } from '../../../analysis/gazetteer';

/**
 * `multiword` in analysis/cues.ts returns early for any token outside MULTI_STARTS (it runs for
 * every token of every sentence). A cue added to `multiword` but not to the set would never
 * fire: this reads both from the source and checks they agree.
 */
describe('multi-word cues: the first-word filter', () => {
  it('lists every word a multi-word cue tests its first token against', () => {
    const source = readFileSync(join(__dirname, '../../../analysis/cues.ts'), 'utf8');
    const set = [...MULTI_STARTS];
    const body = source.slice(source.indexOf('function multiword('));
    const used = new Set<string>();
    for (const m of body.matchAll(/(?<![.\w])t === '([^']+)'/g)) used.add(m[1]!);
    for (const m of body.matchAll(/\[([^\]]*)\]\.includes\(t\)/g)) for (const w of m[1]!.matchAll(/'([^']+)'/g)) used.add(w[1]!);
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((w) => !set.includes(w))).toEqual([]);
  });
});
