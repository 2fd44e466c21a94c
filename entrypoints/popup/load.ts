import { browser } from 'wxt/browser';
import { snapshotPage, type PageSnapshot } from '../../utils/page-access';
import { hostOf } from '../../utils/sites';
import type { ArticleView, PageState, Timings } from './model';
import { restrictionFor, type Restriction } from './restrictions';
import { t } from '../../utils/i18n';

/** Runs the analysis on a parsed copy of the page; null when the page holds no article. */
export type Analyze = (doc: Document, snapshot: PageSnapshot) => ArticleView | null;

/** Pages beyond this are cut: the analysis reads articles, not archives. */
export const MAX_HTML_CHARS = 12_000_000;

/** `popup.html?tab=<id>` targets that tab (tests); otherwise the active tab of this window. */
export async function targetTabId(search: string): Promise<number | null> {
  const param = new URLSearchParams(search).get('tab');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** Maps executeScript's refusal messages (Chrome and Firefox word them differently). */
export function restrictionFromError(message: string, url: string | undefined): Restriction {
  if (url?.startsWith('file:')) return 'file';
  if (/gallery|web ?store|addons\.mozilla/i.test(message)) return 'web-store';
  if (/chrome(-extension)?:\/\/|about:|edge:\/\/|moz-extension/i.test(message)) return 'browser-page';
  if (/file:\/\//i.test(message)) return 'file';
  return restrictionFor(url) ?? 'refused';
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export async function loadPageState(tabId: number, analyze: Analyze): Promise<PageState> {
  const t0 = performance.now();
  // Both calls at once: the tab's URL is only a hint (it is hidden without host access), and
  // waiting for it would add a round trip to every popup.
  const [tabResult, scriptResult] = await Promise.allSettled([
    browser.tabs.get(tabId),
    browser.scripting.executeScript({
      target: { tabId },
      func: snapshotPage,
      args: [MAX_HTML_CHARS],
    }),
  ]);
  const tabUrl = tabResult.status === 'fulfilled' ? tabResult.value.url : undefined;
  const known = restrictionFor(tabUrl);
  if (known) return { kind: 'restricted', restriction: known, url: tabUrl };

  if (scriptResult.status === 'rejected') {
    const message = errorText(scriptResult.reason);
    if (/no tab with id|invalid tab/i.test(message) || tabResult.status === 'rejected') {
      return { kind: 'error', message: t('tabGone') };
    }
    return { kind: 'restricted', restriction: restrictionFromError(message, tabUrl), url: tabUrl };
  }
  const snapshot = scriptResult.value[0]?.result as PageSnapshot | undefined;
  if (!snapshot || typeof snapshot.html !== 'string') {
    return { kind: 'restricted', restriction: 'refused', url: tabUrl };
  }
  const snapshotMs = performance.now() - t0;

  const url = snapshot.url;
  const fromPage = restrictionFor(url);
  if (fromPage) return { kind: 'restricted', restriction: fromPage, url };
  if (snapshot.contentType === 'application/pdf') return { kind: 'restricted', restriction: 'pdf', url };
  const info = { url, host: hostOf(url) };
  if (!snapshot.html) return { kind: 'no-article', title: snapshot.title, ...info };

  try {
    const t1 = performance.now();
    const doc = new DOMParser().parseFromString(snapshot.html, 'text/html');
    const t2 = performance.now();
    const article = analyze(doc, snapshot);
    const t3 = performance.now();
    if (!article) return { kind: 'no-article', title: snapshot.title, ...info };
    const timings: Timings = {
      snapshotMs,
      inPageMs: snapshot.ms,
      parseMs: t2 - t1,
      analyzeMs: t3 - t2,
    };
    return { kind: 'ready', article, timings, ...info };
  } catch (err) {
    console.warn('[Encryption Lens] analysis failed', err);
    return {
      kind: 'error',
      message: t('analysisFailed'),
      ...info,
    };
  }
}
