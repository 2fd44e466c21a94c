import { autoUpdate, computePosition, flip, hide, inline, offset, shift } from '@floating-ui/dom';

const GAP = 8;
const EDGE = 8;

/**
 * Keeps `card` next to `anchor` until the returned function is called: below the term,
 * flipped above it near the bottom edge, shifted inside the viewport, hidden while the term is
 * scrolled out of view. `fixed` strategy because the card is position: fixed (the host sits in
 * the top layer or in a fullscreen element, never in the page's scrolling boxes).
 * `onGone` fires when the anchor has left the document (the page re-rendered it away).
 */
export function followAnchor(anchor: Element, card: HTMLElement, onGone: () => void): () => void {
  let run = 0;
  return autoUpdate(anchor, card, () => {
    if (!anchor.isConnected) {
      onGone();
      return;
    }
    const mine = ++run;
    void computePosition(anchor, card, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [inline(), offset(GAP), flip({ padding: EDGE }), shift({ padding: EDGE }), hide()],
    }).then(({ x, y, placement, middlewareData }) => {
      if (mine !== run) return; // a newer computation is on its way
      card.style.left = `${Math.round(x)}px`;
      card.style.top = `${Math.round(y)}px`;
      card.dataset.placement = placement;
      card.toggleAttribute('data-hidden', middlewareData.hide?.referenceHidden === true);
      card.setAttribute('data-placed', '');
    });
  });
}
