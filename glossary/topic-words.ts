/**
 * The topic gate's word lists (glossary/topic.ts): strong words that name the subject, weak ones
 * that also live elsewhere. Data only, as the glossary entries are.
 */

export const STRONG_WORDS: readonly string[] = [
  'encrypt\\p{L}*',
  'decrypt\\p{L}*',
  'cryptograph\\p{L}*',
  'cryptolog\\p{L}*',
  'surveil\\p{L}*',
  'spyware',
  'stalkerware',
  'malware',
  'ransomware',
  'wiretap\\p{L}*',
  'eavesdrop\\p{L}*',
  'cybersecurity',
  'infosec',
];

export const WEAK_WORDS: readonly string[] = [
  'privacy',
  'messaging',
  'messenger',
  'intercept\\p{L}*',
  'crypto',
  'cipher\\p{L}*',
  'hack(?:er|ers|ing|ed)',
  'cyber\\p{L}*',
  'passwords?',
  'vulnerabilit(?:y|ies)',
  'data protection',
  'law enforcement',
  'intelligence agenc(?:y|ies)',
  'civil liberties',
  'security researchers?',
  'tech (?:firms|companies|giants)',
];
