import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { loadPageState, restrictionFromError, targetTabId, type Analyze } from '../../entrypoints/popup/load';
import { toArticleView } from '../../entrypoints/popup/normalise';
import { restrictionFor } from '../../entrypoints/popup/restrictions';
import type { PageSnapshot } from '../../utils/page-access';
import { sampleArticle } from './popup.helpers';

type ExecResult = Array<{ result?: unknown }>;

function snapshot(partial: Partial<PageSnapshot> = {}): PageSnapshot {
  return {
    url: 'https://news.example.org/story',
    title: 'A story',
    lang: 'en',
    contentType: 'text/html',
    html: '<html><head><title>A story</title></head><body><article><p>Text.</p></article></body></html>',
    truncated: false,
    ms: 1,
    ...partial,
  };
}

function stubTab(url: string | undefined, exec: () => Promise<ExecResult>) {
  fakeBrowser.tabs.get = vi.fn(async (id: number) => ({ id, url, index: 0, active: true })) as never;
  fakeBrowser.scripting.executeScript = vi.fn(exec) as never;
}

const analyzeOk: Analyze = () => sampleArticle();

beforeEach(() => {
  fakeBrowser.reset();
});

describe('restrictionFor', () => {
  it.each([
    ['chrome://version', 'browser-page'],
    ['edge://settings', 'browser-page'],
    ['about:blank', 'browser-page'],
    ['about:addons', 'browser-page'],
    ['chrome-extension://abc/popup.html', 'extension-page'],
    ['moz-extension://abc/options.html', 'extension-page'],
    ['https://chromewebstore.google.com/detail/x', 'web-store'],
    ['https://chrome.google.com/webstore/category/extensions', 'web-store'],
    ['https://addons.mozilla.org/en-US/firefox/', 'web-store'],
    ['view-source:https://example.org/', 'view-source'],
    ['file:///home/a/report.pdf', 'pdf'],
  ])('%s → %s', (url, expected) => {
    expect(restrictionFor(url)).toBe(expected);
  });

  it.each(['https://news.example.org/a', 'http://127.0.0.1:8080/x.html', 'file:///home/a/page.html', undefined])(
    '%s may be readable',
    (url) => expect(restrictionFor(url)).toBeNull(),
  );

  it('maps refusals to a reason', () => {
    expect(restrictionFromError('The extensions gallery cannot be scripted.', undefined)).toBe('web-store');
    expect(restrictionFromError('Cannot access a chrome:// URL', undefined)).toBe('browser-page');
    expect(restrictionFromError('Cannot access contents of url "file:///a.html".', 'file:///a.html')).toBe('file');
    expect(restrictionFromError('Missing host permission for the tab', undefined)).toBe('refused');
  });
});

describe('targetTabId', () => {
  it('uses ?tab= when given', async () => {
    expect(await targetTabId('?tab=42')).toBe(42);
  });
  it('ignores a malformed ?tab= and falls back to the active tab', async () => {
    fakeBrowser.tabs.query = vi.fn(async () => [{ id: 7, index: 0, active: true }]) as never;
    expect(await targetTabId('?tab=abc')).toBe(7);
  });
});

