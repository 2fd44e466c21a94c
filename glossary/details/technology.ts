import type { TermDetails } from '../schema';

export const TECHNOLOGY_DETAILS: TermDetails[] = [];
