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
