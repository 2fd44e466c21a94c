import { describe, expect, it } from 'vitest';
import type { Site } from '../../utils/settings';
import { hostOf, isIpHost, matchPatternsFor, siteFor } from '../../utils/sites';

const site = (host: string, subdomains = false): Site => ({ host, subdomains });

describe('siteFor', () => {
  const sites = [site('example.org'), site('news.example.net', true)];

  it('matches a hostname exactly, whatever its case or trailing dot', () => {
    expect(siteFor('example.org', sites)).toEqual(site('example.org'));
    expect(siteFor('EXAMPLE.org', sites)).toEqual(site('example.org'));
    expect(siteFor('example.org.', sites)).toEqual(site('example.org'));
  });

  it('treats subdomains as other sites unless the entry says so', () => {
    expect(siteFor('www.example.org', sites)).toBeUndefined();
    expect(siteFor('a.b.news.example.net', sites)).toEqual(site('news.example.net', true));
  });

  it('never matches on a mere suffix or a parent of the entry', () => {
    expect(siteFor('badexample.org', sites)).toBeUndefined();
    expect(siteFor('evilnews.example.net', sites)).toBeUndefined();
    expect(siteFor('example.net', sites)).toBeUndefined();
    expect(siteFor('example.org.evil.com', sites)).toBeUndefined();
  });

  it('prefers the exact entry, then the closest parent', () => {
    const nested = [site('example.org', true), site('eu.news.example.org', true), site('news.example.org')];
    expect(siteFor('news.example.org', nested)).toEqual(site('news.example.org'));
    expect(siteFor('x.eu.news.example.org', nested)).toEqual(site('eu.news.example.org', true));
    expect(siteFor('blog.example.org', nested)).toEqual(site('example.org', true));
  });

  it('gives IP addresses no subdomains', () => {
    expect(siteFor('1.127.0.0.1', [site('127.0.0.1', true)])).toBeUndefined();
  });

  it('finds nothing in an empty list', () => {
    expect(siteFor('example.org', [])).toBeUndefined();
  });
});

describe('hostOf', () => {
  it('returns the lower-case hostname of http and https URLs, without port', () => {
    expect(hostOf('https://News.Example.org:8443/a?b#c')).toBe('news.example.org');
    expect(hostOf('http://127.0.0.1:5173/')).toBe('127.0.0.1');
    expect(hostOf('http://[::1]:8080/')).toBe('[::1]');
  });

  it('refuses other schemes, junk and nothing', () => {
    expect(hostOf('chrome://extensions')).toBeNull();
    expect(hostOf('file:///tmp/a.html')).toBeNull();
    expect(hostOf('about:blank')).toBeNull();
    expect(hostOf('not a url')).toBeNull();
    expect(hostOf('')).toBeNull();
    expect(hostOf(undefined)).toBeNull();
  });
});

describe('matchPatternsFor', () => {
  it('covers http and https of the host only', () => {
    expect(matchPatternsFor(site('example.org'))).toEqual(['http://example.org/*', 'https://example.org/*']);
  });

  it('adds the wildcard subdomain pattern when asked', () => {
    expect(matchPatternsFor(site('example.org', true))).toEqual([
      'http://example.org/*',
      'https://example.org/*',
      'http://*.example.org/*',
      'https://*.example.org/*',
    ]);
  });

  it('never makes an invalid wildcard for IP hosts', () => {
    expect(matchPatternsFor(site('127.0.0.1', true))).toEqual(['http://127.0.0.1/*', 'https://127.0.0.1/*']);
    expect(matchPatternsFor(site('[::1]', true))).toEqual(['http://[::1]/*', 'https://[::1]/*']);
  });
});

describe('isIpHost', () => {
  it('tells addresses from names', () => {
    expect(isIpHost('10.0.0.1')).toBe(true);
    expect(isIpHost('[2001:db8::1]')).toBe(true);
    expect(isIpHost('localhost')).toBe(false);
    expect(isIpHost('1.example.org')).toBe(false);
  });
});
