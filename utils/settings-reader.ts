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

/** Calls `onChange` when the site list or the preferences change; returns the unwatch. */
export function watchStoredSettings(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && (SITES_KEY in changes || PREFS_KEY in changes)) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
