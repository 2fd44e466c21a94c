import { describe, expect, it } from 'vitest';
import { findMentions, type NameContext } from '../../../analysis/names';
import { lowerCaseVocabulary, tokenize } from '../../../analysis/tokens';

function mentions(sentence: string, article = sentence) {
  const ctx: NameContext = { lowerSeen: lowerCaseVocabulary([article]), midCaps: new Set(tokenize(article).filter((t, i) => i > 0 && t.cap).map((t) => t.text)) };
  return findMentions(tokenize(sentence), sentence, ctx).map((m) => ({ name: m.name, kind: m.kind, type: m.type, role: m.role ?? '' }));
}

describe('findMentions', () => {
  it('takes only he, she, it and they for pronouns, not words that name a property of every object', () => {
    expect(mentions('The constructor said the valueOf the deal and toString were unclear.').filter((m) => m.type === 'pronoun')).toEqual([]);
  });

  it('splits a title from the name', () => {
    expect(mentions('French Interior Minister Bernard Cazeneuve met reporters.')).toContainEqual({ name: 'Bernard Cazeneuve', kind: 'person', type: 'name', role: 'French Interior Minister' });
    expect(mentions('Later, Republican Nathalie Kosciusko-Morizet spoke.')).toContainEqual({ name: 'Nathalie Kosciusko-Morizet', kind: 'person', type: 'name', role: 'Republican' });
  });

  it('splits an occupation used as a title ("Pollster Ann Bell", "Criminologist …")', () => {
    for (const title of ['Campaigner', 'Pollster', 'Criminologist', 'Economist', 'Prosecutor', 'Editor', 'Reverend']) {
      expect(mentions(`${title} Ann Bell said the survey found voters split.`)).toContainEqual(
        expect.objectContaining({ name: 'Ann Bell', kind: 'person', role: title }),
      );
    }
  });

  it('keeps name particles and takes a role from the words before the name', () => {
    expect(mentions('He met his German counterpart Thomas de Maiziere in Paris.')).toContainEqual({ name: 'Thomas de Maiziere', kind: 'person', type: 'name', role: 'German counterpart' });
    expect(mentions('After digital secretary Axelle Lemaire spoke, nothing changed.')).toContainEqual({ name: 'Axelle Lemaire', kind: 'person', type: 'name', role: 'digital secretary' });
  });

  it('takes a role from an apposition', () => {
    expect(mentions('Rafael Laguna, CEO of comms firm Open-Xchange, argued that it was wrong.')[0]).toEqual({ name: 'Rafael Laguna', kind: 'person', type: 'name', role: 'CEO of comms firm Open-Xchange' });
  });

  it('recognises governments, organisations and glossary actors', () => {
    expect(mentions('The Dutch government has come out against it.')).toContainEqual({ name: 'Dutch government', kind: 'gov', type: 'name', role: '' });
    expect(mentions('Later the Clinton administration proposed it.')[0]).toMatchObject({ name: 'Clinton administration', kind: 'gov' });
    expect(mentions('Later the Open Rights Group said so.')[0]).toMatchObject({ name: 'Open Rights Group', kind: 'org' });
    expect(mentions('Later the Department of Home Affairs said so.')[0]).toMatchObject({ name: 'Department of Home Affairs', kind: 'org' });
    expect(mentions('Later Enisa said so.')[0]).toMatchObject({ name: 'Enisa', kind: 'org' });
    expect(mentions('Later the FBI said so.')[0]).toMatchObject({ name: 'FBI', kind: 'org' });
  });

  it('types places, dates and news outlets so they never speak', () => {
    const found = mentions('In Paris on Monday, he told Reuters that the Investigatory Powers Bill was fine.');
    expect(found.find((m) => m.name === 'Paris')?.kind).toBe('place');
    expect(found.find((m) => m.name === 'Monday')?.kind).toBe('time');
    expect(found.find((m) => m.name === 'Reuters')?.kind).toBe('media');
    expect(found.find((m) => m.name === 'Investigatory Powers Bill')?.kind).toBe('law');
  });

  it('does not take a capitalised common word that opens a sentence for a name', () => {
    expect(mentions('Breaking encryption puts people at risk.', 'Breaking encryption puts people at risk. Nobody is breaking it.').filter((m) => m.type === 'name')).toEqual([]);
    expect(mentions('Critics said it was wrong.').filter((m) => m.type === 'name')).toEqual([]);
  });

  it('finds descriptions and pronouns', () => {
    const found = mentions('The minister said it would help, and the EU executive agreed.');
    expect(found).toContainEqual(expect.objectContaining({ name: 'The minister', type: 'role' }));
    expect(found).toContainEqual(expect.objectContaining({ name: 'it', type: 'pronoun' }));
    expect(found).toContainEqual(expect.objectContaining({ name: 'the EU executive', type: 'role', kind: 'org' }));
  });

  it('reads "who …" after a name as a person, whatever nouns the clause names', () => {
    expect(mentions('Mira Solheim, who studies network security at a lab in Bergen, disagreed.')[0]).toMatchObject({ name: 'Mira Solheim', kind: 'person' });
  });

  it('takes an apposition whose description opens with capitalised modifiers', () => {
    expect(mentions('Parlo, the Lisbon company behind a popular messenger, said no.')[0]).toMatchObject({ name: 'Parlo', kind: 'org', role: 'Lisbon company behind a popular messenger' });
    const found = mentions('The Open Wires Foundation, a Cape Town-based digital rights group, objected.');
    expect(found[0]).toMatchObject({ name: 'Open Wires Foundation', kind: 'org', role: 'Cape Town-based digital rights group' });
    expect(found.filter((m) => m.kind === 'person')).toEqual([]);
  });

  it('types streets and buildings named after "at"/"on" as places', () => {
    expect(mentions('On Rua das Flores, a baker shrugged.').find((m) => m.name.includes('Flores'))?.kind).toBe('place');
    expect(mentions('She spoke at a briefing at Lindqvist Hall on Monday.').find((m) => m.name === 'Lindqvist Hall')?.kind).toBe('place');
    expect(mentions('Karin Lindqvist spoke on Monday.')[0]).toMatchObject({ name: 'Karin Lindqvist', kind: 'person' });
  });

  it('keeps plural possessives, "in" and "Authority of" inside organisation names', () => {
    expect(mentions('Later the Lagos Nurses’ Union said so.')[0]).toMatchObject({ name: 'Lagos Nurses’ Union', kind: 'org' });
    expect(mentions('It was signed by the Delta Women in Science Network and others.').find((m) => m.type === 'name')).toMatchObject({ name: 'Delta Women in Science Network', kind: 'org' });
    expect(mentions('The Broadcasting Authority of Ruritania said so.')[0]).toMatchObject({ name: 'Broadcasting Authority of Ruritania', kind: 'org' });
  });

  it('reads a title right before the name as a person, and a name ending in an apostrophe whole', () => {
    expect(mentions('Government Spokesperson Amina Tole told reporters.')[0]).toMatchObject({ name: 'Amina Tole', kind: 'person' });
    expect(mentions('“It is wrong,” said Achieng\' Wekesa, programme lead at Wazi Digital.')).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'Achieng\' Wekesa', kind: 'person' }), expect.objectContaining({ name: 'Wazi Digital', kind: 'org' })]),
    );
    // A closing single mark is no part of a name.
    expect(mentions('‘We will never leave Ruritania’ Jonas Berg said.').map((m) => m.name)).toContain('Jonas Berg');
  });

  it('joins "on" inside organisation names, but not before a date; contractions are no names', () => {
    expect(mentions('Later the Police Chiefs’ Forum on Child Safety wrote to ministers.').find((m) => m.type === 'name')).toMatchObject({ name: 'Police Chiefs’ Forum on Child Safety', kind: 'org' });
    expect(mentions('Later the Home Office on Tuesday said so.').map((m) => m.name)).toEqual(['Home Office', 'Tuesday']);
    expect(mentions('You’ve read it. I’m sure.').filter((m) => m.type === 'name')).toEqual([]);
  });
});