describe('loadPageState', () => {
  it('a browser page is restricted without running anything', async () => {
    stubTab('chrome://version/', async () => {
      throw new Error('Cannot access a chrome:// URL');
    });
    const analyze = vi.fn(analyzeOk);
    expect(await loadPageState(1, analyze)).toEqual({ kind: 'restricted', restriction: 'browser-page', url: 'chrome://version/' });
    expect(analyze).not.toHaveBeenCalled();
  });

  it('a refusal with a hidden URL is "refused", not an error', async () => {
    stubTab(undefined, async () => {
      throw new Error('Cannot access contents of the page. Extension manifest must request permission.');
    });
    expect(await loadPageState(1, analyzeOk)).toMatchObject({ kind: 'restricted', restriction: 'refused' });
  });

  it('a closed tab is an error with a plain message', async () => {
    fakeBrowser.tabs.get = vi.fn(async () => {
      throw new Error('No tab with id: 9.');
    }) as never;
    fakeBrowser.scripting.executeScript = vi.fn(async () => {
      throw new Error('No tab with id: 9.');
    }) as never;
    expect(await loadPageState(9, analyzeOk)).toEqual({ kind: 'error', message: 'The tab was closed or could not be found.' });
  });

  it('a PDF seen from inside is restricted', async () => {
    stubTab(undefined, async () => [{ result: snapshot({ contentType: 'application/pdf', html: '' }) }]);
    expect(await loadPageState(1, analyzeOk)).toMatchObject({ kind: 'restricted', restriction: 'pdf' });
  });

  it('a page whose snapshot reveals a restricted URL is restricted', async () => {
    stubTab(undefined, async () => [{ result: snapshot({ url: 'https://chromewebstore.google.com/x' }) }]);
    expect(await loadPageState(1, analyzeOk)).toMatchObject({ kind: 'restricted', restriction: 'web-store' });
  });

  it('no markup, or no article found by the analysis → no-article with the host', async () => {
    stubTab('https://news.example.org/story', async () => [{ result: snapshot({ html: '' }) }]);
    expect(await loadPageState(1, analyzeOk)).toMatchObject({ kind: 'no-article', host: 'news.example.org' });
    stubTab('https://news.example.org/story', async () => [{ result: snapshot() }]);
    expect(await loadPageState(1, () => null)).toMatchObject({ kind: 'no-article', title: 'A story' });
  });

  it('an analysis crash becomes a friendly error that keeps the host', async () => {
    stubTab('https://news.example.org/story', async () => [{ result: snapshot() }]);
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const state = await loadPageState(1, () => {
      throw new TypeError('x is undefined');
    });
    expect(state).toEqual({
      kind: 'error',
      message: 'The article could not be analysed.',
      url: 'https://news.example.org/story',
      host: 'news.example.org',
    });
  });

  it('an empty executeScript result is a refusal', async () => {
    stubTab('https://news.example.org/story', async () => [{}]);
    expect(await loadPageState(1, analyzeOk)).toMatchObject({ kind: 'restricted', restriction: 'refused' });
  });

  it('ready: the analysis gets the parsed page and timings are recorded', async () => {
    stubTab('https://news.example.org/story', async () => [{ result: snapshot() }]);
    const seen: string[] = [];
    const state = await loadPageState(3, (doc) => {
      seen.push(doc.querySelector('article p')?.textContent ?? '');
      return sampleArticle();
    });
    expect(seen).toEqual(['Text.']);
    expect(state.kind).toBe('ready');
    if (state.kind !== 'ready') return;
    expect(state.host).toBe('news.example.org');
    expect(state.article.positions).toHaveLength(4);
    for (const v of Object.values(state.timings)) expect(v).toBeGreaterThanOrEqual(0);
    const call = vi.mocked(fakeBrowser.scripting.executeScript).mock.calls[0]![0] as { target: { tabId: number } };
    expect(call.target).toEqual({ tabId: 3 });
  });
});

describe('toArticleView', () => {
  it('keeps valid fields and drops broken entries', () => {
    const view = toArticleView({
      title: ' T ',
      language: 'en',
      terms: [{ id: 'tls', term: 'TLS', count: 2, matched: ['TLS'] }, { term: 'no id' }, null],
      positions: [
        {
          speaker: 'A',
          role: 'r',
          stance: 'pro-access',
          confidence: 2,
          reason: 'x',
          statements: [
            { text: 'said this', kind: 'direct', locator: { sentence: 'A said this.', text: 'said this', path: [1, 0, 2] } },
            { text: 'no locator', kind: 'indirect', locator: { path: [1, -1] } },
            { kind: 'direct' },
          ],
        },
        { speaker: '', stance: 'pro-access' },
        { speaker: 'B', stance: 'sideways', statements: 'nope' },
      ],
    });
    expect(view).toEqual({
      title: 'T',
      language: 'en',
      terms: [{ id: 'tls', term: 'TLS', count: 2, matched: ['TLS'] }],
      positions: [
        {
          speaker: 'A',
          role: 'r',
          stance: 'pro-access',
          confidence: 1,
          reason: 'x',
          statements: [
            { text: 'said this', kind: 'direct', anchors: ['A said this.'], path: [1, 0, 2] },
            { text: 'no locator', kind: 'indirect', anchors: [] },
          ],
        },
        { speaker: 'B', role: '', stance: 'neutral', confidence: 0.5, reason: '', statements: [] },
      ],
    });
    expect(toArticleView(null)).toBeNull();
  });
});
