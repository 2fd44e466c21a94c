import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import type { ArticleView } from '../../entrypoints/popup/model';

/** Mounts a Preact tree into a fresh container; `unmount` cleans up. */
export function mount(vnode: ComponentChild): { root: HTMLElement; unmount: () => void } {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(vnode, root));
  return {
    root,
    unmount: () => {
      act(() => render(null, root));
      root.remove();
    },
  };
}

/** Lets pending promises (storage reads, handlers) settle and Preact re-render. */
export async function settle(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
  }
}

export function click(el: Element | null | undefined): void {
  if (!el) throw new Error('nothing to click');
  act(() => {
    (el as HTMLElement).click();
  });
}

/** Text of an element with whitespace collapsed. */
export function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The accessible name a screen reader would get for simple cases (aria-label/labelledby/text). */
export function accessibleName(el: Element): string {
  const label = el.getAttribute('aria-label');
  if (label) return label;
  const by = el.getAttribute('aria-labelledby');
  if (by) {
    return by
      .split(/\s+/)
      .map((id) => text(el.ownerDocument.getElementById(id)))
      .join(' ');
  }
  return text(el);
}

/** A small article with fictional speakers on both sides. */
export function sampleArticle(): ArticleView {
  return {
    title: 'Ministers press messaging firms over encrypted chats',
    language: 'en',
    terms: [
      { id: 'end-to-end-encryption', term: 'end-to-end encryption', count: 3, matched: ['end-to-end encryption'] },
      { id: 'backdoor', term: 'backdoor', count: 2, matched: ['backdoor', 'backdoors'] },
    ],
    positions: [
      {
        speaker: 'Marta Quillon',
        role: 'Interior Minister',
        stance: 'pro-access',
        confidence: 0.9,
        reason: 'asks for "lawful access" to messages',
        statements: [
          { text: 'We need lawful access to the messages of suspects.', kind: 'direct', anchors: [] },
          { text: 'providers should help investigators', kind: 'indirect', anchors: [] },
          { text: 'a third statement', kind: 'indirect', anchors: [] },
        ],
      },
      {
        speaker: 'Open Wire Foundation',
        role: 'digital rights group',
        stance: 'pro-encryption',
        confidence: 0.6,
        reason: 'warns that a backdoor weakens security',
        statements: [{ text: '“A backdoor for one is a backdoor for all.”', kind: 'direct', anchors: [] }],
      },
      {
        speaker: 'Dr Elan Varga',
        role: 'researcher',
        stance: 'pro-encryption',
        confidence: 0.8,
        reason: 'rejects client-side scanning',
        statements: [{ text: 'scanning would not stop criminals', kind: 'indirect', anchors: [] }],
      },
      {
        speaker: 'The Commission',
        role: '',
        stance: 'neutral',
        confidence: 0.3,
        reason: '',
        statements: [{ text: 'it will study the proposals', kind: 'indirect', anchors: [] }],
      },
    ],
  };
}
