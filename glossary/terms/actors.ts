import type { TermEntry } from '../schema';

export const ACTORS_TERMS: TermEntry[] = [];
