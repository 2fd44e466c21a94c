import { describe, expect, it } from 'vitest';
import { decideStance, scoreStatement } from '../../../analysis/stance';

const side = (text: string, frame: Parameters<typeof scoreStatement>[1] = 'say') => {
  const s = scoreStatement(text, frame).score;
  return s > 0.5 ? 'access' : s < -0.5 ? 'encryption' : 'none';
};

describe('scoreStatement', () => {
  it('a provider refusing to hold keys or ship scanning, or to hand over what it cannot read', () => {
    expect(side('We will not hold copies of our customers’ keys for any government.')).toBe('encryption');
    expect(side('the company says it will not ship any form of client-side scanning')).toBe('encryption');
    expect(side('the firm said it cannot hand over what it does not have')).toBe('encryption');
  });

  it('feasibility: "can be done without weakening" is the access side, "cannot … without" the other', () => {
    expect(side('the ministry believes the requirement can be met without weakening the security of any user')).toBe('access');
    expect(side('proof that platforms can protect children without compromising privacy')).toBe('access');
    expect(side('the order cannot be obeyed without rebuilding the service from scratch')).toBe('encryption');
  });

  it('an access mechanism cannot be kept to one user', () => {
    expect(side('building a way in for one court would mean building it for every court')).toBe('encryption');
    expect(side('there is no such thing as a capability you build for a single country')).toBe('encryption');
    expect(side('A key for the police is a key.')).toBe('encryption');
    expect(side('Nobody can build scanning that only the good guys can use.')).toBe('encryption');
    expect(side('our messages could be read by anyone with a letter from an office')).toBe('encryption');
    expect(side('the ban is disproportionate')).toBe('encryption');
    expect(side('the ban is not disproportionate')).toBe('access');
  });

  it('the access side: privacy not absolute, shields for criminals, complying with courts, harder to catch', () => {
    expect(side('The right to privacy is not absolute.')).toBe('access');
    expect(side('encrypted apps cannot be a shield for criminal gangs')).toBe('access');
    expect(side('a provider must be able to comply with the decisions of our courts')).toBe('access');
    expect(side('encryption has made it far harder to detect offenders')).toBe('access');
    expect(side('the retention period is the minimum needed to investigate kidnappings')).toBe('access');
  });

  it('warnings of what a measure forces, impossibility without touching everyone, doors opened', () => {
    expect(side('the law would force providers to weaken the encryption that protects private messages')).toBe('encryption');
    expect(side('there is no way to trace a message without attaching a label to every message sent')).toBe('encryption');
    expect(side('You cannot read a message before it is sent and still call it private.')).toBe('encryption');
    expect(side('weakening encryption would open the door to fraudsters')).toBe('encryption');
    expect(side('any weakness will be found by criminals long before it helps anyone')).toBe('encryption');
  });

  it('defending a measure: denials, respecting the law, dismissing the critics', () => {
    expect(side('This is not about reading anybody’s messages.')).toBe('access');
    expect(side('We are not breaking encryption.')).toBe('access');
    expect(side('platforms that make money here must respect our laws like everyone else')).toBe('access');
    expect(side('he dismissed claims that the bill would harm privacy')).toBe('access');
  });

  it('undecided: still reviewing, no position taken', () => {
    const verdict = (text: string) => decideStance([scoreStatement(text)], 0).stance;
    expect(verdict('the ministry is still reviewing the compromise text on scanning')).toBe('neutral');
    expect(verdict('the committee has not taken a position on lawful access')).toBe('neutral');
    expect(verdict('the committee backs lawful access')).toBe('pro-access');
  });

  it('scope: doubt over a clause, "as if", two turns that cancel, "the last thing … should do"', () => {
    expect(side('she had not seen evidence that lawful access would be proportionate')).toBe('encryption');
    expect(side('People talk about this as if it’s mass surveillance.')).toBe('access');
    expect(side('police should stop fighting encryption and invest in other techniques')).toBe('encryption');
    expect(side('the last thing the government should do is weaken encryption')).toBe('encryption');
  });

  it('more access-side constructions', () => {
    expect(side('Nobody is above a lawful court order, and that includes software.')).toBe('access');
    expect(side('encrypted phones have stalled thousands of investigations')).toBe('access');
    expect(side('The government would never ask a company to build a backdoor.')).toBe('access');
    expect(side('offenders were hiding in plain sight on encrypted apps')).toBe('access');
  });

  it('exhausted routes, refusals with a hedge, "privacy and safety can coexist"', () => {
    expect(side('his team had exhausted every other route')).toBe('access');
    expect(side('the operator cannot in good conscience hold decryption keys for its customers')).toBe('encryption');
    expect(side('the launch proved that privacy and child safety can coexist')).toBe('access');
  });

  it('an exit threat with "rather than"; detection praised as mature and accurate', () => {
    expect(side('members said they would stop offering encrypted services here rather than build the capability')).toBe('encryption');
    expect(side('the detection technology was mature and accurate')).toBe('access');
  });

  it('a result called a win for one side’s ground', () => {
    expect(side('This is a win for privacy.')).toBe('encryption');
    expect(side('the vote was a huge step forward for child protection online')).toBe('access');
  });

  it('calling the measure a backdoor, a surveillance tool or a wiretap; questions are no claims', () => {
    expect(side('The bill is a backdoor by another name.')).toBe('encryption');
    expect(side('It is a surveillance tool in disguise.')).toBe('encryption');
    expect(side('It’s a wiretap with a nicer name.')).toBe('encryption');
    expect(side('it would publish guidance on how firms could comply with the law')).toBe('none');
  });

  it('avoiding a measure turns it over', () => {
    expect(side('withdrawing the feature was the only way to avoid weakening security for customers')).toBe('encryption');
  });

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
