import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { TERMS } from '../../glossary/terms';
import { toWireEntry } from '../../utils/messages';
import { DEFAULT_PREFS, PREFS_KEY, SITES_KEY } from '../../utils/settings-schema';
import { createContentApp, type ContentApp } from '../../entrypoints/content/app';

/**
 * The content script's life around a switch-off with many highlights: the removal is paced over
 * frames, so the reader can switch the site back on before it is done. The new pass must start
 * on the restored page (no highlight inside a highlight, none lost), and a reload-style stop
 * must still leave the page exactly as it was.
 */

const ON_TOPIC = 'Ministers want access to encrypted chats; critics say it would weaken encryption, and cryptographers warn of surveillance.';
const PARA = 'GCHQ collects metadata, and metadata about metadata, says GCHQ.';
const SITE = { host: location.hostname, subdomains: false };

const marks = () => [...document.querySelectorAll<HTMLElement>('elens-mark')];
const status = () => document.documentElement.dataset.elensStatus;

let app: ContentApp | null = null;

beforeEach(async () => {
  fakeBrowser.reset();
  fakeBrowser.runtime.onMessage.addListener(((message: { type?: string }) =>
    message.type === 'elens:glossary' ? Promise.resolve({ ok: true, terms: TERMS.map(toWireEntry) }) : undefined) as never);
  await fakeBrowser.storage.local.set({ [SITES_KEY]: [SITE], [PREFS_KEY]: { ...DEFAULT_PREFS, occurrences: 'all' } });
});

afterEach(() => {
  app?.stop();
  app = null;
  document.body.innerHTML = '';
});

async function switchedOn(paragraphs: number) {
  document.body.innerHTML = `<article><p>${ON_TOPIC}</p>${`<p>${PARA}</p>`.repeat(paragraphs)}</article>`;
  const pristine = document.body.cloneNode(true);
  app = createContentApp();
  await app.start();
  await vi.waitFor(() => expect(status()).toBe('highlighted'), { timeout: 5000 });
  const count = marks().length;
  expect(count).toBeGreaterThan(paragraphs * 4);
  return { app, pristine, count };
}

describe('content app: switch-off', () => {
  it('switched off: highlights go over a few frames, then the status, the DOM exact', async () => {
    const { pristine } = await switchedOn(600);
    await fakeBrowser.storage.local.set({ [SITES_KEY]: [] });
    await vi.waitFor(() => expect(status()).toBeUndefined(), { timeout: 5000 });
    expect(marks()).toHaveLength(0);
    expect(document.body.isEqualNode(pristine)).toBe(true);
  });

  it('switched back on during the removal: starts afresh on the restored page', async () => {
    const { app: a, pristine, count } = await switchedOn(600);
    await fakeBrowser.storage.local.set({ [SITES_KEY]: [] });
    // Part of the way: some highlights gone, some still there.
    await vi.waitFor(() => expect(marks().length).toBeLessThan(count), { timeout: 5000 });
    expect(marks().length).toBeGreaterThan(0);
    await fakeBrowser.storage.local.set({ [SITES_KEY]: [SITE] });

    await vi.waitFor(() => expect(marks()).toHaveLength(count), { timeout: 10_000 });
    expect(status()).toBe('highlighted');
    expect(document.querySelector('elens-mark elens-mark')).toBeNull();
    a.stop();
    expect(marks()).toHaveLength(0);
    expect(status()).toBeUndefined();
    expect(document.body.isEqualNode(pristine)).toBe(true);
  });

  it('stopped (extension reload) during the removal: the page is clean at once', async () => {
    const { app: a, pristine, count } = await switchedOn(600);
    await fakeBrowser.storage.local.set({ [SITES_KEY]: [] });
    await vi.waitFor(() => expect(marks().length).toBeLessThan(count), { timeout: 5000 });
    expect(marks().length).toBeGreaterThan(0);
    a.stop();
    expect(marks()).toHaveLength(0);
    expect(status()).toBeUndefined();
    expect(document.body.isEqualNode(pristine)).toBe(true);
  });
});
