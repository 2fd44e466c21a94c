import type { TermEntry } from '../schema';

export const CONCEPTS_TERMS: TermEntry[] = [];
