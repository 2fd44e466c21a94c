import { browser } from 'wxt/browser';
import { DEFAULT_PREFS, PREFS_KEY, SITES_KEY, parsePrefs, parseSites, type Prefs, type Site } from './settings-schema';

/**
 * Read-only access to the settings for the content script: one `storage.local.get` and the
 * same sanitisers the storage items use. WXT's storage layer (items, versions, migrations)
 * weighed about 4 KB gzip in a script that must stay under 35 KB and never writes settings.
 * The keys are the ones `settings.ts` stores under, so both always agree.
 */

export interface Settings {
  sites: Site[];
  prefs: Prefs;
}

export async function readSettings(): Promise<Settings> {
  try {
    const raw = await browser.storage.local.get([SITES_KEY, PREFS_KEY]);
    return { sites: parseSites(raw[SITES_KEY]), prefs: parsePrefs(raw[PREFS_KEY]) };
  } catch {
    return { sites: [], prefs: { ...DEFAULT_PREFS } };
  }
}

export type StoredChanges = Record<string, { newValue?: unknown }>;

/** Calls `onChange` with the changes whenever one of `keys` changes in `storage.local`; returns the unwatch. */
export function watchStored(keys: readonly string[], onChange: (changes: StoredChanges) => void): () => void {
  const listener = (changes: StoredChanges, area: string) => {
    if (area === 'local' && keys.some((key) => key in changes)) onChange(changes);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Calls `onChange` when the site list or the preferences change; returns the unwatch. */
export function watchStoredSettings(onChange: () => void): () => void {
  return watchStored([SITES_KEY, PREFS_KEY], () => onChange());
}
