import type { Category, GlossaryEntry, TermEntry, TermDetails } from '../../glossary/schema';
import { foldKey } from '../../glossary/fold';
import { CATEGORY_ORDER } from '../../components/CategoryBadge';

/** A glossary entry as the page shows it: details may be missing while the data is written. */
export type PageEntry = TermEntry & Partial<Pick<TermDetails, 'explanation' | 'sides'>> & {
  sources: GlossaryEntry['sources'];
};

export function joinEntries(terms: readonly TermEntry[], details: readonly TermDetails[]): PageEntry[] {
  const byId = new Map(details.map((d) => [d.id, d]));
  return terms.map((t) => {
    const d = byId.get(t.id);
    return { ...t, explanation: d?.explanation, sides: d?.sides, sources: d?.sources ?? [] };
  });
}

function searchText(e: PageEntry): string {
  return foldKey(
    [e.term, ...e.forms, ...(e.caseSensitiveForms ?? []), e.short, e.explanation ?? ''].join(' \u0000 '),
  )
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

/** Entries whose text contains every word of `query` (case, accents and hyphens ignored). */
export function filterEntries(entries: readonly PageEntry[], query: string): PageEntry[] {
  const words = foldKey(query)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .split(' ')
    .filter(Boolean);
  if (words.length === 0) return [...entries];
  return entries.filter((e) => {
    const text = searchText(e);
    return words.every((w) => text.includes(w));
  });
}

export function groupByCategory(entries: readonly PageEntry[]): Array<[Category, PageEntry[]]> {
  return CATEGORY_ORDER.map((c): [Category, PageEntry[]] => [
    c,
    entries.filter((e) => e.category === c).sort((a, b) => a.term.localeCompare(b.term, 'en')),
  ]).filter(([, list]) => list.length > 0);
}
