import type { TermEntry } from '../../../glossary/schema';
import type { Prefs } from '../../../utils/settings-schema';
import { clearCard, renderCard } from './card';
import { TooltipController, type TooltipView } from './controller';
import { nextTabbable } from './focus';
import { createHost, HOST_TAG } from './host';
import { followAnchor } from './position';
import { TOOLTIP_CSS } from './styles';
import { useDarkTheme } from './theme';

export { HOST_TAG };

export interface TooltipOptions {
  lookup: (id: string) => TermEntry | undefined;
  prefs: Prefs;
  /** "Full explanation": the background opens glossary.html#<id>. */
  onMore: (id: string) => void;
  onTurnOffSite: () => void;
}

export interface Tooltips {
  update(prefs: Prefs): void;
  destroy(): void;
}

const TERM_SELECTOR = '[data-elens-term]';

function anchorOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>(TERM_SELECTOR) : null;
}

function termIdOf(anchor: HTMLElement): string {
  return anchor.getAttribute('data-elens-term') ?? '';
}

/**
 * Screen-reader semantics for a highlight. The card lives in a shadow root, and IDREFs
 * (aria-describedby, aria-controls) do not cross shadow boundaries, so the definition is
 * attached as `aria-description` text instead: announced when the highlight gets focus, like a
 * description would be. `aria-expanded` is only valid on a role that supports it, so it is set
 * only when the highlighter gave the element one.
 */
function describe(anchor: HTMLElement, entry: TermEntry): void {
  if (anchor.getAttribute('aria-description') !== entry.short) {
    anchor.setAttribute('aria-description', entry.short);
  }
}

function setExpanded(anchor: HTMLElement, expanded: boolean): void {
  if (anchor.hasAttribute('role')) anchor.setAttribute('aria-expanded', String(expanded));
}

/**
 * Inline definitions for the highlights the content script made. One shadow-rooted
 * `<elens-tooltip>` serves every highlight; events are delegated from the document (capture
 * phase, so a page that stops propagation on its own elements does not silence us).
 */
