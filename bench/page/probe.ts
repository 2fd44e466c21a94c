/**
 * Page-side probe, installed as an init script in the page's own world: measures what the
 * reader feels. From DOMContentLoaded on, a MessageChannel message is bounced with a short rest
 * between bounces; any stretch over 50 ms without a bounce is a block of the main thread (by the
 * page, the browser or an extension's content script: the Long Tasks API cannot see the last).
 *
 * The rest matters: a bare ping-pong keeps the event loop busy forever, which starves
 * requestIdleCallback (measured here: idle callbacks then fire only at their timeout), and
 * would change how the extension schedules its work. With a 4 ms rest, idle callbacks fire as
 * often as on a page without the probe. Gaps are therefore accurate to about ±5 ms.
 *
 * It also notes when the content script reports its status on `<html data-elens-status>`.
 */
import { SYNC_MARK, type ProbeState } from './protocol';

declare global {
  interface Window {
    __benchProbe?: ProbeState;
  }
}

const GAP_MS = 50;
const REST_MS = 4;

function install(): void {
  if (window !== window.top || window.__benchProbe) return;
  const state: ProbeState = { startedAt: null, ticks: 0, gaps: [], status: [] };
  window.__benchProbe = state;

  // Init scripts run before <html> exists: watch the document for it.
  new MutationObserver(() => {
    const value = document.documentElement?.getAttribute('data-elens-status') ?? null;
    const last = state.status[state.status.length - 1];
    if (last ? last.value !== value : value !== null) state.status.push({ t: performance.now(), value });
  }).observe(document, { attributes: true, attributeFilter: ['data-elens-status'], subtree: true });

  const start = () => {
    performance.mark(SYNC_MARK);
    const channel = new MessageChannel();
    let last = performance.now();
    state.startedAt = last;
    channel.port1.onmessage = () => {
      const now = performance.now();
      if (now - last > GAP_MS) state.gaps.push({ start: last, end: now });
      last = now;
      state.ticks++;
      setTimeout(() => channel.port2.postMessage(0), REST_MS);
    };
    channel.port2.postMessage(0);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
}

install();
