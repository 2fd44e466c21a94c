import type { TermEntry } from '../schema';

export const TECHNOLOGY_TERMS: TermEntry[] = [];
