import { describe, expect, it } from 'vitest';
import { mergeOfficers } from '../../../analysis/positions';
import type { PositionOut, Stance } from '../../../analysis/types';

function position(speaker: string, stance: Stance, texts: Array<[string, number]>, extra: Partial<PositionOut> = {}): PositionOut {
  return {
    speaker,
    role: '',
    stance,
    confidence: 0.7,
    reason: 'test',
    statements: texts.map(([text, paragraph]) => ({ text, kind: 'indirect', locator: { paragraph, path: [], start: 0, end: text.length, sentence: text, text } })),
    ...extra,
  };
}

describe('mergeOfficers: a person and the organisation they speak for are one voice when they agree', () => {
  it('joins the organisation into its officer, names it in the role and keeps both sets of words in page order', () => {
    const org = position('Keyward', 'pro-encryption', [['Keyward said the order left people less safe.', 0]]);
    const officer = position('Ola Brenner', 'pro-encryption', [['Brenner said it was a test case for breaking encryption.', 1]], { role: 'its director', speaksFor: 'Keyward', confidence: 0.5 });
    const out = mergeOfficers([org, officer]);
    expect(out.map((p) => p.speaker)).toEqual(['Ola Brenner']);
    expect(out[0]!.role).toBe('director, Keyward');
    expect(out[0]!.confidence).toBe(0.7);
    expect(out[0]!.statements.map((s) => s.locator.paragraph)).toEqual([0, 1]);
    expect('speaksFor' in out[0]!).toBe(false);
  });

  it('keeps them apart when they take different sides', () => {
    const org = position('Keyward', 'pro-access', [['Keyward backed the bill.', 0]]);
    const officer = position('Ola Brenner', 'pro-encryption', [['Brenner broke with the board.', 1]], { role: 'director of Keyward', speaksFor: 'Keyward' });
    const out = mergeOfficers([org, officer]);
    expect(out.map((p) => `${p.speaker}: ${p.stance}`)).toEqual(['Keyward: pro-access', 'Ola Brenner: pro-encryption']);
    expect(out.every((p) => !('speaksFor' in p))).toBe(true);
  });

  it('shows words both hold once, the longer form', () => {
    const org = position('Kite', 'pro-encryption', [['“Scanning is not a safeguard.”', 2]]);
    const officer = position('Tomas Berg', 'pro-encryption', [['“Scanning is not a safeguard. It is surveillance.”', 2]], { role: 'the company’s chief executive', speaksFor: 'Kite' });
    const out = mergeOfficers([officer, org]);
    expect(out).toHaveLength(1);
    expect(out[0]!.role).toBe('chief executive, Kite');
    expect(out[0]!.statements.map((s) => s.text)).toEqual(['“Scanning is not a safeguard. It is surveillance.”']);
  });

  it('gives an organisation to one officer only; a second officer keeps a card of their own', () => {
    const org = position('Quay', 'pro-encryption', [['Quay said no.', 0]]);
    const a = position('Mara Ilves', 'pro-encryption', [['Ilves said no backdoor.', 1]], { role: 'chief executive', speaksFor: 'Quay' });
    const b = position('Jon Ek', 'pro-encryption', [['Ek agreed.', 2]], { role: 'chair', speaksFor: 'Quay' });
    expect(mergeOfficers([org, a, b]).map((p) => p.speaker)).toEqual(['Mara Ilves', 'Jon Ek']);
  });
});
