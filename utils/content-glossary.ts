import { GLOSSARY_PATTERNS } from '../glossary/patterns';
import { TERMS } from '../glossary/terms';
import { toWireEntry, type MessageReply } from './messages';

export type ContentGlossary = Required<Omit<MessageReply, 'ok'>>;

let built: ContentGlossary | null = null;

/**
 * What the background sends a page's highlighter (`elens:glossary`): the entries without their
 * links, and the matcher's patterns (written at build time: glossary/patterns.ts). Not imported by the content script,
 * which receives it by message and so bundles no glossary.
 */
export function glossaryForContent(): ContentGlossary {
  if (!built) {
    built = { terms: TERMS.map(toWireEntry), patterns: GLOSSARY_PATTERNS };
  }
  return built;
}
