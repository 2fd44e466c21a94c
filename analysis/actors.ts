import { defaultMatcher } from '../glossary/matcher';
import { foldKey } from '../glossary/fold';

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

/** Descriptions that newsrooms use for one particular body. Keys are folded lower case. */
const DESCRIPTIONS: ReadonlyMap<string, { name: string; id?: string }> = new Map([
  ['eu executive', { name: 'European Commission', id: 'european-commission' }],
  ['european executive', { name: 'European Commission', id: 'european-commission' }],
  ["bloc's executive", { name: 'European Commission', id: 'european-commission' }],
  ['eu commission', { name: 'European Commission', id: 'european-commission' }],
  ['eu law enforcement agency', { name: 'Europol', id: 'europol' }],
  ["eu's police agency", { name: 'Europol', id: 'europol' }],
  ['eu cybersecurity agency', { name: 'ENISA', id: 'enisa' }],
  ["eu's cybersecurity agency", { name: 'ENISA', id: 'enisa' }],
  ['us justice department', { name: 'Department of Justice', id: 'department-of-justice' }],
]);

export function describedActor(description: string): { name: string; id?: string } | undefined {
  const key = foldKey(description).replace(/^(?:the|its|a|an)\s+/, '');
  return DESCRIPTIONS.get(key);
}

/**
 * The side a kind of actor usually takes (GUIDE.md): interior ministries, police, intelligence
 * agencies and child-protection groups argue for access; messaging companies, digital-rights
 * groups, security researchers and data-protection bodies against. +1 = access, -1 = encryption.
 */
const ACCESS_KINDS =
  /\b(?:interior|home affairs|home office|home secretary|justice minist\w*|ministry of justice|justice department|department of justice|attorney[- ]general|police|constab\w*|law enforcement|fbi|europol|interpol|nsa|gchq|asio|intelligence|security service|spy agenc\w*|prosecutor\w*|detective|crime agency|federal bureau|counter-terror\w*|polic(?:e|ing)|child[- ](?:protection|safety|online safety)|child (?:online )?safety|child advoca\w+|children'?s (?:charity|safety|rights|alliance|coalition|commissioner)|nspcc|safeguarding|anti-abuse|iwf|internet watch foundation|thorn)\b/i;
const ENCRYPTION_KINDS =
  /\b(?:whatsapp|signal|telegram|threema|proton\w*|wire|element|imessage|messaging (?:app|service|company|firm|start-?up)|encrypted messaging|digital[- ]rights|civil[- ]liberties|civil[- ]society|press freedom|media freedom|privacy (?:group|campaign\w*|advocate\w*|watchdog|regulator|collective)|eff|electronic frontier|edri|open rights group|access now|privacy international|aclu|cryptograph\w*|security researcher\w*|computer scien\w*|data protection|information commissioner|privacy commissioner|edps|edpb|tor project|mozilla|internet society)\b/i;

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
