import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useTheme } from '../../components/useTheme';
import { DEFAULT_PREFS, getPrefs, watchSettings, type Prefs } from '../../utils/settings';
import { analyzeArticle } from './analyze';
import { loadPageState, targetTabId, type Analyze } from './load';
import type { PageState, PositionView, StatementView, TermFound } from './model';
import { PopupView } from './PopupView';
import { explainRestriction } from './restrictions';
import { revealInTab, statementTargets, type RevealTarget } from './reveal';
import { t } from '../../utils/i18n';

export interface AppProps {
  /** `location.search` of the popup (`?tab=<id>` targets a tab). */
  search: string;
  analyze?: Analyze;
}

function announce(state: PageState): string {
  switch (state.kind) {
    case 'loading':
      return t('reading');
    case 'restricted':
      return explainRestriction(state.restriction).title;
    case 'no-article':
      return t('noArticleStatus');
    case 'error':
      return t('errorStatus', state.message);
    case 'ready': {
      const p = state.article.positions.length;
      const n = state.article.terms.length;
      return t('readyStatus', p === 1 ? t('onePosition') : t('positionCount', String(p)), n === 1 ? t('oneTerm') : t('termCount', String(n)));
    }
  }
}

/**
 * Exposes the open-to-results time to tests and the benchmark (`<html data-elens-ready-ms>`),
 * in the test build only: store builds carry none of it.
 */
function recordReady(state: Exclude<PageState, { kind: 'loading' }>): void {
  const root = document.documentElement;
  // Results count as shown once their frame is drawn, not when the DOM is written: a frame
  // callback runs before that frame's style, layout and paint, and a message posted from it after.
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      const readyMs = Math.round(performance.now());
      root.dataset.elensReadyMs = String(readyMs);
      if (state.kind !== 'ready') return;
      const timing = state.timings;
      const boot = performance.getEntriesByName('elens:boot')[0]?.startTime;
      root.dataset.elensTimings = JSON.stringify({
        readyMs,
        bootMs: boot === undefined ? null : Math.round(boot),
        snapshotMs: Math.round(timing.snapshotMs),
        inPageMs: Math.round(timing.inPageMs),
        parseMs: Math.round(timing.parseMs),
        analyzeMs: Math.round(timing.analyzeMs),
      });
    };
    channel.port2.postMessage(null);
  });
}

export function App({ search, analyze = analyzeArticle }: AppProps) {
  const [state, setState] = useState<PageState>({ kind: 'loading' });
  const [status, setStatus] = useState(() => t('reading'));
  const [prefs, setPrefsState] = useState<Prefs>(DEFAULT_PREFS);
  const tabRef = useRef<number | null>(null);
  const firstResult = useRef(true);
  useTheme(prefs.theme);

  useEffect(() => {
    const load = () => void getPrefs().then(setPrefsState);
    load();
    return watchSettings(load);
  }, []);

  const run = useCallback(async () => {
    setState({ kind: 'loading' });
    setStatus(t('reading'));
    let next: PageState;
    try {
      const tabId = tabRef.current ?? (await targetTabId(search));
      tabRef.current = tabId;
      next =
        tabId === null
          ? { kind: 'error', message: t('noTab') }
          : await loadPageState(tabId, analyze);
    } catch (err) {
      console.warn('[Encryption Lens] popup failed', err);
      next = { kind: 'error', message: t('unreadable') };
    }
    setState(next);
    setStatus(announce(next));
  }, [search, analyze]);

  useEffect(() => {
    void run();
  }, [run]);

  useLayoutEffect(() => {
    if (!import.meta.env.ELENS_E2E) return;
    document.documentElement.dataset.elensState = state.kind;
    if (state.kind !== 'loading' && firstResult.current) {
      firstResult.current = false;
      recordReady(state);
    }
  }, [state]);

  const reveal = useCallback(async (target: RevealTarget, what: string) => {
    const tabId = tabRef.current;
    if (tabId === null) return;
    try {
      const res = await revealInTab(tabId, target);
      setStatus(t(res.found ? 'shown' : 'notFound', what));
    } catch {
      setStatus(t('unreachable'));
    }
  }, []);

  const onShowStatement = useCallback(
    (s: StatementView, p: PositionView) =>
      void reveal(
        { texts: statementTargets(s.text, s.anchors), ...(s.path ? { path: s.path } : {}) },
        t(s.kind === 'direct' ? 'quoteBy' : 'statementBy', p.speaker),
      ),
    [reveal],
  );
  const onShowTerm = useCallback(
    (term: TermFound) =>
      void reveal(
        { texts: [...term.matched, term.term], termId: term.id, wholeWord: true, earliest: true },
        t('firstUse', term.term),
      ),
    [reveal],
  );
  const onOpenOptions = useCallback(() => {
    void browser.runtime.openOptionsPage().catch(() => {
      void browser.tabs.create({ url: browser.runtime.getURL('/options.html') });
    });
  }, []);

  return (
    <PopupView
      state={state}
      status={status}
      onShowStatement={onShowStatement}
      onShowTerm={onShowTerm}
      onRetry={() => void run()}
      onOpenOptions={onOpenOptions}
    />
  );
}
