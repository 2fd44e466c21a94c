import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { SiteSwitch } from '../../components/SiteSwitch';
import { getSites, setSites } from '../../utils/settings';
import { accessibleName, click, mount, settle, text } from './popup.helpers';

let cleanup: (() => void) | null = null;
let requests: string[][];
let removed: string[][];
let answer: (origins: string[]) => Promise<boolean>;

beforeEach(() => {
  fakeBrowser.reset();
  requests = [];
  removed = [];
  answer = async () => true;
  // The fake browser has no permissions API.
  fakeBrowser.permissions.request = vi.fn(({ origins }: { origins?: string[] }) => {
    requests.push(origins ?? []);
    return answer(origins ?? []);
  }) as never;
  fakeBrowser.permissions.remove = vi.fn(async ({ origins }: { origins?: string[] }) => {
    removed.push(origins ?? []);
    return true;
  }) as never;
  fakeBrowser.permissions.contains = vi.fn(async () => true) as never;
});
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

async function render(host = 'news.example.org', scheme?: 'http' | 'https') {
  const m = mount(<SiteSwitch host={host} {...(scheme ? { scheme } : {})} />);
  cleanup = m.unmount;
  await settle();
  const sw = m.root.querySelector<HTMLElement>('[role="switch"]')!;
  const subdomains = m.root.querySelector<HTMLInputElement>('input[type="checkbox"]');
  return { root: m.root, sw, subdomains };
}

describe('SiteSwitch', () => {
  it('is named after the host and starts off', async () => {
    const { sw } = await render();
    expect(accessibleName(sw)).toBe('Highlight terms on news.example.org');
    expect(sw.getAttribute('aria-checked')).toBe('false');
  });

  it('asks for the permission synchronously in the click, then enables the site', async () => {
    const { sw } = await render();
    click(sw);
    // No await between the click and the request: the user gesture is still there.
    expect(requests).toEqual([['http://news.example.org/*', 'https://news.example.org/*']]);
    await settle();
    expect(await getSites()).toEqual([{ host: 'news.example.org', subdomains: false }]);
    expect(sw.getAttribute('aria-checked')).toBe('true');
  });

  it('from a page, asks only for the scheme the page uses', async () => {
    const { sw } = await render('news.example.org', 'https');
    click(sw);
    expect(requests).toEqual([['https://news.example.org/*']]);
    await settle();
    expect(await getSites()).toEqual([{ host: 'news.example.org', subdomains: false }]);
  });

  it('with "Include subdomains" asks for the wildcard too', async () => {
    const { sw, subdomains } = await render();
    click(subdomains);
    await settle();
    click(sw);
    expect(requests[0]).toContain('https://*.news.example.org/*');
    await settle();
    expect(await getSites()).toEqual([{ host: 'news.example.org', subdomains: true }]);
  });

  it('denied: stays off, says why, stores nothing', async () => {
    answer = async () => false;
    const { root, sw } = await render();
    click(sw);
    await settle();
    expect(sw.getAttribute('aria-checked')).toBe('false');
    expect(await getSites()).toEqual([]);
    expect(text(root.querySelector('.switch-note'))).toBe(
      'Permission was not granted, so highlighting stays off on news.example.org.',
    );
  });

  it('a throwing request (no gesture) also leaves it off with a message', async () => {
    fakeBrowser.permissions.request = vi.fn(() => {
      throw new Error('permissions.request may only be called from a user input handler');
    }) as never;
    const { root, sw } = await render();
    click(sw);
    await settle();
    expect(sw.getAttribute('aria-checked')).toBe('false');
    expect(text(root.querySelector('.switch-note'))).toMatch(/Could not turn highlighting on/);
  });

  it('off: removes the site and releases its permission', async () => {
    await setSites([{ host: 'news.example.org', subdomains: false }, { host: 'b.example', subdomains: false }]);
    const { sw } = await render();
    expect(sw.getAttribute('aria-checked')).toBe('true');
    click(sw);
    await settle();
    expect(requests).toEqual([]);
    expect(await getSites()).toEqual([{ host: 'b.example', subdomains: false }]);
    expect(removed).toEqual([['http://news.example.org/*', 'https://news.example.org/*']]);
    expect(sw.getAttribute('aria-checked')).toBe('false');
  });

  it('a subdomain of a site with subdomains on shows as on, through the parent', async () => {
    await setSites([{ host: 'example.org', subdomains: true }]);
    const { root, sw, subdomains } = await render('news.example.org');
    expect(sw.getAttribute('aria-checked')).toBe('true');
    expect(subdomains).toBeNull();
    expect(text(root.querySelector('.switch-note'))).toBe('On through example.org and its subdomains.');
  });

  it('unticking subdomains on an enabled site narrows it and releases the wildcard', async () => {
    await setSites([{ host: 'example.org', subdomains: true }]);
    const { subdomains } = await render('example.org');
    expect(subdomains!.checked).toBe(true);
    click(subdomains);
    await settle();
    expect(await getSites()).toEqual([{ host: 'example.org', subdomains: false }]);
    expect(removed).toEqual([['http://*.example.org/*', 'https://*.example.org/*']]);
  });

  it('no subdomain option for an IP address', async () => {
    const { subdomains } = await render('127.0.0.1');
    expect(subdomains).toBeNull();
  });

  it('follows changes made elsewhere (options page, tooltip)', async () => {
    const { sw } = await render();
    await setSites([{ host: 'news.example.org', subdomains: false }]);
    await settle();
    expect(sw.getAttribute('aria-checked')).toBe('true');
  });
});
