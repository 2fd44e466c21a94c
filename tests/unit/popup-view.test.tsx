import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { PageState } from '../../entrypoints/popup/model';
import { PopupView, type PopupViewProps } from '../../entrypoints/popup/PopupView';
import { explainRestriction, type Restriction } from '../../entrypoints/popup/restrictions';
import { setSites } from '../../utils/settings';
import { accessibleName, click, mount, sampleArticle, settle, text } from './popup.helpers';

let cleanup: (() => void) | null = null;
beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

function show(state: PageState, overrides: Partial<PopupViewProps> = {}) {
  const props: PopupViewProps = {
    state,
    status: '',
    onShowStatement: vi.fn(),
    onShowTerm: vi.fn(),
    onRetry: vi.fn(),
    onOpenOptions: vi.fn(),
    ...overrides,
  };
  const m = mount(<PopupView {...props} />);
  cleanup = m.unmount;
  return { root: m.root, props };
}

const ready = (article = sampleArticle()): PageState => ({
  kind: 'ready',
  url: 'https://news.example.org/a',
  host: 'news.example.org',
  article,
  timings: { snapshotMs: 1, inPageMs: 1, parseMs: 1, analyzeMs: 1 },
});

function sectionByTitle(root: HTMLElement, title: string): HTMLElement | undefined {
  return [...root.querySelectorAll<HTMLElement>('section')].find((s) => {
    const id = s.getAttribute('aria-labelledby');
    const h = id ? root.querySelector(`[id="${id}"]`) : null;
    return h?.querySelector('span')?.textContent === title;
  });
}

