import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../../analysis/article';
import { findAttributions } from '../../../analysis/attributions';

function attributions(text: string) {
  const { article } = articleFromText(text);
  return findAttributions(article).attributions.map((a) => ({
    speaker: a.speaker ? a.speaker.mentions.map((m) => m.name).join(' + ') : `#${a.sameAs}`,
    kind: a.kind,
    frame: a.frame,
    text: a.text,
  }));
}

describe('findAttributions', () => {
  it('direct quote with the cue after: pronoun, inverted, told', () => {
    expect(attributions('“It is a bad idea,” he said.')).toEqual([{ speaker: 'he', kind: 'direct', frame: 'say', text: 'It is a bad idea,' }]);
    expect(attributions('“It is a bad idea,” said Jane Doe.')[0]).toMatchObject({ speaker: 'Jane Doe', kind: 'direct' });
    expect(attributions('“It is a bad idea,” Jane Doe told Reuters.')[0]).toMatchObject({ speaker: 'Jane Doe', kind: 'direct' });
  });

  it('direct quote with the cue before', () => {
    expect(attributions('In response, the EU executive said in a statement: “Security is a national competence.”')[0]).toMatchObject({ speaker: 'the EU executive', kind: 'direct', text: 'Security is a national competence.' });
  });

  it('split quotation and a paragraph of quotation continue the speaker', () => {
    const found = attributions('“First part,” said Jane Doe. “Second part of it.”\n“A whole paragraph of more quotation.”');
    expect(found.map((a) => a.speaker)).toEqual(['Jane Doe', '#0', '#0']);
  });

  it('scare quotes are no statements', () => {
    expect(attributions('He could not be trusted with the all-important ‘God Key’. The plan, a “safety feature”, failed.').filter((a) => a.kind === 'direct')).toEqual([]);
  });

  it('reported speech: argued that, according to, told a press conference that', () => {
    expect(attributions('Rafael Laguna, CEO of comms firm Open-Xchange, argued that an encryption backdoor is an oxymoron.')[0]).toMatchObject({ speaker: 'Rafael Laguna', kind: 'indirect' });
    expect(attributions('According to Europol, criminals use encrypted apps.')[0]).toMatchObject({ speaker: 'Europol', kind: 'indirect' });
    expect(attributions('Cazeneuve told a press conference that the Commission should act.')[0]).toMatchObject({ speaker: 'Cazeneuve', kind: 'indirect' });
  });

  it('frames: has come out against, rejected … put forward by', () => {
    expect(attributions('The Dutch government has come out strongly against encryption backdoors.')[0]).toMatchObject({ speaker: 'Dutch government', frame: 'oppose' });
    const both = attributions('Digital secretary Axelle Lemaire rejected similar proposals put forward by Republican Nathalie Kosciusko-Morizet.');
    expect(both.map((a) => [a.speaker, a.frame])).toEqual([
      ['Axelle Lemaire', 'oppose'],
      ['Nathalie Kosciusko-Morizet', 'propose'],
    ]);
  });

  it('groups, relative clauses and spokespeople', () => {
    expect(attributions('EDRi, the Privacy Collective and Access Now signed a letter warning against it.')[0]!.speaker).toBe('EDRi + Privacy Collective + Access Now');
    expect(attributions('It upset the justice ministry, which wants scanning on every phone.')[0]).toMatchObject({ speaker: 'the justice ministry', frame: 'support' });
    expect(attributions('A Home Office spokesperson said the powers were vital.')[0]).toMatchObject({ speaker: 'Home Office' });
  });

  it('a mention inside a phrase is no subject', () => {
    expect(attributions('Documents leaked from the NSA suggested that the agency had influenced a standard.')).toEqual([]);
    expect(attributions('He did not believe it would solve the problem Holt described.')).toEqual([]);
  });
});
