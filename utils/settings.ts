import { storage } from 'wxt/utils/storage';
import { DEFAULT_PREFS, PREFS_KEY, SITES_KEY, parsePrefs, parseSites, type Prefs, type Site } from './settings-schema';

/**
 * The reader's settings in WXT storage items, for the background and the extension pages. The
 * types and sanitisers live in `settings-schema.ts` (re-exported here); the content script
 * reads through `settings-reader.ts` and does not carry WXT's storage layer.
 */
export * from './settings-schema';

// Raw items are typed `unknown` on purpose: what is stored may have been written by an older
// version, another tool, or be corrupt. Read them through getSites()/getPrefs().
export const sitesItem = storage.defineItem<unknown>(`local:${SITES_KEY}`, {
  fallback: [],
  version: 1,
});

export const prefsItem = storage.defineItem<unknown>(`local:${PREFS_KEY}`, {
  fallback: {},
  version: 1,
});

export async function getSites(): Promise<Site[]> {
  try {
    return parseSites(await sitesItem.getValue());
  } catch {
    return [];
  }
}

export async function setSites(sites: Site[]): Promise<void> {
  await sitesItem.setValue(parseSites(sites));
}

/** Changes to the site list made from this page, one after another. */
let siteChanges: Promise<unknown> = Promise.resolve();

/**
 * Read-modify-write of the site list. Two differences from getSites() + setSites(), both found
 * by the robustness suite: a failed read rejects instead of reading as "no sites" (writing a list
 * built on that would erase the reader's sites), and changes run one at a time (two quick
 * switches no longer both start from the same list, the second dropping the first's site).
 * `change` returns the new list, or null to leave storage untouched.
 */
export function updateSites(change: (sites: Site[]) => Site[] | null): Promise<Site[]> {
  const run = siteChanges.then(async () => {
    const current = parseSites(await sitesItem.getValue());
    const next = change(current);
    if (next === null) return current;
    const clean = parseSites(next);
    await sitesItem.setValue(clean);
    return clean;
  });
  siteChanges = run.catch(() => undefined);
  return run;
}

export async function getPrefs(): Promise<Prefs> {
  try {
    return parsePrefs(await prefsItem.getValue());
  } catch {
    return { ...DEFAULT_PREFS };
  }
}

/** Applies the valid fields of `prefs` over the current ones; invalid fields change nothing. */
export async function setPrefs(prefs: Partial<Prefs>): Promise<Prefs> {
  const next = parsePrefs(prefs, await getPrefs());
  await prefsItem.setValue(next);
  return next;
}

export function watchSettings(onChange: () => void): () => void {
  const a = sitesItem.watch(onChange);
  const b = prefsItem.watch(onChange);
  return () => {
    a();
    b();
  };
}
