import type { TermDetails } from '../schema';

export const LAW_DETAILS: TermDetails[] = [];
