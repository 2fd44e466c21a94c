const TABBABLE =
  'a[href],area[href],button,input,select,textarea,iframe,summary,audio[controls],video[controls],[contenteditable],[tabindex]';

function isTabbable(el: Element): el is HTMLElement {
  if (!(el instanceof HTMLElement) || !el.matches(TABBABLE)) return false;
  if (el.tabIndex < 0 || (el as HTMLButtonElement).disabled) return false;
  if (el instanceof HTMLInputElement && el.type === 'hidden') return false;
  if (el.closest('[inert]')) return false;
  // Not rendered (display: none, or inside a closed <details>) means not reachable by Tab.
  return el.getClientRects().length > 0;
}

/**
 * The element Tab would reach after `from` in document order, ignoring positive tabindex
 * (rare in articles). Used when Tab leaves the tooltip: the card lives at the end of the
 * document, so the browser's own order would jump past the rest of the article.
 */
export function nextTabbable(from: Element): HTMLElement | null {
  const doc = from.ownerDocument;
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, NodeFilter.SHOW_ELEMENT);
  walker.currentNode = from;
  // Skip the anchor's own descendants: they come "inside", not after it.
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (from.contains(node)) continue;
    if (node instanceof Element && node.localName === 'elens-tooltip') continue;
    if (isTabbable(node as Element)) return node as HTMLElement;
  }
  return null;
}
