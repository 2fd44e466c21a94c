import type { TermDetails } from '../schema';

export const ACTORS_DETAILS: TermDetails[] = [];
