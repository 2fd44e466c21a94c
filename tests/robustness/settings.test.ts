import fc from 'fast-check';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  DEFAULT_PREFS,
  getPrefs,
  getSites,
  normaliseHost,
  setPrefs,
  setSites,
  type Prefs,
  type Site,
} from '../../utils/settings';
import { readSettings } from '../../utils/settings-reader';
import { disableSite, enableSite } from '../../utils/site-control';
import { runs, SEED, tally } from './tally';

/**
 * Stored settings against whatever storage may hold (an older version's format, another tool's
 * data, a half-written value, prototype-pollution keys, huge lists) and against storage that
 * fails: the reader's valid sites are never lost, reads never throw, and writes that fail change
 * nothing and say so.
 */

let inputs = 0;

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  fakeBrowser.permissions.remove = vi.fn(async () => true);
});

afterAll(() => tally({ suite: 'settings (corrupt values, failed writes, migrations)', inputs, note: `seed ${SEED}` }));

/** Stores a raw value under an item's key, as another version or tool could have. */
async function storeRaw(key: 'sites' | 'prefs', value: unknown, meta?: unknown): Promise<void> {
  await fakeBrowser.storage.local.set({ [key]: value, ...(meta === undefined ? {} : { [`${key}$`]: meta }) });
}

async function storedSites(): Promise<unknown> {
  return (await fakeBrowser.storage.local.get('sites')).sites;
}

const siteArb: fc.Arbitrary<Site> = fc
  .tuple(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,10}$/), fc.constantFrom('org', 'example', 'co.uk', 'news'), fc.boolean())
  .map(([label, tld, subdomains]) => ({ host: `${label}.${tld}`, subdomains }));

/** What a corrupt list can hold besides valid sites. */
const junkEntryArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything(),
  fc.jsonValue(),
  fc.record({ host: fc.anything(), subdomains: fc.anything() }, { requiredKeys: [] }),
  fc.string().map((s) => ({ host: s })),
  fc.constantFrom('https://example.org/', '*.example.org', 'exa mple.org', '', '..', 'a'.repeat(300)),
  fc.constant(JSON.parse('{"__proto__": {"host": "evil.example"}, "constructor": {"prototype": {"host": "x"}}}')),
);

/** Sites a raw stored list should read as: every valid entry, later duplicates winning. */
function expectedSites(raw: unknown[]): Map<string, boolean> {
  const out = new Map<string, boolean>();
  for (const item of raw) {
    const host = typeof item === 'string' ? item : typeof item === 'object' && item !== null && Object.hasOwn(item, 'host') ? (item as { host: unknown }).host : undefined;
    if (typeof host !== 'string') continue;
    const h = normaliseHost(host);
    if (!h) continue;
    out.delete(h);
    out.set(h, typeof item === 'object' && item !== null && (item as { subdomains?: unknown }).subdomains === true);
  }
  return out;
}

function expectWellFormed(sites: Site[]): void {
  const hosts = new Set<string>();
  for (const s of sites) {
    expect(Object.keys(s).sort()).toEqual(['host', 'subdomains']);
    expect(normaliseHost(s.host)).toBe(s.host);
    expect(typeof s.subdomains).toBe('boolean');
    expect(hosts.has(s.host)).toBe(false);
    hosts.add(s.host);
  }
}

function expectValidPrefs(p: Prefs): void {
  expect(Object.keys(p).sort()).toEqual(Object.keys(DEFAULT_PREFS).sort());
  expect(['first', 'all']).toContain(p.occurrences);
  expect(['underline', 'background', 'subtle']).toContain(p.highlightStyle);
  expect(['hover', 'focus-click']).toContain(p.tooltipTrigger);
  expect(['auto', 'light', 'dark']).toContain(p.theme);
  expect(Number.isInteger(p.tooltipDelay) && p.tooltipDelay >= 0 && p.tooltipDelay <= 5000).toBe(true);
}

