import { browser } from 'wxt/browser';
import { DEFAULT_PREFS, PREFS_KEY, SITES_KEY, parsePrefs, parseSites, type Prefs, type Site } from './settings-schema';
import { watchStored, watchStoredSettings } from './settings-reader';

/**
 * The reader's settings in `storage.local`, for the background and the extension pages. The
 * types and sanitisers live in `settings-schema.ts` (re-exported here); reading and watching are
 * shared with the content script's `settings-reader.ts`.
 *
 * Why not WXT's storage items (which this module used until the fifth session): we keep two
 * keys, read them through sanitisers, write them whole and watch them; the items' versions and
 * migrations were never used (both at version 1), and the layer weighed 3.4 KB gzip in the
 * popup (with its lock library) — more than the popup's code budget had left. Values an earlier
 * build stored through WXT are read as they are (its version metadata, `sites$`, is ignored).
 */
export * from './settings-schema';

/** What is stored under `key`, unread: it may have been written by an older version, another tool, or be corrupt. */
export async function readStored(key: string): Promise<unknown> {
  return (await browser.storage.local.get(key))[key];
}

async function store(key: string, value: unknown): Promise<void> {
  await browser.storage.local.set({ [key]: value });
}

export async function getSites(): Promise<Site[]> {
  try {
    return parseSites(await readStored(SITES_KEY));
  } catch {
    return [];
  }
}

export async function setSites(sites: Site[]): Promise<void> {
  await store(SITES_KEY, parseSites(sites));
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
    const current = parseSites(await readStored(SITES_KEY));
    const next = change(current);
    if (next === null) return current;
    const clean = parseSites(next);
    await store(SITES_KEY, clean);
    return clean;
  });
  siteChanges = run.catch(() => undefined);
  return run;
}

export async function getPrefs(): Promise<Prefs> {
  try {
    return parsePrefs(await readStored(PREFS_KEY));
  } catch {
    return { ...DEFAULT_PREFS };
  }
}

/** Applies the valid fields of `prefs` over the current ones; invalid fields change nothing. */
export async function setPrefs(prefs: Partial<Prefs>): Promise<Prefs> {
  const next = parsePrefs(prefs, await getPrefs());
  await store(PREFS_KEY, next);
  return next;
}

/** Stores `prefs` whole (sanitised), in place of the current ones: imports and their rollback. */
export async function replacePrefs(prefs: Prefs): Promise<void> {
  await store(PREFS_KEY, parsePrefs(prefs));
}

/** Calls `onChange` when the site list or the preferences change; returns the unwatch. */
export const watchSettings = watchStoredSettings;

/** Calls `onSites` with the sanitised site list whenever it changes. */
export function watchSites(onSites: (sites: Site[]) => void): () => void {
  return watchStored([SITES_KEY], (changes) => onSites(parseSites(changes[SITES_KEY]!.newValue)));
}
