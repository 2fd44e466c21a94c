import { defaultMatcher } from '../glossary/matcher';
import { foldKey } from '../glossary/fold';
import { DESCRIPTIONS, ACCESS_KINDS, ENCRYPTION_KINDS } from './gazetteer';

/**
 * What the analysis knows about actors beyond the article's words: the glossary's actor entries
 * (so "Enisa", "Europol" or "Home Office" read as organisations, and "FBI" and "Federal Bureau of
 * Investigation" as one), a few descriptions that name one body ("the EU executive"), and the
 * side that kinds of actors usually take: a prior that may break a tie, never a verdict.
 */

export interface KnownActor {
  id: string;
  term: string;
}

/** The glossary actor a name stands for, if any (case rules as the glossary defines them). */
export function knownActor(name: string): KnownActor | undefined {
  const hit = defaultMatcher().lookup(name);
  if (!hit || hit.entry.category !== 'actor') return undefined;
  return { id: hit.entry.id, term: hit.entry.term };
}


export function describedActor(description: string): { name: string; id?: string } | undefined {
  const key = foldKey(description).replace(/^(?:the|its|a|an)\s+/, '');
  return DESCRIPTIONS.get(key);
}


export function priorFor(name: string, role: string): -1 | 0 | 1 {
  // Curly apostrophes as pages print them ("children’s charity") read as straight ones.
  const text = `${name} ${role}`.replace(/[’‘`´]/g, "'");
  // "retired detective", "former police chief": the office no longer speaks through them.
  // "retired detective", "shadow home secretary": the office does not speak through them.
  if (/\b(?:retired|former|ex-|shadow)\b/i.test(role) && !ENCRYPTION_KINDS.test(text)) return 0;
  const access = ACCESS_KINDS.test(text);
  const encryption = ENCRYPTION_KINDS.test(text);
  if (access === encryption) return 0;
  return access ? 1 : -1;
}
