import type { TooltipTrigger } from '../../../utils/settings-schema';

/** What keeps an open tooltip open. It closes (after the grace period) once none is left. */
export type Reason = 'hover-anchor' | 'hover-card' | 'focus-anchor' | 'focus-card' | 'pinned';

export interface TooltipView {
  /** Shows the card for `anchor`; false when there is nothing to show (unknown term). */
  show(anchor: HTMLElement): boolean;
  hide(): void;
}

export interface ControllerOptions {
  view: TooltipView;
  delay(): number;
  trigger(): TooltipTrigger;
  /**
   * How long the tooltip survives its last reason going away: long enough to move the pointer
   * across the gap onto the card (WCAG 1.4.13 "hoverable"), short enough not to linger.
   */
  graceMs?: number;
}

export const DEFAULT_GRACE_MS = 300;

/**
 * The tooltip's state machine, free of DOM events so it can be tested alone. Hover opens after
 * a dwell (abandoned if the pointer leaves first); keyboard focus opens at once; a click or tap
 * pins it and a second one on the same term unpins and closes it. Esc dismisses, and the same
 * term does not reopen until it has lost both hover and focus.
 */
export class TooltipController {
  private current: HTMLElement | null = null;
  private readonly reasons = new Set<Reason>();
  private dwell: { anchor: HTMLElement; timer: ReturnType<typeof setTimeout> } | null = null;
  private closing: ReturnType<typeof setTimeout> | null = null;
  private hovered: HTMLElement | null = null;
  private focused: HTMLElement | null = null;
  private dismissed: HTMLElement | null = null;
  private readonly grace: number;

  constructor(private readonly opts: ControllerOptions) {
    this.grace = opts.graceMs ?? DEFAULT_GRACE_MS;
  }

  get anchor(): HTMLElement | null {
    return this.current;
  }

  /** For tests and diagnostics. */
  get activeReasons(): Reason[] {
    return [...this.reasons];
  }

  pointerEnterAnchor(anchor: HTMLElement): void {
    this.hovered = anchor;
    if (anchor === this.current) return this.add('hover-anchor');
    if (this.opts.trigger() !== 'hover' || anchor === this.dismissed) return;
    if (this.dwell?.anchor === anchor) return;
    this.cancelDwell();
    const timer = setTimeout(() => {
      this.dwell = null;
      if (this.hovered === anchor) this.open(anchor);
    }, this.opts.delay());
    this.dwell = { anchor, timer };
  }

  pointerLeaveAnchor(anchor: HTMLElement): void {
    if (this.hovered === anchor) this.hovered = null;
    if (this.dwell?.anchor === anchor) this.cancelDwell();
    if (this.dismissed === anchor && this.focused !== anchor) this.dismissed = null;
    if (anchor === this.current) this.remove('hover-anchor');
  }

  /** `byPointer`: the focus came from a click or tap, which `click()` handles. */
  focusAnchor(anchor: HTMLElement, byPointer: boolean): void {
    this.focused = anchor;
    if (anchor === this.current) return this.add('focus-anchor');
    if (byPointer || anchor === this.dismissed) return;
    this.open(anchor);
  }

  blurAnchor(anchor: HTMLElement): void {
    if (this.focused === anchor) this.focused = null;
    if (this.dismissed === anchor && this.hovered !== anchor) this.dismissed = null;
    if (anchor === this.current) this.remove('focus-anchor');
  }

  pointerEnterCard(): void {
    if (this.current) this.add('hover-card');
  }

  pointerLeaveCard(): void {
    this.remove('hover-card');
  }

  focusCard(): void {
    if (this.current) this.add('focus-card');
  }

  blurCard(): void {
    this.remove('focus-card');
  }

  /** A click, tap, Enter or Space on a highlight. */
  click(anchor: HTMLElement): void {
    this.cancelDwell();
    this.dismissed = null;
    if (anchor !== this.current) {
      this.open(anchor);
      if (this.current === anchor) this.add('pinned');
    } else if (this.reasons.has('pinned')) {
      this.close();
    } else {
      this.add('pinned');
    }
  }

  /** A pointer went down somewhere that is neither a highlight nor the card. */
  pointerDownOutside(): void {
    this.remove('pinned');
  }

  /** Esc. Returns the anchor that was dismissed, or null when nothing was open. */
  escape(): HTMLElement | null {
    const anchor = this.current;
    this.cancelDwell();
    if (!anchor) return null;
    this.close();
    this.dismissed = anchor;
    return anchor;
  }

  /** Closes at once (an action was taken, the anchor vanished, the page changed mode). */
  close(): void {
    this.cancelClosing();
    this.reasons.clear();
    if (!this.current) return;
    this.current = null;
    this.opts.view.hide();
  }

  destroy(): void {
    this.cancelDwell();
    this.close();
  }

  private open(anchor: HTMLElement): void {
    this.cancelClosing();
    if (this.current && this.current !== anchor) this.close();
    if (!this.opts.view.show(anchor)) return;
    this.current = anchor;
    this.reasons.clear();
    if (this.hovered === anchor) this.reasons.add('hover-anchor');
    if (this.focused === anchor) this.reasons.add('focus-anchor');
  }

  private add(reason: Reason): void {
    this.cancelClosing();
    this.reasons.add(reason);
  }

  private remove(reason: Reason): void {
    this.reasons.delete(reason);
    if (this.current && this.reasons.size === 0 && !this.closing) {
      this.closing = setTimeout(() => {
        this.closing = null;
        if (this.reasons.size === 0) this.close();
      }, this.grace);
    }
  }

  private cancelDwell(): void {
    if (this.dwell) clearTimeout(this.dwell.timer);
    this.dwell = null;
  }

  private cancelClosing(): void {
    if (this.closing) clearTimeout(this.closing);
    this.closing = null;
  }
}
