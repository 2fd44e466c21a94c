import type { TermDetails } from '../schema';

export const CONCEPTS_DETAILS: TermDetails[] = [];