export function createTooltips(options: TooltipOptions): Tooltips {
  let prefs = options.prefs;
  const tip = createHost(TOOLTIP_CSS);
  let shown: { anchor: HTMLElement; entry: TermEntry } | null = null;
  let stopFollowing: (() => void) | null = null;

  const cardEl = () => tip.mount.firstElementChild as HTMLElement | null;
  const buttons = () => [...tip.root.querySelectorAll('button')];
  const focusInCard = () => document.activeElement === tip.host;

  /** Closes and, when focus was in the card, hands it back to the highlight. */
  function dismiss(): void {
    const hadFocus = focusInCard();
    const anchor = controller.escape();
    if (hadFocus && anchor?.isConnected) anchor.focus();
  }

  function paint(): void {
    if (!shown) return;
    const { anchor, entry } = shown;
    renderCard(tip.mount, {
      entry,
      dark: useDarkTheme(prefs.theme, anchor),
      onMore: () => {
        dismiss();
        options.onMore(entry.id);
      },
      onTurnOffSite: () => {
        dismiss();
        options.onTurnOffSite();
      },
    });
  }

  const view: TooltipView = {
    show(anchor) {
      const entry = options.lookup(termIdOf(anchor));
      if (!entry) return false;
      shown = { anchor, entry };
      describe(anchor, entry);
      tip.raise(anchor);
      paint();
      const card = cardEl();
      if (card) stopFollowing = followAnchor(anchor, card, () => controller.close());
      setExpanded(anchor, true);
      return true;
    },
    hide() {
      stopFollowing?.();
      stopFollowing = null;
      if (shown) setExpanded(shown.anchor, false);
      shown = null;
      clearCard(tip.mount);
      tip.lower();
    },
  };

  const controller = new TooltipController({
    view,
    delay: () => prefs.tooltipDelay,
    trigger: () => prefs.tooltipTrigger,
  });

  // The highlight that a pointer is pressing: the focus it causes is not keyboard focus.
  let pressed: HTMLElement | null = null;

  const hoverCapable = (e: PointerEvent) => e.pointerType === 'mouse' || e.pointerType === 'pen';

  function onPointerOver(e: PointerEvent): void {
    const anchor = anchorOf(e.target);
    if (!anchor || !hoverCapable(e)) return;
    if (e.relatedTarget instanceof Node && anchor.contains(e.relatedTarget)) return;
    const entry = options.lookup(termIdOf(anchor));
    if (entry) describe(anchor, entry);
    controller.pointerEnterAnchor(anchor);
  }

  function onPointerOut(e: PointerEvent): void {
    const anchor = anchorOf(e.target);
    if (!anchor) return;
    if (e.relatedTarget instanceof Node && anchor.contains(e.relatedTarget)) return;
    controller.pointerLeaveAnchor(anchor);
  }

  function onPointerDown(e: PointerEvent): void {
    pressed = anchorOf(e.target);
    if (!pressed && e.target !== tip.host) controller.pointerDownOutside();
  }

  function onFocusIn(e: FocusEvent): void {
    const anchor = anchorOf(e.target);
    if (!anchor) return;
    const entry = options.lookup(termIdOf(anchor));
    if (entry) describe(anchor, entry);
    controller.focusAnchor(anchor, anchor === pressed);
  }

  function onFocusOut(e: FocusEvent): void {
    const anchor = anchorOf(e.target);
    if (anchor) controller.blurAnchor(anchor);
  }

  function onClick(e: MouseEvent): void {
    const anchor = anchorOf(e.target);
    pressed = null;
    if (anchor) controller.click(anchor);
  }

  function focusFirstButton(): boolean {
    const first = buttons()[0];
    first?.focus();
    return !!first && focusInCard();
  }

  function onKeyDown(e: KeyboardEvent): void {
    const open = controller.anchor;
    if (e.key === 'Escape' || e.key === 'Esc') {
      if (!open) return;
      dismiss();
      // The Esc was for the tooltip: do not let it also close the page's dialog or menu.
      e.preventDefault();
      e.stopPropagation();
      return;
    }
    const anchor = anchorOf(e.target);
    if (anchor && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      if (anchor === open) focusFirstButton();
      else controller.click(anchor);
      return;
    }
    if (e.key !== 'Tab' || !open || e.altKey || e.ctrlKey || e.metaKey) return;
    if (anchor === open && !e.shiftKey) {
      // Tab goes from the highlight into its card, whose DOM sits at the end of the document.
      if (focusFirstButton()) e.preventDefault();
      return;
    }
    if (e.target !== tip.host) return;
    const list = buttons();
    const active = tip.root.activeElement;
    if (e.shiftKey && active === list[0]) {
      e.preventDefault();
      open.focus();
    } else if (!e.shiftKey && active === list[list.length - 1]) {
      // Leaving the card forwards: continue after the highlight, as if the card were inline.
      const next = nextTabbable(open);
      if (!next) return;
      e.preventDefault();
      controller.close();
      next.focus();
    }
  }

  const onCardEnter = () => controller.pointerEnterCard();
  const onCardLeave = () => controller.pointerLeaveCard();
  const onCardFocus = () => controller.focusCard();
  const onCardBlur = (e: FocusEvent) => {
    if (!(e.relatedTarget instanceof Node && tip.root.contains(e.relatedTarget))) controller.blurCard();
  };
  // Entering fullscreen hides popovers and changes what is on top: start again from closed.
  const onFullscreen = () => controller.close();

  const docListeners: Array<[string, (e: never) => void]> = [
    ['pointerover', onPointerOver],
    ['pointerout', onPointerOut],
    ['pointerdown', onPointerDown],
    ['focusin', onFocusIn],
    ['focusout', onFocusOut],
    ['click', onClick],
    ['keydown', onKeyDown],
    ['fullscreenchange', onFullscreen],
  ];
  for (const [type, fn] of docListeners) document.addEventListener(type, fn as EventListener, true);
  tip.mount.addEventListener('pointerenter', onCardEnter);
  tip.mount.addEventListener('pointerleave', onCardLeave);
  tip.root.addEventListener('focusin', onCardFocus);
  tip.root.addEventListener('focusout', onCardBlur as EventListener);

  return {
    update(next) {
      prefs = next;
      paint();
    },
    destroy() {
      controller.destroy();
      for (const [type, fn] of docListeners) {
        document.removeEventListener(type, fn as EventListener, true);
      }
      tip.mount.removeEventListener('pointerenter', onCardEnter);
      tip.mount.removeEventListener('pointerleave', onCardLeave);
      tip.remove();
    },
  };
}
