import type { TermEntry } from '../schema';
import { TECHNOLOGY_TERMS } from './technology';
import { LAW_TERMS } from './law';
import { ACTORS_TERMS } from './actors';
import { CONCEPTS_TERMS } from './concepts';

/** Matching data and tooltip definitions: the only part of the glossary the content script carries. */
export const TERMS: readonly TermEntry[] = [
  ...TECHNOLOGY_TERMS,
  ...LAW_TERMS,
  ...ACTORS_TERMS,
  ...CONCEPTS_TERMS,
];
