import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { getSites, setSites } from '../../utils/settings';
import { disableSite, enableSite, enabledSiteForHost, releasablePatterns } from '../../utils/site-control';

const removed: string[][] = [];

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  removed.length = 0;
  // The fake browser has no permissions API; record what would be released.
  fakeBrowser.permissions.remove = vi.fn(async ({ origins }: { origins?: string[] }) => {
    removed.push(origins ?? []);
    return true;
  });
});

describe('enableSite', () => {
  it('adds a normalised site and keeps the others', async () => {
    await setSites([{ host: 'a.example', subdomains: false }]);
    expect(await enableSite(' News.Example.org ')).toEqual({ host: 'news.example.org', subdomains: false });
    expect(await getSites()).toEqual([
      { host: 'a.example', subdomains: false },
      { host: 'news.example.org', subdomains: false },
    ]);
  });

  it('updates the subdomain option of a site that is already on', async () => {
    await enableSite('example.org');
    await enableSite('example.org', { subdomains: true });
    expect(await getSites()).toEqual([{ host: 'example.org', subdomains: true }]);
  });

  it('refuses what is not a hostname', async () => {
    await expect(enableSite('https://example.org/')).rejects.toThrow(/hostname/);
    expect(await getSites()).toEqual([]);
  });
});

describe('disableSite', () => {
  it('removes the site and releases its permission', async () => {
    await setSites([
      { host: 'example.org', subdomains: true },
      { host: 'b.example', subdomains: false },
    ]);
    expect(await disableSite('EXAMPLE.org')).toBe(true);
    expect(await getSites()).toEqual([{ host: 'b.example', subdomains: false }]);
    expect(removed).toEqual([
      ['http://example.org/*', 'https://example.org/*', 'http://*.example.org/*', 'https://*.example.org/*'],
    ]);
  });

  it('keeps the permission a parent site with subdomains still relies on', async () => {
    await setSites([
      { host: 'example.org', subdomains: true },
      { host: 'news.example.org', subdomains: false },
    ]);
    expect(await disableSite('news.example.org')).toBe(true);
    expect(await getSites()).toEqual([{ host: 'example.org', subdomains: true }]);
    expect(removed).toEqual([]);
  });

  it('does nothing for a site that is not on', async () => {
    await setSites([{ host: 'example.org', subdomains: false }]);
    expect(await disableSite('other.example')).toBe(false);
    expect(await disableSite('not a host')).toBe(false);
    expect(await getSites()).toEqual([{ host: 'example.org', subdomains: false }]);
    expect(removed).toEqual([]);
  });

  it('still turns the site off when the browser refuses to release a required permission', async () => {
    fakeBrowser.permissions.remove = vi.fn(async () => {
      throw new Error('You cannot remove required permissions.');
    });
    await setSites([{ host: '127.0.0.1', subdomains: false }]);
    expect(await disableSite('127.0.0.1')).toBe(true);
    expect(await getSites()).toEqual([]);
  });
});

describe('releasablePatterns', () => {
  it('releases only the patterns no other site uses', () => {
    const site = { host: 'example.org', subdomains: true };
    expect(releasablePatterns(site, [{ host: 'other.example', subdomains: false }])).toHaveLength(4);
    // A same-host entry (e.g. a stale duplicate) still needs the plain patterns.
    expect(releasablePatterns(site, [{ host: 'example.org', subdomains: false }])).toEqual([]);
    expect(
      releasablePatterns({ host: 'www.example.org', subdomains: false }, [{ host: 'example.org', subdomains: true }]),
    ).toEqual([]);
  });
});

describe('enabledSiteForHost', () => {
  it('finds the entry that covers a page host', async () => {
    await setSites([{ host: 'example.org', subdomains: true }]);
    expect(await enabledSiteForHost('www.example.org')).toEqual({ host: 'example.org', subdomains: true });
    expect(await enabledSiteForHost('example.net')).toBeUndefined();
  });
});
