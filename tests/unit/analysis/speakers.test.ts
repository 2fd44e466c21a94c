import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../../analysis/article';
import { findAttributions } from '../../../analysis/attributions';
import { resolveSpeakers } from '../../../analysis/speakers';

/** Speaker name of each attribution, in order. */
function speakersOf(text: string): string[] {
  const { article } = articleFromText(text);
  const { parses, attributions } = findAttributions(article);
  const { speakers, byAttribution } = resolveSpeakers(article, parses, attributions);
  return attributions.map((a) => (byAttribution.get(a.id) ?? []).map((id) => speakers[id]!.name).join(' + ') || '?');
}

describe('resolveSpeakers', () => {
  it('merges a surname with the full name', () => {
    expect(speakersOf('French Interior Minister Bernard Cazeneuve met reporters.\nCazeneuve said the law was needed.')).toEqual(['Bernard Cazeneuve']);
  });

  it('resolves he and she to the most salient person, subject first', () => {
    expect(speakersOf('Digital secretary Axelle Lemaire rejected proposals put forward by Nathalie Kosciusko-Morizet.\n“It is a design by vulnerability,” she argued.')).toEqual(['Axelle Lemaire', 'Nathalie Kosciusko-Morizet', 'Axelle Lemaire']);
    expect(speakersOf('Kevin Bocek argued that governments cannot be trusted.\n“Take Stuxnet, for example,” he added.')).toEqual(['Kevin Bocek', 'Kevin Bocek']);
  });

  it('resolves it to an organisation and a description to its body', () => {
    expect(speakersOf('Apple has stated it will not build backdoors.\nIt also claimed that others would follow.')).toEqual(['Apple', 'Apple']);
    expect(speakersOf('The European Commission proposed the rules.\nThe EU executive said they were targeted.')).toEqual(['European Commission', 'European Commission']);
    expect(speakersOf('Communications Minister Viktor Halden spoke first.\nThe minister said the law applies to everyone.')).toEqual(['Viktor Halden']);
  });

  it('leaves it unresolved when the sentence before opens with something that is no speaker', () => {
    expect(speakersOf('Apple was mentioned once.\nThe review, led by a judge, was long.\nIt rejected proposals from Apple.')).toContain('?');
  });

  it('joins an acronym to the organisation it abbreviates', () => {
    expect(speakersOf('The Electronic Frontier Foundation said it was wrong.\nThe EFF added that it would appeal.')).toEqual(['Electronic Frontier Foundation', 'Electronic Frontier Foundation']);
  });
});

describe('a law’s head left alone by a bracket (eighth session)', () => {
  it('is no speaker, so "They" cannot stand for it', () => {
    const { article } = articleFromText('The proposed Online Child Protection (Detection Duty) Act would oblige platforms to detect abuse material. They said encryption must not become a hiding place.');
    const { parses, attributions } = findAttributions(article);
    expect(resolveSpeakers(article, parses, attributions).speakers.map((x) => x.name)).not.toContain('Act');
  });
});
