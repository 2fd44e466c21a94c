import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultMatcher } from '../../glossary/matcher';
import { SHARED_FIXTURES_DIR } from './server';

/**
 * What the highlighter must show on the shared seed article, in any browser: the glossary ids of
 * its labelled terms, plus the few entries it uses that the labels did not list but the glossary
 * is asked to define. Compared as sets, so each browser's test states the same expectation.
 */

export const SEED_HTML = join(SHARED_FIXTURES_DIR, 'seed-article.html');
export const SEED_LABELS = join(SHARED_FIXTURES_DIR, 'seed-article.json');

/** Entries the seed uses beyond its labels (issue 2 asks the glossary for both): right to show. */
export const SEED_EXTRAS_ALLOWED: ReadonlySet<string> = new Set(['apple', 'vulnerability']);

/** Glossary ids named by the seed's labelled terms. Throws if a label matches no entry. */
export function labelledSeedTermIds(): Set<string> {
  const labels = JSON.parse(readFileSync(SEED_LABELS, 'utf8')) as { terms: string[] };
  const matcher = defaultMatcher();
  const ids = new Set<string>();
  for (const term of labels.terms) {
    const found = matcher.find(term);
    if (found.length === 0) throw new Error(`labelled term "${term}" matches no glossary entry`);
    for (const f of found) ids.add(f.id);
  }
  return ids;
}

export interface SeedTermsVerdict {
  /** Labelled ids that were not highlighted. */
  missing: string[];
  /** Highlighted ids that are neither labelled nor allowed extras. */
  unexpected: string[];
}

/** Compares the ids a browser highlighted on the seed article with the labels. */
export function judgeSeedTerms(highlighted: Iterable<string>): SeedTermsVerdict {
  const labelled = labelledSeedTermIds();
  const got = new Set(highlighted);
  return {
    missing: [...labelled].filter((id) => !got.has(id)).sort(),
    unexpected: [...got].filter((id) => !labelled.has(id) && !SEED_EXTRAS_ALLOWED.has(id)).sort(),
  };
}