describe('PopupView states', () => {
  it('loading: busy main region, skeleton, no blank panel', () => {
    const { root } = show({ kind: 'loading' }, { status: 'Reading the article…' });
    expect(root.querySelector('main')?.getAttribute('aria-busy')).toBe('true');
    expect(root.querySelector('.loading')).not.toBeNull();
    expect(text(root.querySelector('[role="status"]'))).toBe('Reading the article…');
  });

  it('loading: popup.html shows the same skeleton and brand before its script runs', () => {
    const { root } = show({ kind: 'loading' }, { status: 'Reading the article…' });
    const page = new DOMParser().parseFromString(readFileSync(resolve('entrypoints/popup/index.html'), 'utf8'), 'text/html');
    const shape = (el: Element | null) => [...(el?.querySelectorAll('.loading > *') ?? [])].map((x) => x.className);
    expect(shape(page.getElementById('app'))).toEqual(shape(root));
    expect(shape(root).length).toBeGreaterThan(3);
    expect(page.querySelector('.brand svg')?.outerHTML.replace(/\s*\/>/g, '>').replace(/<\/\w+>/g, '')).toBe(root.querySelector('.brand svg')?.outerHTML.replace(/<\/\w+>/g, ''));
    expect(text(page.querySelector('.brand-name'))).toBe(text(root.querySelector('.brand-name')));
    expect(page.querySelector('main')?.getAttribute('aria-busy')).toBe('true');
  });

  const restrictions: Restriction[] = ['browser-page', 'extension-page', 'web-store', 'view-source', 'file', 'pdf', 'refused'];
  it.each(restrictions)('restricted (%s): explanation, no switch', (r) => {
    const { root } = show({ kind: 'restricted', restriction: r, url: 'chrome://version' });
    expect(text(root.querySelector('h1'))).toBe(explainRestriction(r).title);
    expect(text(root.querySelector('.notice-body'))).toBe(explainRestriction(r).body);
    expect(root.querySelector('[role="switch"]')).toBeNull();
  });

  it('no article: explains, keeps the site switch', async () => {
    const { root } = show({ kind: 'no-article', url: 'https://shop.example/', host: 'shop.example', title: 'Shop' });
    await settle();
    expect(text(root.querySelector('h1'))).toBe('No article found on this page');
    const sw = root.querySelector('[role="switch"]')!;
    expect(accessibleName(sw)).toBe('Highlight terms on shop.example');
    expect(sw.getAttribute('aria-checked')).toBe('false');
  });

  it('error: friendly message and a working retry button', () => {
    const { root, props } = show({ kind: 'error', message: 'The article could not be analysed.' });
    expect(text(root.querySelector('h1'))).toBe('Something went wrong');
    expect(text(root)).toContain('The article could not be analysed.');
    expect(text(root)).not.toMatch(/TypeError|at \w+ \(/);
    click([...root.querySelectorAll('button')].find((b) => text(b) === 'Try again'));
    expect(props.onRetry).toHaveBeenCalledTimes(1);
  });

  it('ready: title, balance line and a labelled balance bar', () => {
    const { root } = show(ready());
    expect(text(root.querySelector('h1'))).toBe('Ministers press messaging firms over encrypted chats');
    expect(text(root.querySelector('.balance-line'))).toBe('1 voice for access · 2 for strong encryption · 1 unclear');
    expect(root.querySelector('.balance-bar')?.getAttribute('aria-label')).toBe(
      '1 voice for access · 2 for strong encryption · 1 unclear',
    );
  });

  it('ready: speakers sit in the section of their stance', () => {
    const { root } = show(ready());
    const speakers = (title: string) =>
      [...(sectionByTitle(root, title)?.querySelectorAll('h3') ?? [])].map((h) => text(h));
    expect(speakers('For access')).toEqual(['Marta Quillon']);
    expect(speakers('For strong encryption')).toEqual(['Open Wire Foundation', 'Dr Elan Varga']);
    expect(speakers('Unclear')).toEqual(['The Commission']);
    // Sections are landmarks named by their headings.
    for (const s of root.querySelectorAll('section')) expect(s.getAttribute('aria-labelledby')).toBeTruthy();
  });

  it('ready: quotes in quote marks, reported speech marked, confidence spelled out', () => {
    const { root } = show(ready());
    const access = sectionByTitle(root, 'For access')!;
    expect(text(access.querySelector('blockquote'))).toBe('“We need lawful access to the messages of suspects.”');
    const reported = access.querySelector('.reported-text');
    expect(text(reported)).toBe('Reported providers should help investigators');
    expect(text(access.querySelector('.confidence .sr-only'))).toBe('High confidence');
    // Existing quote marks are not doubled.
    const wire = sectionByTitle(root, 'For strong encryption')!;
    expect(text(wire.querySelector('blockquote'))).toBe('“A backdoor for one is a backdoor for all.”');
  });

  it('ready: long cards fold extra statements behind a toggle', () => {
    const { root } = show(ready());
    const card = sectionByTitle(root, 'For access')!.querySelector('article')!;
    expect(card.querySelectorAll('.statement')).toHaveLength(2);
    const more = [...card.querySelectorAll('button')].find((b) => text(b) === 'Show 1 more')!;
    expect(more.getAttribute('aria-expanded')).toBe('false');
    click(more);
    expect(card.querySelectorAll('.statement')).toHaveLength(3);
  });

  it('ready: "Show in page" hands the statement and speaker to the page', () => {
    const { root, props } = show(ready());
    const btn = [...root.querySelectorAll('button')].find(
      (b) => accessibleName(b) === 'Show in page: reported statement by Dr Elan Varga',
    );
    click(btn);
    expect(props.onShowStatement).toHaveBeenCalledWith(
      expect.objectContaining({ text: 'scanning would not stop criminals' }),
      expect.objectContaining({ speaker: 'Dr Elan Varga' }),
    );
  });

  it('ready: the reason is there on demand', () => {
    const { root } = show(ready());
    const why = sectionByTitle(root, 'For access')!.querySelector('details')!;
    expect(why.open).toBe(false);
    expect(text(why.querySelector('summary'))).toBe('Why this side?');
    expect(text(why.querySelector('p'))).toContain('asks for "lawful access" to messages');
  });

  it('ready: terms list with counts; clicking a term reveals it, the disclosure explains it', () => {
    const { root, props } = show(ready());
    const terms = sectionByTitle(root, 'Terms in this article')!;
    const items = terms.querySelectorAll('li.term');
    expect(items).toHaveLength(2);
    const first = items[0]!;
    expect(text(first.querySelector('.term-count'))).toContain('used 3 times');
    click(first.querySelector('.term-name'));
    expect(props.onShowTerm).toHaveBeenCalledWith(expect.objectContaining({ id: 'end-to-end-encryption' }));
    const disclosure = first.querySelector('.disclosure')!;
    expect(disclosure.getAttribute('aria-expanded')).toBe('false');
    expect((first.querySelector('.term-panel') as HTMLElement).hidden).toBe(true);
    click(disclosure);
    expect(disclosure.getAttribute('aria-expanded')).toBe('true');
    const panel = first.querySelector('.term-panel') as HTMLElement;
    expect(panel.hidden).toBe(false);
    expect(text(panel.querySelector('.explanation')).length).toBeGreaterThan(0);
    for (const a of panel.querySelectorAll('a')) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toContain('noopener');
      expect(a.getAttribute('href')).toMatch(/^https:\/\//);
    }
  });

  it('ready with no positions: says so and still lists the terms', () => {
    const { root } = show(ready({ ...sampleArticle(), positions: [] }));
    expect(text(root.querySelector('.empty'))).toContain('No positions found');
    expect(root.querySelector('.balance-line')).toBeNull();
    expect(sectionByTitle(root, 'For access')).toBeUndefined();
    expect(sectionByTitle(root, 'Terms in this article')?.querySelectorAll('li.term')).toHaveLength(2);
  });

  it('ready: one side empty gets its section with a note', () => {
    const a = sampleArticle();
    const { root } = show(ready({ ...a, positions: a.positions.filter((p) => p.stance !== 'pro-access') }));
    expect(text(sectionByTitle(root, 'For access'))).toContain('No one in this article argues for access.');
  });

  it('the switch reflects the stored site list', async () => {
    await setSites([{ host: 'news.example.org', subdomains: false }]);
    const { root } = show(ready());
    await settle();
    const sw = root.querySelector('[role="switch"]')!;
    expect(accessibleName(sw)).toBe('Highlight terms on news.example.org');
    expect(sw.getAttribute('aria-checked')).toBe('true');
  });

  it('every button has a name', () => {
    const { root } = show(ready());
    for (const b of root.querySelectorAll('button')) expect(accessibleName(b).length).toBeGreaterThan(0);
  });
});
