import type { TermDetails } from '../schema';
import { TECHNOLOGY_DETAILS } from './technology';
import { LAW_DETAILS } from './law';
import { ACTORS_DETAILS } from './actors';
import { CONCEPTS_DETAILS } from './concepts';

/** Long explanations, both sides and sources: for the popup and options page only. */
export const DETAILS: readonly TermDetails[] = [
  ...TECHNOLOGY_DETAILS,
  ...LAW_DETAILS,
  ...ACTORS_DETAILS,
  ...CONCEPTS_DETAILS,
];

const byId = new Map(DETAILS.map((d) => [d.id, d]));
export function detailsFor(id: string): TermDetails | undefined {
  return byId.get(id);
}
