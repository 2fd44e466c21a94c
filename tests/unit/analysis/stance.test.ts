import { describe, expect, it } from 'vitest';
import { decideStance, scoreStatement } from '../../../analysis/stance';

const side = (text: string, frame: Parameters<typeof scoreStatement>[1] = 'say') => {
  const s = scoreStatement(text, frame).score;
  return s > 0.5 ? 'access' : s < -0.5 ? 'encryption' : 'none';
};

describe('scoreStatement', () => {
  it('access cues', () => {
    expect(side('the Commission should now draft laws forcing tech providers to help in specific investigations of terrorists')).toBe('access');
    expect(side('this would allow us to impose obligations at the European level on non-cooperative operators')).toBe('access');
    expect(side('investigators need lawful access to encrypted messages')).toBe('access');
    expect(side('criminals hide behind end-to-end encryption')).toBe('access');
  });

  it('encryption cues', () => {
    expect(side('putting backdoors in encrypted comms would damage civil society and industry')).toBe('encryption');
    expect(side('an encryption backdoor is an oxymoron')).toBe('encryption');
    expect(side('governments can’t be trusted with the all-important ‘God Key’')).toBe('encryption');
    expect(side('they will not engineer such backdoors into their products')).toBe('encryption');
    expect(side('Breaking encryption will put the safety of the people at risk.')).toBe('encryption');
    expect(side('a single ‘flaw’ in encryption technology ensures the failure of the entire system')).toBe('encryption');
  });

  it('negation: a denial from the access side, a refusal from the other', () => {
    expect(side('We are not asking for a backdoor.')).toBe('access');
    expect(side('Nobody in this industry is calling for a backdoor into encryption.')).toBe('access');
    expect(side('The proposal is targeted and it does not ban or break encryption.')).toBe('access');
    expect(side('We have never built a backdoor into any of our products.')).toBe('encryption');
    expect(side('encryption should not give criminals a place to hide')).toBe('access');
  });

  it('frames turn the object over', () => {
    expect(side('encryption backdoors', 'oppose')).toBe('encryption');
    expect(side('encryption backdoors', 'support')).toBe('access');
    expect(side('similar proposals', 'oppose')).toBe('encryption');
    expect(side('similar proposals', 'propose')).toBe('access');
    // Rejecting an amendment that would protect encrypted services is the access side.
    expect(side('amendments that would have taken encrypted services out of the regulation’s scope', 'oppose')).toBe('access');
    expect(side('proposals to repeal technical capability notices', 'propose')).toBe('encryption');
  });

  it('scare-quoted names and descriptions of a law are no stance', () => {
    expect(side('people call it a front door')).toBe('none');
    expect(side('the order was a notice under the act, which can require a provider to keep the ability to hand over data when presented with a warrant')).toBe('none');
  });

  it('names the words that decided it', () => {
    const { cues } = scoreStatement('an encryption backdoor is an oxymoron');
    expect(cues.map((c) => c.label).join(' ')).toContain('oxymoron');
  });
});

describe('decideStance', () => {
  const enc = scoreStatement('backdoors would damage security');
  const acc = scoreStatement('police need lawful access to encrypted messages');
  const none = scoreStatement('the meeting was long');

  it('decides from the words, with a confidence and a reason', () => {
    const v = decideStance([enc], 0);
    expect(v.stance).toBe('pro-encryption');
    expect(v.confidence).toBeGreaterThan(0.4);
    expect(v.confidence).toBeLessThanOrEqual(1);
    expect(v.reason).toMatch(/damage/);
  });

  it('the prior breaks a tie but never overrides the text', () => {
    expect(decideStance([none], 1).stance).toBe('pro-access');
    expect(decideStance([none], 0).stance).toBe('neutral');
    expect(decideStance([enc], 1).stance).toBe('pro-encryption');
    expect(decideStance([acc], -1).stance).toBe('pro-access');
  });

  it('a speaker who argues both sides is neutral', () => {
    expect(decideStance([scoreStatement('both sides had strong arguments')], 0).stance).toBe('neutral');
  });
});
