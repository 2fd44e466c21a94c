import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../analysis';
import { foldName } from '../../../analysis/speakers';
import { CASES, HELD_OUT } from './cases';

const same = (a: string, b: string) => {
  const fa = foldName(a);
  const fb = foldName(b);
  return fa === fb || fa.endsWith(` ${fb}`) || fb.endsWith(` ${fa}`);
};

type Case = (typeof CASES)[number];

/** Every expected speaker with its stance; no listed absentee; with `exact`, nobody else. */
function checkCase(c: Case): void {
  const { positions } = analyzeText(c.text, '', { learned: !c.rulesOnly });
  const got = positions.map((p) => `${p.speaker}: ${p.stance}`);
  for (const [speaker, stance] of Object.entries(c.expect)) {
    const found = positions.find((p) => same(p.speaker, speaker));
    expect(found ? `${speaker}: ${found.stance}` : `${speaker}: missing (got ${got.join('; ')})`).toBe(`${speaker}: ${stance}`);
  }
  for (const [speaker, org] of Object.entries(c.speaksFor ?? {})) expect(positions.find((p) => same(p.speaker, speaker))?.role ?? '', got.join('; ')).toContain(org);
  for (const name of c.absent ?? []) expect(positions.some((p) => same(p.speaker, name)), got.join('; ')).toBe(false);
  if (c.exact) expect(positions.length, got.join('; ')).toBe(Object.keys(c.expect).length);
}

describe('positions in short passages (every construction of the brief)', () => {
  for (const c of CASES) it(c.name, () => checkCase(c));
});

describe('held-out passages (written after tuning)', () => {
  for (const c of HELD_OUT) it(c.name, () => checkCase(c));
});
