import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing';
import { App } from '../../entrypoints/options/App';
import { DEFAULT_PREFS, getPrefs, getSites, setPrefs, setSites } from '../../utils/settings';
import { accessibleName, click, mount, settle, text } from './popup.helpers';

let cleanup: (() => void) | null = null;
let requests: string[][];
beforeEach(() => {
  fakeBrowser.reset();
  requests = [];
  fakeBrowser.permissions.contains = vi.fn(async ({ origins }: { origins?: string[] }) =>
    !(origins ?? []).some((o) => o.includes('needs.example')),
  ) as never;
  fakeBrowser.permissions.remove = vi.fn(async () => true) as never;
  fakeBrowser.permissions.request = vi.fn(({ origins }: { origins?: string[] }) => {
    requests.push(origins ?? []);
    return Promise.resolve(true);
  }) as never;
});
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

async function open() {
  const m = mount(<App />);
  cleanup = m.unmount;
  await settle();
  return m.root;
}

const button = (root: HTMLElement, name: string) =>
  [...root.querySelectorAll('button')].find((b) => accessibleName(b) === name);
const radio = (root: HTMLElement, name: string, value: string) =>
  root.querySelector<HTMLInputElement>(`input[type="radio"][name="${name}"][value="${value}"]`)!;

describe('options page', () => {
  it('shows the stored preferences', async () => {
    await setPrefs({ occurrences: 'all', highlightStyle: 'background', tooltipDelay: 650, theme: 'dark' });
    const root = await open();
    expect(radio(root, 'occurrences', 'all').checked).toBe(true);
    expect(radio(root, 'highlightStyle', 'background').checked).toBe(true);
    expect(radio(root, 'theme', 'dark').checked).toBe(true);
    expect(root.querySelector<HTMLInputElement>('#tooltip-delay')!.value).toBe('650');
    expect(document.documentElement.dataset.theme).toBe('dark');
  });

  it('stores a choice as soon as it is made', async () => {
    const root = await open();
    act(() => {
      radio(root, 'highlightStyle', 'subtle').click();
    });
    await settle();
    expect((await getPrefs()).highlightStyle).toBe('subtle');
    expect(text(root.querySelector('[role="status"]'))).toBe('Saved.');
    // The preview uses the highlighter's own element.
    expect(root.querySelectorAll('.preview elens-mark[data-elens-term]')).toHaveLength(2);
  });

  it('the hover delay is stored when the slider is released, and off when hover is off', async () => {
    const root = await open();
    const slider = root.querySelector<HTMLInputElement>('#tooltip-delay')!;
    act(() => {
      slider.value = '800';
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      slider.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect((await getPrefs()).tooltipDelay).toBe(800);
    act(() => {
      radio(root, 'tooltipTrigger', 'focus-click').click();
    });
    await settle();
    expect((await getPrefs()).tooltipTrigger).toBe('focus-click');
    expect(slider.disabled).toBe(true);
  });

  it('lists the sites; Remove switches one off', async () => {
    await setSites([
      { host: 'a.example', subdomains: false },
      { host: 'b.example', subdomains: true },
    ]);
    const root = await open();
    expect([...root.querySelectorAll('.site-host')].map((e) => text(e))).toEqual(['a.example', 'b.example']);
    click(button(root, 'Remove a.example'));
    await settle();
    expect(await getSites()).toEqual([{ host: 'b.example', subdomains: true }]);
    expect([...root.querySelectorAll('.site-host')].map((e) => text(e))).toEqual(['b.example']);
  });

  it('ticking subdomains asks for the wildcard from the click', async () => {
    await setSites([{ host: 'a.example', subdomains: false }]);
    const root = await open();
    const box = root.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    expect(accessibleName(box)).toBe('Include subdomains of a.example');
    click(box);
    expect(requests).toEqual([['http://a.example/*', 'https://a.example/*', 'http://*.a.example/*', 'https://*.a.example/*']]);
    await settle();
    expect(await getSites()).toEqual([{ host: 'a.example', subdomains: true }]);
  });

  it('a site without its permission (e.g. after an import) offers to allow it', async () => {
    await setSites([{ host: 'needs.example', subdomains: false }]);
    const root = await open();
    await settle();
    expect(text(root.querySelector('.site-warn'))).toContain('Needs your permission');
    click(button(root, 'Allow needs.example'));
    expect(requests).toEqual([['http://needs.example/*', 'https://needs.example/*']]);
  });

  it('no sites: explains how to add one', async () => {
    const root = await open();
    expect(text(root.querySelector('.empty-note'))).toMatch(/^No sites yet/);
    expect((await getPrefs())).toEqual(DEFAULT_PREFS);
  });
});