describe('corrupt, truncated and foreign stored values', () => {
  it('any stored value reads as a well-formed site list, never a throw', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.anything(), fc.jsonValue(), fc.array(junkEntryArb, { maxLength: 20 })), async (raw) => {
        inputs++;
        fakeBrowser.reset();
        await storeRaw('sites', raw);
        const sites = await getSites();
        expectWellFormed(sites);
      }),
      { numRuns: runs(1500), seed: SEED },
    );
  });

  it("the content script's reader and the storage items agree on any stored value", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.anything(), fc.array(fc.oneof(siteArb, junkEntryArb), { maxLength: 12 })), fc.anything(), async (sites, prefs) => {
        inputs++;
        fakeBrowser.reset();
        await storeRaw('sites', sites);
        await storeRaw('prefs', prefs);
        const read = await readSettings();
        expect(read.sites).toEqual(await getSites());
        expect(read.prefs).toEqual(await getPrefs());
      }),
      { numRuns: runs(500), seed: SEED + 7 },
    );
  });

  it('every valid site survives any junk stored beside it', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(siteArb, { maxLength: 15 }), fc.array(junkEntryArb, { maxLength: 15 }), fc.nat(), async (valid, junk, shuffle) => {
        inputs++;
        fakeBrowser.reset();
        const raw: unknown[] = [...valid];
        for (const [i, j] of junk.entries()) raw.splice((shuffle + i * 7) % (raw.length + 1), 0, j);
        await storeRaw('sites', raw);
        const sites = await getSites();
        expectWellFormed(sites);
        expect(new Map(sites.map((s) => [s.host, s.subdomains]))).toEqual(expectedSites(raw));
      }),
      { numRuns: runs(1500), seed: SEED + 1 },
    );
  });

  it('a list truncated mid-way keeps the entries before the cut', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(siteArb, { minLength: 1, maxLength: 20 }), fc.nat(), async (valid, cutAt) => {
        inputs++;
        fakeBrowser.reset();
        // A half-written value: the JSON text cut short, then whatever a reader salvaged of it.
        const text = JSON.stringify(valid);
        const cut = text.slice(0, cutAt % text.length);
        let salvaged: unknown = cut;
        try {
          salvaged = JSON.parse(`${cut.replace(/,?\s*\{[^}]*$/, '')}]`);
        } catch {
          // Not salvageable: the string itself is stored.
        }
        await storeRaw('sites', salvaged);
        const sites = await getSites();
        expectWellFormed(sites);
        if (Array.isArray(salvaged)) expect(new Map(sites.map((s) => [s.host, s.subdomains]))).toEqual(expectedSites(salvaged));
      }),
      { numRuns: runs(500), seed: SEED + 2 },
    );
  });

  it('any stored prefs read as valid prefs; valid fields are kept, prototypes never polluted', async () => {
    const fieldArb = <T>(good: fc.Arbitrary<T>) => fc.oneof(good, fc.anything());
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.anything(),
          fc.record(
            {
              occurrences: fieldArb(fc.constantFrom('first', 'all')),
              highlightStyle: fieldArb(fc.constantFrom('underline', 'background', 'subtle')),
              tooltipDelay: fieldArb(fc.integer({ min: 0, max: 5000 })),
              tooltipTrigger: fieldArb(fc.constantFrom('hover', 'focus-click')),
              theme: fieldArb(fc.constantFrom('auto', 'light', 'dark')),
            },
            { requiredKeys: [] },
          ),
          fc.constant(JSON.parse('{"__proto__": {"theme": "dark", "polluted": true}, "constructor": {"prototype": {"polluted": true}}, "theme": "light"}')),
        ),
        async (raw) => {
          inputs++;
          fakeBrowser.reset();
          await storeRaw('prefs', raw);
          const prefs = await getPrefs();
          expectValidPrefs(prefs);
          // A field that was valid where it was stored is the reader's choice: it is kept.
          if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) {
            const r = raw as Record<string, unknown>;
            for (const key of Object.keys(DEFAULT_PREFS) as Array<keyof Prefs>) {
              if (!Object.hasOwn(r, key)) continue;
              const alone = (await (async () => {
                fakeBrowser.reset();
                await storeRaw('prefs', { [key]: r[key] });
                return getPrefs();
              })())[key];
              expect(prefs[key]).toBe(alone);
            }
          }
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        },
      ),
      { numRuns: runs(1000), seed: SEED + 3 },
    );
  });

  it('a huge stored list (100,000 entries, half junk) reads in bounded time', async () => {
    inputs++;
    const raw = Array.from({ length: 100_000 }, (_, i) => (i % 2 ? { host: `site${i}.example`, subdomains: i % 3 === 0 } : { host: i }));
    await storeRaw('sites', raw);
    const t0 = performance.now();
    const sites = await getSites();
    expect(performance.now() - t0).toBeLessThan(5_000);
    expect(sites).toHaveLength(50_000);
  });
});

