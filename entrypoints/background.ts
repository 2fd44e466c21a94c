import { browser, type Browser } from 'wxt/browser';
import { glossaryForContent } from '../utils/content-glossary';
import { isOwnSender, parseMessage, type ExtensionMessage, type MessageReply } from '../utils/messages';
import { grantedPatterns, syncRegistration, type SyncOptions, type SyncResult } from '../utils/registration';
import { getSites, setPrefs, watchSites, type Site } from '../utils/settings';
import { disableSite, enableSite } from '../utils/site-control';
import { hostOf, matchPatternsFor, siteFor } from '../utils/sites';

/**
 * Background (Chrome MV3 service worker, Firefox MV3 event page): keeps the content script
 * registered for the reader's sites and answers the content script's requests. Everything it
 * needs is read from storage on each wake-up, so it can be stopped at any time.
 */

// Syncs run one after another: storage and permission events can arrive in bursts, and two
// overlapping registerContentScripts calls with the same id would fail.
let queue: Promise<unknown> = Promise.resolve();
function sync(opts: SyncOptions = {}): Promise<SyncResult | null> {
  const run = queue.then(
    () => syncRegistration(opts),
    () => syncRegistration(opts),
  );
  queue = run.catch(() => null);
  return run.catch((err: unknown) => {
    console.warn('[Encryption Lens] could not update the content-script registration', err);
    return null;
  });
}

async function handleMessage(
  message: ExtensionMessage,
  sender: Browser.runtime.MessageSender,
): Promise<MessageReply> {
  switch (message.type) {
    case 'elens:glossary':
      return { ok: true, ...glossaryForContent() };
    case 'elens:open-glossary': {
      // Resolved against the root rather than typed as a PublicPath, so the background builds
      // whether or not the glossary page is part of the same build.
      const url = new URL(`glossary.html#${message.id}`, browser.runtime.getURL('/')).href;
      const tab = sender.tab;
      await browser.tabs.create({
        url,
        ...(tab?.index !== undefined ? { index: tab.index + 1 } : {}),
        ...(tab?.id !== undefined ? { openerTabId: tab.id } : {}),
        ...(tab?.windowId !== undefined ? { windowId: tab.windowId } : {}),
      });
      return { ok: true };
    }
    case 'elens:disable-site': {
      const host = hostOf(sender.tab?.url ?? sender.url);
      const site = host ? siteFor(host, await getSites()) : undefined;
      if (!site) return { ok: false };
      await disableSite(site.host);
      await sync();
      return { ok: true };
    }
  }
}


/** Name of the keyboard command (manifest `commands`) that switches the current site. */
const TOGGLE_COMMAND = 'toggle-site';

// The sites as last read, so the shortcut can ask for a permission before any await: browsers
// grant a permission prompt only while the key press is still being handled.
let knownSites: Site[] | null = null;

/**
 * The shortcut: switches highlighting for the tab's site. Off needs nothing from the reader;
 * on asks for the site's permission first (from the key press) and then enables it.
 */
async function toggleSiteForTab(
  tab: Browser.tabs.Tab | undefined,
): Promise<'on' | 'off' | 'denied' | 'unsupported'> {
  const host = hostOf(tab?.url);
  if (!host) return 'unsupported';
  const cached = knownSites ? siteFor(host, knownSites) : undefined;
  // Request synchronously when the cache says the site is off (or is not loaded yet).
  const request =
    cached === undefined
      ? browser.permissions
          .request({ origins: matchPatternsFor({ host, subdomains: false }) })
          .catch(() => false)
      : null;
  const current = siteFor(host, await getSites());
  if (current) {
    await disableSite(current.host);
    await sync();
    return 'off';
  }
  const granted = (await request) === true;
  // A site granted on one scheme already (http only, say) needs no prompt to be switched on.
  if (!granted && (await grantedPatterns([{ host, subdomains: false }])).length === 0) return 'denied';
  await enableSite(host);
  await sync();
  return 'on';
}

/** True in the e2e build, whose manifest grants loopback so tests need no permission prompt. */
function isTestBuild(): boolean {
  const granted = browser.runtime.getManifest().host_permissions ?? [];
  return granted.includes('http://127.0.0.1/*');
}

export default defineBackground(() => {
  // Listeners are added synchronously so the events that woke the worker are delivered.
  watchSites((sites) => {
    knownSites = sites;
    void sync();
  });
  void getSites().then((sites) => {
    knownSites ??= sites;
  });
  // `commands` exists only when the manifest declares a shortcut.
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command === TOGGLE_COMMAND) void toggleSiteForTab(tab);
  });
  browser.permissions.onAdded.addListener(() => void sync());
  browser.permissions.onRemoved.addListener(() => void sync());
  // After an install, update or reload the open tabs of enabled sites hold no live script (the
  // old copies shut down with their context): give them the new one.
  browser.runtime.onInstalled.addListener(() => void sync({ injectAll: true }));
  browser.runtime.onStartup.addListener(() => void sync());

  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    if (!isOwnSender(sender, browser.runtime.id)) return undefined;
    const message = parseMessage(raw);
    if (!message) return undefined;
    return handleMessage(message, sender).catch((err: unknown) => {
      console.warn('[Encryption Lens] message failed', message.type, err);
      return { ok: false };
    });
  });

  void sync();

  if (isTestBuild()) {
    // End-to-end tests drive the same functions the popup and options page call; exposing
    // them on the worker's global is harmless (only this extension can reach it) and only
    // happens in the e2e build.
    Object.assign(globalThis, {
      __elens: {
        enableSite,
        disableSite,
        setPrefs,
        getSites,
        sync,
        toggleTab: async (tabId: number) => toggleSiteForTab(await browser.tabs.get(tabId)),
      },
    });
  }
});
