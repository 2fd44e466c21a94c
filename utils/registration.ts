import { browser } from 'wxt/browser';
import { getSites, type Site } from './settings';
import { matchPatternsFor } from './sites';

/**
 * Keeps the highlighter content script registered for exactly the enabled sites whose host
 * permission the reader granted. The registration itself is the record of what was on before:
 * a pattern that is in the new set but not in the registered one belongs to a site that was
 * just switched on (or to a fresh install or update), so its open tabs get the script at once.
 */

export const SCRIPT_ID = 'elens-highlighter';
/** Path of the bundled content script (built from entrypoints/content/). */
export const CONTENT_SCRIPT = 'content-scripts/content.js';

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

async function registeredMatches(): Promise<string[] | null> {
  const scripts = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  return scripts[0]?.matches ?? null;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/** Registers, updates or unregisters the content script so it matches `matches`. */
async function applyRegistration(matches: string[], current: string[] | null): Promise<void> {
  if (matches.length === 0) {
    if (current) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    return;
  }
  const script = {
    id: SCRIPT_ID,
    js: [CONTENT_SCRIPT],
    matches,
    runAt: 'document_idle' as const,
    persistAcrossSessions: true,
  };
  if (!current) await browser.scripting.registerContentScripts([script]);
  else if (!sameSet(current, matches)) await browser.scripting.updateContentScripts([script]);
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
  const added = matches.filter((m) => !current?.includes(m));
  const injectedTabs = await injectIntoOpenTabs(opts.injectAll ? matches : added);
  return { matches, added, injectedTabs };
}