describe('failing storage', () => {
  const quota = () => new Error('QUOTA_BYTES quota exceeded');

  it('a failed write changes nothing stored and is reported, never half-done', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(siteArb, { minLength: 1, maxLength: 8 }), siteArb, async (before, added) => {
        inputs++;
        fakeBrowser.reset();
        await setSites(before);
        const stored = await storedSites();
        const kept = await getSites();
        vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(quota());
        await expect(enableSite(added.host)).rejects.toThrow(/quota/);
        await expect(disableSite(before[0]!.host)).rejects.toThrow(/quota/);
        await expect(setPrefs({ theme: 'dark' })).rejects.toThrow(/quota/);
        vi.restoreAllMocks();
        expect(await storedSites()).toEqual(stored);
        expect(await getSites()).toEqual(kept);
        expect(await getPrefs()).toEqual(DEFAULT_PREFS);
      }),
      { numRuns: runs(200), seed: SEED + 4 },
    );
  });

  it('a failed read never leads a change to overwrite the list with only the new site', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(siteArb, { minLength: 1, maxLength: 8 }), siteArb, async (before, added) => {
        inputs++;
        fakeBrowser.reset();
        await setSites(before);
        const kept = await getSites();
        // One read fails (a storage hiccup), then storage works again.
        vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValueOnce(new Error('IO error'));
        await enableSite(added.host).catch(() => undefined);
        const after = await getSites();
        for (const s of kept) if (s.host !== added.host) expect(after).toContainEqual(s);
      }),
      { numRuns: runs(200), seed: SEED + 5 },
    );
  });

  it('quick successive switches (popup, options, shortcut) never drop a site', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom('on', 'off'), fc.constantFrom('a.example', 'b.example', 'c.org', 'd.news')), { minLength: 2, maxLength: 8 }),
        async (ops) => {
          inputs++;
          fakeBrowser.reset();
          // Started together, as clicks in quick succession are: each must see the last one's result.
          await Promise.all(ops.map(([op, host]) => (op === 'on' ? enableSite(host) : disableSite(host))));
          const model = new Set<string>();
          for (const [op, host] of ops) op === 'on' ? model.add(host) : model.delete(host);
          expect(new Set((await getSites()).map((s) => s.host))).toEqual(model);
        },
      ),
      { numRuns: runs(300), seed: SEED + 6 },
    );
  });

  it('reads fall back instead of throwing when storage itself is gone', async () => {
    inputs++;
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('Extension context invalidated.'));
    await expect(getSites()).resolves.toEqual([]);
    await expect(getPrefs()).resolves.toEqual(DEFAULT_PREFS);
  });
});

describe('stored versions', () => {
  // Builds before the fifth session stored through WXT's storage items, which keep version
  // metadata beside each value (`sites$`: { v: 1 }); earlier builds, people and other tools wrote
  // none, and a later build may write another version. Whatever the metadata says, the value is
  // read as it is and sanitised on the way in, and the metadata never changes what is read.
  it.each<[string, unknown, unknown, Site[]]>([
    ['unversioned list of objects', [{ host: 'Example.org', subdomains: true }], undefined, [{ host: 'example.org', subdomains: true }]],
    ['unversioned list of bare hostnames (early format)', ['example.org', 'news.example.com.'], undefined, [{ host: 'example.org', subdomains: false }, { host: 'news.example.com', subdomains: false }]],
    ['version 1', [{ host: 'example.org', subdomains: false }], { v: 1 }, [{ host: 'example.org', subdomains: false }]],
    ['metadata that is not an object', [{ host: 'example.org', subdomains: false }], 'v1', [{ host: 'example.org', subdomains: false }]],
    ['a newer version than this build (downgrade)', [{ host: 'example.org', subdomains: true, colour: 'red' }], { v: 7 }, [{ host: 'example.org', subdomains: true }]],
  ])('%s', async (_label, value, meta, expected) => {
    inputs++;
    await storeRaw('sites', value, meta);
    expect(await getSites()).toEqual(expected);
    // The next write stores the sanitised form.
    await enableSite('added.example');
    expect(await storedSites()).toEqual([...expected, { host: 'added.example', subdomains: false }]);
  });

  it('unversioned prefs from an early build are sanitised and kept', async () => {
    inputs++;
    await storeRaw('prefs', { occurrences: 'all', theme: 'dark', tooltipDelay: '300', legacyColour: '#ff0' });
    expect(await getPrefs()).toEqual({ ...DEFAULT_PREFS, occurrences: 'all', theme: 'dark' });
    const next = await setPrefs({ highlightStyle: 'background' });
    expect(next).toEqual({ ...DEFAULT_PREFS, occurrences: 'all', theme: 'dark', highlightStyle: 'background' });
    expect((await fakeBrowser.storage.local.get('prefs')).prefs).toEqual(next);
  });
});
