import type { TermEntry } from '../../../glossary/schema';
import { CATEGORY_LABELS } from '../../../components/category-labels';

/**
 * The definition card shown next to a highlighted term, built with plain DOM calls: Preact and
 * its JSX runtime cost ~5 KB gzip of a content script that must stay under 35 KB, for one small
 * card. Text goes in through `textContent` only, never parsed as HTML.
 *
 * A non-modal dialog rather than role="tooltip": it holds buttons, and a tooltip must not
 * contain interactive content.
 */

export interface CardProps {
  entry: TermEntry;
  dark: boolean;
  onMore: () => void;
  onTurnOffSite: () => void;
}

/** Ids are unique because one document holds at most one tooltip shadow root. */
export const TOOLTIP_TITLE_ID = 'elens-tooltip-term';
export const TOOLTIP_DEFINITION_ID = 'elens-tooltip-definition';

/** The props a card's buttons call: repainting (a preference changed) swaps them in place. */
const current = new WeakMap<Element, CardProps>();

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Record<string, string>,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

function button(doc: Document, card: Element, cls: string, label: string, pick: (p: CardProps) => () => void) {
  const b = el(doc, 'button', { type: 'button', class: cls }, label);
  b.addEventListener('click', () => {
    const props = current.get(card);
    if (props) pick(props)();
  });
  return b;
}

function build(doc: Document, entry: TermEntry): HTMLElement {
  const card = el(doc, 'div', {
    role: 'dialog',
    'aria-modal': 'false',
    'aria-labelledby': TOOLTIP_TITLE_ID,
    'aria-describedby': TOOLTIP_DEFINITION_ID,
    'data-term': entry.id,
  });
  const head = el(doc, 'div', { class: 'head' });
  head.append(
    el(doc, 'span', { class: 'term', id: TOOLTIP_TITLE_ID }, entry.term),
    el(doc, 'span', { class: 'elens-badge', 'data-category': entry.category }, CATEGORY_LABELS[entry.category]),
  );
  const actions = el(doc, 'div', { class: 'actions' });
  actions.append(
    button(doc, card, 'more', 'Full explanation', (p) => p.onMore),
    button(doc, card, 'off', 'Turn off on this site', (p) => p.onTurnOffSite),
  );
  card.append(head, el(doc, 'p', { class: 'definition', id: TOOLTIP_DEFINITION_ID }, entry.short), actions);
  return card;
}

/**
 * Shows the card for `props.entry` in `mount`. The same entry painted again (a preference
 * changed while it is open) keeps its elements, so focus on a button is not lost.
 */
export function renderCard(mount: HTMLElement, props: CardProps): HTMLElement {
  const existing = mount.firstElementChild as HTMLElement | null;
  const old = existing ? current.get(existing) : undefined;
  const card =
    existing && old && old.entry === props.entry ? existing : build(mount.ownerDocument, props.entry);
  card.className = props.dark ? 'card elens-dark' : 'card';
  current.set(card, props);
  if (card !== existing) mount.replaceChildren(card);
  return card;
}

export function clearCard(mount: HTMLElement): void {
  mount.replaceChildren();
}
