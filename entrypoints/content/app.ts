import { browser } from 'wxt/browser';
import { buildMatcher } from '../../glossary/compile';
import { createMatcher, type Matcher } from '../../glossary/matcher';
import { parseGlossaryReply, type ExtensionMessage } from '../../utils/messages';
import type { Prefs } from '../../utils/settings-schema';
import { readSettings, watchStoredSettings } from '../../utils/settings-reader';
import { siteFor } from '../../utils/sites';
import { createLens, type Lens, type Status } from './lens';
import { createTooltips, type Tooltips } from './tooltip';

/**
 * The content script's life on one page: on while the reader has the site switched on, off
 * (DOM restored exactly) as soon as they switch it off, and gone without a trace when the
 * extension is reloaded or updated.
 */

/**
 * `<html data-elens-status>` reports the highlighter's state ("highlighted", "off-topic",
 * "no-article"; absent when off). It exists for end-to-end tests and the demo, which run in the
 * page's world and cannot see into the content script's; it carries nothing about the reader.
 */
function setStatus(status: Status | null): void {
  const root = document.documentElement;
  if (status) root.dataset.elensStatus = status;
  else delete root.dataset.elensStatus;
}

function send(message: ExtensionMessage): void {
  try {
    // No answer is needed; a background that is restarting or gone must not raise on the page.
    browser.runtime.sendMessage(message).catch(() => undefined);
  } catch {
    // The extension was reloaded: this script is an orphan and is being cleaned up.
  }
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

let matcherOnce: Promise<Matcher> | null = null;

/**
 * The matcher over the glossary the background hands over (the content script does not bundle
 * the glossary: see `elens:glossary`). Asked once per page; a failed ask is tried again later.
 */
function loadMatcher(): Promise<Matcher> {
  matcherOnce ??= browser.runtime.sendMessage({ type: 'elens:glossary' } satisfies ExtensionMessage).then((reply: unknown) => {
    const glossary = parseGlossaryReply(reply);
    if (!glossary || glossary.terms.length === 0) throw new Error('no glossary from the background');
    try {
      if (glossary.patterns) return createMatcher(glossary.terms, glossary.patterns);
    } catch {
      // A pattern the engine refused: build it here from the entries instead.
    }
    return buildMatcher(glossary.terms);
  });
  matcherOnce.catch(() => {
    matcherOnce = null;
  });
  return matcherOnce;
}

/** Highlights of a dead copy of this script (an update replaced it) that were not removed. */
function hasStrayHighlights(): boolean {
  return document.querySelector('elens-mark') !== null;
}

async function waitForStrayHighlights(timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (hasStrayHighlights() && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 25));
  }
  // Whatever is left cannot be restored exactly any more (its records died with its script):
  // unwrap it so the page at least reads as before.
  for (const el of document.querySelectorAll('elens-mark')) el.replaceWith(...el.childNodes);
}

export interface ContentApp {
  start(): Promise<void>;
  /** Re-reads the settings and applies them (site switched off, preferences changed). */
  sync(): Promise<void>;
  /** The URL changed without a page load (single-page app): look for the new article. */
  navigated(): void;
  stop(): void;
}

export function createContentApp(): ContentApp {
  let lens: Lens | null = null;
  /** A lens whose highlights are still being removed after the site was switched off. */
  let leaving: Lens | null = null;
  let tooltips: Tooltips | null = null;
  let unwatch: (() => void) | null = null;
  let stopped = false;
  let queue: Promise<void> = Promise.resolve();

  /** Everything off, now (extension reload or update: the script is about to die). */
  function teardown(): void {
    tooltips?.destroy();
    tooltips = null;
    lens?.stop();
    lens = null;
    leaving?.stop();
    leaving = null;
    setStatus(null);
  }

  /**
   * The reader switched the site off: highlights go at once from the screen and over the next
   * frames from the rest of the page. Settings changes queue behind it, so switching the site
   * back on meanwhile starts afresh on a restored page.
   */
  async function switchOff(): Promise<void> {
    tooltips?.destroy();
    tooltips = null;
    const current = lens;
    lens = null;
    if (!current) {
      setStatus(null);
      return;
    }
    leaving = current;
    try {
      await current.switchOff();
    } finally {
      if (leaving === current) leaving = null;
    }
  }

  async function apply(): Promise<void> {
    const { sites, prefs } = await readSettings();
    if (stopped) return;
    if (!siteFor(location.hostname, sites)) {
      await switchOff();
      return;
    }
    if (lens) {
      tooltips?.update(prefs);
      await lens.update(prefs);
      return;
    }
    await begin(prefs);
  }

  async function begin(prefs: Prefs): Promise<void> {
    if (hasStrayHighlights()) await waitForStrayHighlights(500);
    if (stopped) return;
    const matcher = await loadMatcher();
    // The engine compiles the patterns on first use; do it now, a step per task, rather than
    // inside the first reading slice.
    do {
      await nextTask();
    } while (!stopped && !matcher.warm());
    if (stopped || lens) return;
    lens = createLens({ matcher, prefs, onStatus: setStatus });
    try {
      tooltips = createTooltips({
        lookup: (id) => matcher.entryFor(id),
        prefs,
        onMore: (id) => send({ type: 'elens:open-glossary', id }),
        onTurnOffSite: () => send({ type: 'elens:disable-site' }),
      });
    } catch (err) {
      // A page can refuse our tooltip host (it defined <elens-tooltip> itself and attached a
      // shadow root to it): highlights do not need the tooltip, so they go on without it.
      console.warn('[Encryption Lens] no definitions on this page', err);
      tooltips = null;
    }
    // Not awaited: a settings change (the site switched off) must not wait for a long first
    // pass; stopping the lens cancels it.
    lens.start().catch((err: unknown) => console.warn('[Encryption Lens] highlighting failed', err));
  }

  function sync(): Promise<void> {
    const run = queue.then(apply, apply);
    queue = run.catch((err: unknown) => {
      if (!stopped) console.warn('[Encryption Lens] could not apply settings', err);
    });
    return queue;
  }

  return {
    async start() {
      unwatch = watchStoredSettings(() => void sync());
      await sync();
    },
    sync,
    navigated() {
      void lens?.navigated();
    },
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        unwatch?.();
      } catch {
        // Storage listeners of an invalidated extension context cannot be removed; they are dead.
      }
      unwatch = null;
      teardown();
    },
  };
}

