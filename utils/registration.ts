import { browser } from 'wxt/browser';
import { getSites, type Site } from './settings';
import { matchPatternsFor } from './sites';
import { HIGHLIGHT_CSS_FILE } from './extension-files';

/**
 * Keeps the highlighter content script registered for exactly the enabled sites whose host
 * permission the reader granted. The registration itself is the record of what was on before:
 * a pattern that is in the new set but not in the registered one belongs to a site that was
 * just switched on (or to a fresh install or update), so its open tabs get the script at once.
 */

export const SCRIPT_ID = 'elens-highlighter';
/** Path of the bundled content script (built from entrypoints/content/). */
export const CONTENT_SCRIPT = 'content-scripts/content.js';
/** Id of the highlight sheet's registration (document_start, css only). */
export const STYLE_ID = 'elens-highlight-style';
/** Path of the static highlight sheet (written by wxt.config.ts from entrypoints/content/styles.ts). */
export const HIGHLIGHT_CSS = HIGHLIGHT_CSS_FILE;

export interface SyncResult {
  /** Patterns the script is registered for after the sync. */
  matches: string[];
  /** Patterns that were not registered before: their open tabs were injected. */
  added: string[];
  /** Tabs the script was injected into. */
  injectedTabs: number[];
}

/** The patterns of `sites` that the extension holds a host permission for. */
export async function grantedPatterns(sites: readonly Site[]): Promise<string[]> {
  const wanted = [...new Set(sites.flatMap(matchPatternsFor))];
  // Checked one by one: a grant may cover http but not https (the e2e build grants only http
  // loopback), and the script should still run where it may.
  const granted = await Promise.all(
    wanted.map((origin) => browser.permissions.contains({ origins: [origin] }).catch(() => false)),
  );
  return wanted.filter((_, i) => granted[i]);
}

/**
 * What is registered for the enabled sites: the highlighter at document_idle, and its sheet at
 * document_start, so that the highlight rules are in the page before it is parsed (adding a
 * sheet to a loaded page makes the browser check every element against it: ~27 ms on a 10 MB
 * page). `runAt` holds for a whole entry, hence two entries with the same matches.
 */
function entriesFor(matches: string[]) {
  return [
    { id: SCRIPT_ID, js: [CONTENT_SCRIPT], matches, runAt: 'document_idle' as const, persistAcrossSessions: true },
    { id: STYLE_ID, css: [HIGHLIGHT_CSS], matches, runAt: 'document_start' as const, persistAcrossSessions: true },
  ];
}

type Entry = ReturnType<typeof entriesFor>[number];

async function registeredMatches(): Promise<Map<string, string[]>> {
  const scripts = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID, STYLE_ID] });
  return new Map(scripts.map((s) => [s.id, s.matches ?? []]));
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/**
 * Registers, updates or unregisters both entries so they match `matches`. Each entry is
 * checked on its own: a registration from a version without the sheet gets the sheet added.
 */
async function applyRegistration(matches: string[], current: Map<string, string[]>): Promise<void> {
  const entries = entriesFor(matches);
  if (matches.length === 0) {
    const ids = entries.map((e) => e.id).filter((id) => current.has(id));
    if (ids.length > 0) await browser.scripting.unregisterContentScripts({ ids });
    return;
  }
  const missing: Entry[] = entries.filter((e) => !current.has(e.id));
  const stale: Entry[] = entries.filter((e) => current.has(e.id) && !sameSet(current.get(e.id)!, matches));
  if (missing.length > 0) await browser.scripting.registerContentScripts(missing);
  if (stale.length > 0) await browser.scripting.updateContentScripts(stale);
}

/** Runs the content script in the open tabs matching `patterns`. Restricted tabs are skipped. */
export async function injectIntoOpenTabs(patterns: readonly string[]): Promise<number[]> {
  if (patterns.length === 0) return [];
  const tabs = await browser.tabs.query({ url: [...patterns] }).catch(() => []);
  const done: number[] = [];
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined) return;
      try {
        await browser.scripting.executeScript({
          target: { tabId: tab.id },
          files: [`/${CONTENT_SCRIPT}`],
        });
        done.push(tab.id);
      } catch {
        // Tabs that are loading an error page, discarded, or restricted refuse scripts;
        // the registration covers them on their next load.
      }
    }),
  );
  return done;
}

export interface SyncOptions {
  /**
   * Inject into every open tab of every enabled site, not only the newly added ones. After an
   * update the scripts in open tabs belong to the old version and have shut themselves down;
   * whether the browser kept the registration or not, those tabs need the new script.
   */
  injectAll?: boolean;
}

/** Brings the registration in line with storage and permissions. Safe to call any time. */
export async function syncRegistration(opts: SyncOptions = {}): Promise<SyncResult> {
  const matches = await grantedPatterns(await getSites());
  const current = await registeredMatches();
  await applyRegistration(matches, current);
  // The highlighter's entry is the record of what was on before.
  const before = current.get(SCRIPT_ID) ?? [];
  const added = matches.filter((m) => !before.includes(m));
  const injectedTabs = await injectIntoOpenTabs(opts.injectAll ? matches : added);
  return { matches, added, injectedTabs };
}
