export const HOST_TAG = 'elens-tooltip';

export interface TooltipHost {
  host: HTMLElement;
  root: ShadowRoot;
  /** Where the card is rendered. */
  mount: HTMLElement;
  /** Puts the host where `anchor` can see it and on top of everything else. */
  raise(anchor: Element): void;
  lower(): void;
  remove(): void;
}

type PopoverHost = HTMLElement & { showPopover(): void; hidePopover(): void };

function hasPopover(el: HTMLElement): el is PopoverHost {
  return typeof (el as Partial<PopoverHost>).showPopover === 'function';
}

/**
 * Constructed stylesheets are not subject to the page's CSP `style-src`; a <style> element is
 * the fallback where adopting fails (older engines, Firefox's content-script compartments).
 */
function applyStyles(root: ShadowRoot, css: string): void {
  if ('adoptedStyleSheets' in root) {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      root.adoptedStyleSheets = [sheet];
      if (root.adoptedStyleSheets.length === 1) return;
    } catch {
      // fall through to a <style> element
    }
  }
  const style = document.createElement('style');
  style.textContent = css;
  root.append(style);
}

/**
 * The element the host must live in for the card to be seen and used near `anchor`. Being in
 * the top layer is not enough: Chromium treats an open modal <dialog> and a fullscreen element
 * as modal, making everything outside them inert (the card would paint but not take the
 * pointer). So the host moves inside them; without the popover API that also keeps it visible.
 */
function containerFor(anchor: Element): Element {
  const doc = anchor.ownerDocument;
  const dialog = anchor.closest('dialog');
  if (dialog?.hasAttribute('open')) return dialog;
  const full = doc.fullscreenElement;
  if (full && full.contains(anchor)) return full;
  return doc.documentElement;
}

/** One `<elens-tooltip>` per document, with an open shadow root holding our styles. */
export function createHost(css: string): TooltipHost {
  // A copy of this script that died without cleaning up (extension reloaded) leaves its host.
  for (const stray of document.querySelectorAll(HOST_TAG)) stray.remove();
  const host = document.createElement(HOST_TAG);
  const root = host.attachShadow({ mode: 'open' });
  applyStyles(root, css);
  const mount = document.createElement('div');
  root.append(mount);
  const popover = hasPopover(host);
  // A manual popover sits in the top layer: above a fullscreen element or a modal dialog
  // opened before it, and it never light-dismisses on its own.
  if (popover) host.setAttribute('popover', 'manual');

  const isOpen = () => {
    try {
      return host.matches(':popover-open');
    } catch {
      return false;
    }
  };

  return {
    host,
    root,
    mount,
    raise(anchor) {
      const parent = containerFor(anchor);
      if (host.parentNode !== parent) parent.append(host);
      if (!popover) return;
      try {
        // Re-showing moves us above top-layer elements that arrived since (fullscreen, dialogs).
        if (isOpen()) host.hidePopover();
        host.showPopover();
      } catch {
        // Not connected or refused: the host still shows as an ordinary fixed element.
      }
    },
    lower() {
      if (popover && isOpen()) {
        try {
          host.hidePopover();
        } catch {
          // already hidden
        }
      }
    },
    remove() {
      this.lower();
      host.remove();
    },
  };
}
