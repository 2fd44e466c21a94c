import type { TermEntry } from '../schema';

export const LAW_TERMS: TermEntry[] = [];
