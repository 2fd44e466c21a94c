import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { CONTENT_SCRIPT, HIGHLIGHT_CSS, SCRIPT_ID, STYLE_ID, grantedPatterns, syncRegistration } from '../../utils/registration';
import { setSites } from '../../utils/settings';

/**
 * The fake browser has no scripting or permissions API: this stands in for Chrome's, keeping
 * the registrations in a map and recording injections, so the sync logic can be checked alone.
 */
interface Registered {
  id: string;
  js?: string[];
  css?: string[];
  matches?: string[];
  runAt?: string;
  persistAcrossSessions?: boolean;
}
let registered: Map<string, Registered>;
let granted: Set<string>;
let injected: Array<{ tabId: number; files: string[] }>;
let tabs: Array<{ id: number; url: string }>;

/** Match-pattern test as Chrome does it for these simple patterns: ports are ignored. */
function matches(pattern: string, url: string): boolean {
  const re = new RegExp(`^${pattern.replace(/[.?+^$()[\]{}|\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return re.test(url.replace(/^(\w+:\/\/[^/:]+):\d+/, '$1'));
}

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  registered = new Map();
  granted = new Set(['http://127.0.0.1/*', 'http://example.org/*', 'https://example.org/*']);
  injected = [];
  tabs = [
    { id: 1, url: 'http://127.0.0.1:8000/a.html' },
    { id: 2, url: 'https://example.org/news' },
    { id: 3, url: 'http://localhost:8000/a.html' },
    { id: 4, url: 'https://example.org/restricted' },
  ];
  Object.assign(fakeBrowser.permissions, {
    contains: vi.fn(async ({ origins = [] }: { origins?: string[] }) => origins.every((o) => granted.has(o))),
  });
  Object.assign(fakeBrowser.scripting, {
    getRegisteredContentScripts: vi.fn(async ({ ids }: { ids?: string[] } = {}) =>
      [...registered.values()].filter((s) => !ids || ids.includes(s.id)),
    ),
    registerContentScripts: vi.fn(async (scripts: Registered[]) => {
      for (const s of scripts) {
        if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        registered.set(s.id, s);
      }
    }),
    updateContentScripts: vi.fn(async (scripts: Registered[]) => {
      for (const s of scripts) registered.set(s.id, { ...registered.get(s.id), ...s });
    }),
    unregisterContentScripts: vi.fn(async ({ ids = [] }: { ids?: string[] }) => {
      for (const id of ids) registered.delete(id);
    }),
    executeScript: vi.fn(async ({ target, files }: { target: { tabId: number }; files: string[] }) => {
      if (target.tabId === 4) throw new Error('Cannot access contents of the page');
      injected.push({ tabId: target.tabId, files });
      return [];
    }),
  });
  Object.assign(fakeBrowser.tabs, {
    query: vi.fn(async ({ url = [] }: { url?: string | string[] }) => {
      const patterns = Array.isArray(url) ? url : [url];
      return tabs.filter((t) => patterns.some((p) => matches(p, t.url)));
    }),
  });
});

describe('grantedPatterns', () => {
  it('keeps the granted patterns one by one', async () => {
    expect(await grantedPatterns([{ host: '127.0.0.1', subdomains: false }])).toEqual(['http://127.0.0.1/*']);
    expect(await grantedPatterns([{ host: 'example.org', subdomains: true }])).toEqual([
      'http://example.org/*',
      'https://example.org/*',
    ]);
    expect(await grantedPatterns([{ host: 'nope.example', subdomains: false }])).toEqual([]);
  });
});

describe('syncRegistration', () => {
  it('registers nothing while no site is on', async () => {
    expect(await syncRegistration()).toEqual({ matches: [], added: [], injectedTabs: [] });
    expect(registered.size).toBe(0);
  });

  it('registers the granted patterns, persistently, and injects the newly covered open tabs', async () => {
    await setSites([{ host: '127.0.0.1', subdomains: false }]);
    const result = await syncRegistration();
    expect(result).toEqual({ matches: ['http://127.0.0.1/*'], added: ['http://127.0.0.1/*'], injectedTabs: [1] });
    expect(registered.get(SCRIPT_ID)).toEqual({
      id: SCRIPT_ID,
      js: [CONTENT_SCRIPT],
      matches: ['http://127.0.0.1/*'],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    });
    // The sheet goes in before the page is parsed, for the same pages.
    expect(registered.get(STYLE_ID)).toEqual({
      id: STYLE_ID,
      css: [HIGHLIGHT_CSS],
      matches: ['http://127.0.0.1/*'],
      runAt: 'document_start',
      persistAcrossSessions: true,
    });
    expect(injected).toEqual([{ tabId: 1, files: [`/${CONTENT_SCRIPT}`] }]);
  });

  it('adds the sheet to a registration made by a version without it, injecting nothing', async () => {
    await setSites([{ host: '127.0.0.1', subdomains: false }]);
    registered.set(SCRIPT_ID, {
      id: SCRIPT_ID,
      js: [CONTENT_SCRIPT],
      matches: ['http://127.0.0.1/*'],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    });
    const result = await syncRegistration();
    expect(result.added).toEqual([]);
    expect(injected).toEqual([]);
    expect(registered.get(STYLE_ID)?.matches).toEqual(['http://127.0.0.1/*']);
    expect(registered.get(STYLE_ID)?.runAt).toBe('document_start');
    expect(fakeBrowser.scripting.updateContentScripts).not.toHaveBeenCalled();
  });

  it('repairs a sheet entry whose matches differ from the script’s', async () => {
    await setSites([{ host: '127.0.0.1', subdomains: false }]);
    await syncRegistration();
    registered.set(STYLE_ID, { ...registered.get(STYLE_ID)!, matches: ['http://example.org/*'] });
    await syncRegistration();
    expect(registered.get(STYLE_ID)?.matches).toEqual(['http://127.0.0.1/*']);
    expect(registered.get(SCRIPT_ID)?.matches).toEqual(['http://127.0.0.1/*']);
  });

  it('injects only the tabs of a site added later, and tolerates restricted tabs', async () => {
    await setSites([{ host: '127.0.0.1', subdomains: false }]);
    await syncRegistration();
    injected = [];
    await setSites([
      { host: '127.0.0.1', subdomains: false },
      { host: 'example.org', subdomains: false },
    ]);
    const result = await syncRegistration();
    expect(result.added).toEqual(['http://example.org/*', 'https://example.org/*']);
    expect(result.injectedTabs).toEqual([2]);
    expect(injected.map((i) => i.tabId)).toEqual([2]);
    for (const id of [SCRIPT_ID, STYLE_ID]) {
      expect(registered.get(id)?.matches).toEqual([
        'http://127.0.0.1/*',
        'http://example.org/*',
        'https://example.org/*',
      ]);
    }
  });

  it('is idempotent: a second sync injects nothing and re-registers nothing', async () => {
    await setSites([{ host: '127.0.0.1', subdomains: false }]);
    await syncRegistration();
    const again = await syncRegistration();
    expect(again.added).toEqual([]);
    expect(injected).toHaveLength(1);
    expect(fakeBrowser.scripting.registerContentScripts).toHaveBeenCalledTimes(1);
    expect(fakeBrowser.scripting.updateContentScripts).not.toHaveBeenCalled();
  });

  it('re-injects every open tab of the enabled sites after an update when asked', async () => {
    await setSites([{ host: '127.0.0.1', subdomains: false }]);
    await syncRegistration();
    injected = [];
    const result = await syncRegistration({ injectAll: true });
    expect(result.added).toEqual([]);
    expect(result.injectedTabs).toEqual([1]);
  });

  it('narrows the registration when a site goes and unregisters when none is left', async () => {
    await setSites([
      { host: '127.0.0.1', subdomains: false },
      { host: 'example.org', subdomains: false },
    ]);
    await syncRegistration();
    await setSites([{ host: 'example.org', subdomains: false }]);
    expect((await syncRegistration()).added).toEqual([]);
    expect(registered.get(SCRIPT_ID)?.matches).toEqual(['http://example.org/*', 'https://example.org/*']);
    expect(registered.get(STYLE_ID)?.matches).toEqual(['http://example.org/*', 'https://example.org/*']);
    await setSites([]);
    await syncRegistration();
    expect(registered.size).toBe(0);
  });

  it('leaves out a site whose permission was revoked', async () => {
    await setSites([{ host: 'example.org', subdomains: false }]);
    await syncRegistration();
    granted.clear();
    expect((await syncRegistration()).matches).toEqual([]);
    expect(registered.size).toBe(0);
  });
});
