import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing';
import { App } from '../../entrypoints/options/App';
import {
  SETTINGS_FORMAT,
  parseSettingsFile,
  serialiseSettings,
} from '../../entrypoints/options/settings-file';
import { DEFAULT_PREFS, PREFS_KEY, getPrefs, getSites, readStored, setPrefs, setSites, type Prefs } from '../../utils/settings';
import { mount, settle, text } from './popup.helpers';

const PREFS: Prefs = {
  occurrences: 'all',
  highlightStyle: 'background',
  tooltipDelay: 450,
  tooltipTrigger: 'focus-click',
  theme: 'dark',
};
const SITES = [
  { host: 'news.example.org', subdomains: false },
  { host: 'example.net', subdomains: true },
];

function file(obj: Record<string, unknown>): string {
  return JSON.stringify({ format: SETTINGS_FORMAT, version: 1, sites: SITES, prefs: PREFS, ...obj });
}

describe('parseSettingsFile', () => {
  it('reads back what export writes', () => {
    const out = parseSettingsFile(serialiseSettings(SITES, PREFS, new Date('2025-01-02T03:04:05Z')));
    expect(out).toEqual({ ok: true, sites: SITES, prefs: PREFS });
  });

  it('fills prefs the file leaves out with defaults and tolerates a BOM', () => {
    const out = parseSettingsFile(`\uFEFF${file({ prefs: { theme: 'light' } })}`);
    expect(out).toEqual({ ok: true, sites: SITES, prefs: { ...DEFAULT_PREFS, theme: 'light' } });
  });

  const bad: Array<[string, string, RegExp]> = [
    ['not JSON', 'this is not json', /not valid JSON/],
    ['truncated', serialiseSettings(SITES, PREFS).slice(0, 60), /not valid JSON/],
    ['empty', '', /not valid JSON/],
    ['a JSON array', '[1,2]', /not an Encryption Lens settings file/],
    ['a foreign JSON object', '{"name":"something else"}', /not an Encryption Lens settings file/],
    ['a newer version', file({ version: 99 }), /newer version/],
    ['a broken version', file({ version: 'one' }), /version/],
    ['sites not a list', file({ sites: { host: 'a.example' } }), /“sites” must be a list/],
    ['a bad hostname', file({ sites: [{ host: 'exa mple.org' }] }), /Site 1 \("exa mple.org"\) is not a valid hostname/],
    ['a URL instead of a host', file({ sites: [{ host: 'a.example' }, { host: 'https://b.example/' }] }), /Site 2/],
    ['a non-boolean subdomains', file({ sites: [{ host: 'a.example', subdomains: 'yes' }] }), /subdomains/],
    ['prefs not an object', file({ prefs: 'dark' }), /“prefs” must be an object/],
    ['an unknown style', file({ prefs: { ...PREFS, highlightStyle: 'neon' } }), /“highlightStyle” has a value/],
    ['a delay out of range', file({ prefs: { ...PREFS, tooltipDelay: -5 } }), /“tooltipDelay”/],
    ['a huge file', ' '.repeat(1_100_000), /too large/],
  ];
  it.each(bad)('refuses %s', (_name, input, message) => {
    const out = parseSettingsFile(input);
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.error).toMatch(message);
  });
});

describe('options page import', () => {
  let cleanup: (() => void) | null = null;
  beforeEach(() => {
    fakeBrowser.reset();
    fakeBrowser.permissions.contains = vi.fn(async () => true) as never;
    fakeBrowser.permissions.remove = vi.fn(async () => true) as never;
  });
  afterEach(() => {
    cleanup?.();
    cleanup = null;
  });

  async function importText(content: string) {
    const m = mount(<App />);
    cleanup = m.unmount;
    await settle();
    const input = m.root.querySelector<HTMLInputElement>('input[type="file"]')!;
    const f = new File([content], 'settings.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [f], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle(10);
    return m.root;
  }

  it('a corrupt file is refused with a message and nothing changes', async () => {
    await setSites([{ host: 'kept.example', subdomains: true }]);
    await setPrefs({ highlightStyle: 'subtle' });
    const before = { sites: await getSites(), prefs: await readStored(PREFS_KEY) };
    const root = await importText('{"format":"encryption-lens-settings","version":1,"sites":[{"host":');
    expect(text(root.querySelector('[role="alert"]'))).toMatch(/^Import refused: .*not valid JSON.*not changed\.$/);
    expect(await getSites()).toEqual(before.sites);
    expect(await readStored(PREFS_KEY)).toEqual(before.prefs);
    // The page still shows the kept site.
    expect(text(root.querySelector('.sites'))).toContain('kept.example');
  });

  it('a valid file replaces the settings and releases dropped sites', async () => {
    await setSites([{ host: 'old.example', subdomains: false }]);
    const root = await importText(file({}));
    expect(await getSites()).toEqual(SITES);
    expect(await getPrefs()).toEqual(PREFS);
    expect(text(root.querySelector('[role="status"]'))).toMatch(/Settings imported: 2 sites/);
    expect(fakeBrowser.permissions.remove).toHaveBeenCalledWith({
      origins: ['http://old.example/*', 'https://old.example/*'],
    });
  });

  it('a failed write puts the previous settings back', async () => {
    await setSites([{ host: 'kept.example', subdomains: false }]);
    // The first write of the preferences fails (a full quota); the rollback's writes succeed.
    const original = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    let calls = 0;
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      if (PREFS_KEY in items && ++calls === 1) throw new Error('quota');
      return original(items);
    });
    const root = await importText(file({}));
    expect(text(root.querySelector('[role="alert"]'))).toMatch(/previous settings were kept/);
    expect(await getSites()).toEqual([{ host: 'kept.example', subdomains: false }]);
  });
});
