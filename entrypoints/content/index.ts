import { defineContentScript } from 'wxt/utils/define-content-script';
import { createContentApp, type ContentApp } from './app';

/**
 * The highlighter's content script. It is not in the manifest: the background registers it for
 * the sites the reader switched on and injects it into tabs already open on them. No `matches`
 * here on purpose: WXT adds a runtime script's `matches` to `host_permissions`, and `<all_urls>`
 * there would ask every reader for every site at install.
 */

type Registry = typeof globalThis & { __elensContent?: ContentApp };

export default defineContentScript({
  registration: 'runtime',
  async main(ctx) {
    // Injected twice into the same world (registration plus executeScript on an open tab, or a
    // second executeScript): the newer copy takes over, so highlighting twice = highlighting once.
    const registry = globalThis as Registry;
    registry.__elensContent?.stop();
    const app = createContentApp();
    registry.__elensContent = app;

    // Extension reload or update: WXT invalidates this context (a newer copy announced itself,
    // or the runtime went away). Restore the page before the new copy starts.
    ctx.onInvalidated(() => {
      app.stop();
      if (registry.__elensContent === app) delete registry.__elensContent;
    });
    // History navigation in single-page apps (WXT polls the URL once a second, which also
    // notices an invalidated context on pages that never post a newer script's message).
    ctx.addEventListener(window, 'wxt:locationchange', () => app.navigated());

    await app.start();
  },
});
