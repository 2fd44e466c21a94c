import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  DEFAULT_PREFS,
  getPrefs,
  getSites,
  normaliseHost,
  parsePrefs,
  parseSites,
  setPrefs,
  setSites,
  watchSettings,
  type Prefs,
  type Site,
} from '../../utils/settings';

/** What another version, another tool or a half-written write could have left in storage. */
async function storeRaw(key: 'sites' | 'prefs', value: unknown): Promise<void> {
  await fakeBrowser.storage.local.set({ [key]: value });
}

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('normaliseHost', () => {
  it('lower-cases, trims and drops a trailing dot', () => {
    expect(normaliseHost('  News.Example.ORG. ')).toBe('news.example.org');
    expect(normaliseHost('127.0.0.1')).toBe('127.0.0.1');
    expect(normaliseHost('[::1]')).toBe('[::1]');
  });

  it.each([
    ['', 'empty'],
    ['https://example.org', 'a URL'],
    ['example.org:8080', 'a port'],
    ['*.example.org', 'a wildcard'],
    ['exa mple.org', 'a space'],
    ['example..org', 'an empty label'],
    ['example.org/*', 'a path'],
    [`${'a'.repeat(250)}.org`, 'too long'],
  ])('refuses %j (%s)', (raw) => {
    expect(normaliseHost(raw)).toBeNull();
  });
});

describe('parseSites', () => {
  it('keeps every valid site out of a list with corrupt entries', () => {
    const raw = [
      { host: 'example.org', subdomains: true },
      null,
      42,
      { host: 7 },
      { nohost: 'x' },
      ['nested.example.org'],
      { host: 'https://bad.example.org/' },
      'legacy.example.net',
      { host: 'NEWS.example.com', subdomains: 'yes' },
    ];
    expect(parseSites(raw)).toEqual<Site[]>([
      { host: 'example.org', subdomains: true },
      { host: 'legacy.example.net', subdomains: false },
      { host: 'news.example.com', subdomains: false },
    ]);
  });

  it('merges duplicates by hostname (the later entry wins)', () => {
    expect(
      parseSites([{ host: 'example.org' }, { host: 'Example.org', subdomains: true }]),
    ).toEqual([{ host: 'example.org', subdomains: true }]);
  });

  it.each([undefined, null, 'example.org', 3, { host: 'example.org' }, true])(
    'reads a non-list (%j) as no sites',
    (raw) => {
      expect(parseSites(raw)).toEqual([]);
    },
  );
});

describe('parsePrefs', () => {
  it('falls back field by field, keeping the valid ones', () => {
    expect(
      parsePrefs({ occurrences: 'all', highlightStyle: 'neon', tooltipDelay: 'slow', theme: 'dark' }),
    ).toEqual<Prefs>({ ...DEFAULT_PREFS, occurrences: 'all', theme: 'dark' });
  });

  it('fills a truncated object from the defaults', () => {
    expect(parsePrefs({ tooltipTrigger: 'focus-click' })).toEqual<Prefs>({
      ...DEFAULT_PREFS,
      tooltipTrigger: 'focus-click',
    });
  });

  it.each([undefined, null, 'prefs', 12, []])('reads a non-object (%j) as the defaults', (raw) => {
    expect(parsePrefs(raw)).toEqual(DEFAULT_PREFS);
  });

  it('bounds and rounds the tooltip delay', () => {
    expect(parsePrefs({ tooltipDelay: 120.6 }).tooltipDelay).toBe(121);
    expect(parsePrefs({ tooltipDelay: 0 }).tooltipDelay).toBe(0);
    for (const bad of [-1, 5001, Number.NaN, Number.POSITIVE_INFINITY, '300', null]) {
      expect(parsePrefs({ tooltipDelay: bad }).tooltipDelay).toBe(DEFAULT_PREFS.tooltipDelay);
    }
  });

  it('ignores unknown keys and inherited junk', () => {
    const parsed = parsePrefs({ theme: 'light', extra: 1, __proto__: { occurrences: 'all' } });
    expect(parsed).toEqual<Prefs>({ ...DEFAULT_PREFS, theme: 'light' });
    expect(Object.keys(parsed).sort()).toEqual(Object.keys(DEFAULT_PREFS).sort());
  });
});

describe('stored settings', () => {
  it('reads defaults from empty storage', async () => {
    expect(await getSites()).toEqual([]);
    expect(await getPrefs()).toEqual(DEFAULT_PREFS);
  });

  it('never loses valid sites stored beside corrupt ones', async () => {
    await storeRaw('sites', [{ host: 'example.org' }, { host: '' }, 'not a host!', { host: 'b.example' }]);
    expect(await getSites()).toEqual([
      { host: 'example.org', subdomains: false },
      { host: 'b.example', subdomains: false },
    ]);
  });

  it('survives a foreign value in place of the list and the prefs', async () => {
    await storeRaw('sites', { enabledFor: ['example.org'] });
    await storeRaw('prefs', 'dark mode please');
    expect(await getSites()).toEqual([]);
    expect(await getPrefs()).toEqual(DEFAULT_PREFS);
  });

  it('keeps the valid sites when the prefs are corrupt, and the reverse', async () => {
    await storeRaw('sites', [{ host: 'example.org', subdomains: true }]);
    await storeRaw('prefs', { occurrences: 'every', theme: 'light' });
    expect(await getSites()).toEqual([{ host: 'example.org', subdomains: true }]);
    expect(await getPrefs()).toEqual({ ...DEFAULT_PREFS, theme: 'light' });
  });

  it('falls back when storage itself fails', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('IO error'));
    expect(await getSites()).toEqual([]);
    expect(await getPrefs()).toEqual(DEFAULT_PREFS);
  });

  it('writes only sanitised sites', async () => {
    await setSites([
      { host: 'Example.org', subdomains: false },
      { host: 'bad host', subdomains: true },
    ]);
    expect((await fakeBrowser.storage.local.get('sites')).sites).toEqual([
      { host: 'example.org', subdomains: false },
    ]);
  });

  it('applies a partial prefs update over the current prefs; invalid fields change nothing', async () => {
    await setPrefs({ theme: 'dark', occurrences: 'all' });
    const next = await setPrefs({ tooltipDelay: 800, theme: 'neon' as Prefs['theme'] });
    expect(next).toEqual<Prefs>({ ...DEFAULT_PREFS, theme: 'dark', occurrences: 'all', tooltipDelay: 800 });
    expect(await getPrefs()).toEqual(next);
  });

  it('tells watchers about changes until they unsubscribe', async () => {
    const seen = vi.fn();
    const stop = watchSettings(seen);
    await setSites([{ host: 'example.org', subdomains: false }]);
    await setPrefs({ theme: 'light' });
    await vi.waitFor(() => expect(seen).toHaveBeenCalledTimes(2));
    stop();
    await setPrefs({ theme: 'dark' });
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toHaveBeenCalledTimes(2);
  });
});
