import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { TermEntry } from '../../glossary/schema';
import { DEFAULT_PREFS, type Prefs } from '../../utils/settings';
import { createTooltips, type Tooltips } from '../../entrypoints/content/tooltip';

/**
 * The tooltip's behaviour in jsdom, driven through real DOM events on real highlights: dwell,
 * abandon, the hover bridge (grace period), focus, Esc, click pinning, Tab order, actions.
 */

const ENTRIES: Record<string, TermEntry> = {
  backdoor: {
    id: 'backdoor',
    term: 'Backdoor',
    category: 'technology',
    forms: ['backdoor'],
    short: 'A hidden way into a system that bypasses its normal security.',
  },
  'five-eyes': {
    id: 'five-eyes',
    term: 'Five Eyes',
    category: 'actor',
    forms: ['Five Eyes'],
    short: 'An intelligence-sharing alliance of five countries.',
  },
};

let tips: Tooltips | null = null;
const onMore = vi.fn<(id: string) => void>();
const onTurnOffSite = vi.fn<() => void>();

function setup(prefs: Partial<Prefs> = {}): Tooltips {
  document.body.innerHTML = `
    <article>
      <p>Officials want a <elens-mark data-elens-term="backdoor" tabindex="0">backdoor</elens-mark>
      into apps, say the <elens-mark data-elens-term="five-eyes" tabindex="0">Five Eyes</elens-mark>.</p>
      <p><elens-mark data-elens-term="unknown-term" tabindex="0">mystery</elens-mark></p>
      <a id="after" href="#x">next link</a>
    </article>`;
  tips = createTooltips({
    lookup: (id) => ENTRIES[id],
    prefs: { ...DEFAULT_PREFS, ...prefs },
    onMore,
    onTurnOffSite,
  });
  return tips;
}

const mark = (id: string) => document.querySelector<HTMLElement>(`[data-elens-term="${id}"]`)!;
const host = () => document.querySelector('elens-tooltip');
const root = () => host()?.shadowRoot ?? null;
const card = () => root()?.querySelector<HTMLElement>('[role="dialog"]') ?? null;
const mount = () => root()!.querySelector('div')!;
const buttons = () => [...(root()?.querySelectorAll('button') ?? [])];
const button = (label: string) => buttons().find((b) => b.textContent === label)!;

function pointer(type: string, target: Element, init: PointerEventInit = {}): void {
  target.dispatchEvent(
    new PointerEvent(type, { bubbles: true, composed: true, pointerType: 'mouse', ...init }),
  );
}
const hover = (el: Element) => pointer('pointerover', el, { relatedTarget: document.body });
const unhover = (el: Element) => pointer('pointerout', el, { relatedTarget: document.body });
function key(target: Element, k: string, init: KeyboardEventInit = {}): KeyboardEvent {
  const e = new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true, ...init });
  target.dispatchEvent(e);
  return e;
}
function click(el: Element): void {
  pointer('pointerdown', el);
  el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
}

beforeEach(() => {
  vi.useFakeTimers();
  onMore.mockReset();
  onTurnOffSite.mockReset();
});

afterEach(() => {
  tips?.destroy();
  tips = null;
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('hover', () => {
  test('opens only after the dwell, with term, category and definition', () => {
    setup();
    hover(mark('backdoor'));
    vi.advanceTimersByTime(299);
    expect(card()).toBeNull();
    vi.advanceTimersByTime(1);
    const c = card()!;
    expect(c).not.toBeNull();
    expect(c.querySelector('#elens-tooltip-term')?.textContent).toBe('Backdoor');
    expect(c.textContent).toContain('Technology');
    expect(c.textContent).toContain(ENTRIES.backdoor!.short);
    expect(c.getAttribute('aria-labelledby')).toBe('elens-tooltip-term');
    expect(buttons().map((b) => b.textContent)).toEqual(['Full explanation', 'Turn off on this site']);
  });

  test('follows prefs.tooltipDelay', () => {
    setup({ tooltipDelay: 800 });
    hover(mark('backdoor'));
    vi.advanceTimersByTime(700);
    expect(card()).toBeNull();
    vi.advanceTimersByTime(100);
    expect(card()).not.toBeNull();
  });

  test('is abandoned when the pointer leaves before the dwell ends', () => {
    setup();
    hover(mark('backdoor'));
    vi.advanceTimersByTime(200);
    unhover(mark('backdoor'));
    vi.advanceTimersByTime(1000);
    expect(card()).toBeNull();
  });

  test('moving between children of one highlight does not restart or cancel the dwell', () => {
    setup();
    const m = mark('backdoor');
    const inner = document.createElement('b');
    m.append(inner);
    hover(m);
    vi.advanceTimersByTime(200);
    pointer('pointerout', m, { relatedTarget: inner });
    pointer('pointerover', inner, { relatedTarget: m });
    vi.advanceTimersByTime(100);
    expect(card()).not.toBeNull();
  });

  test('touch pointers do not start a dwell (a tap toggles instead)', () => {
    setup();
    pointer('pointerover', mark('backdoor'), { pointerType: 'touch' });
    vi.advanceTimersByTime(1000);
    expect(card()).toBeNull();
  });

  test('closes after a grace period once the pointer leaves', () => {
    setup();
    hover(mark('backdoor'));
    vi.advanceTimersByTime(300);
    unhover(mark('backdoor'));
    vi.advanceTimersByTime(250);
    expect(card()).not.toBeNull();
    vi.advanceTimersByTime(60);
    expect(card()).toBeNull();
  });

  test('the pointer can move onto the card, which then stays while hovered', () => {
    setup();
    hover(mark('backdoor'));
    vi.advanceTimersByTime(300);
    unhover(mark('backdoor'));
    vi.advanceTimersByTime(150);
    pointer('pointerenter', mount());
    vi.advanceTimersByTime(5000);
    expect(card()).not.toBeNull();
    pointer('pointerleave', mount());
    vi.advanceTimersByTime(299);
    expect(card()).not.toBeNull();
    vi.advanceTimersByTime(1);
    expect(card()).toBeNull();
  });

  test('returning to the highlight within the grace period keeps it open', () => {
    setup();
    hover(mark('backdoor'));
    vi.advanceTimersByTime(300);
    unhover(mark('backdoor'));
    vi.advanceTimersByTime(200);
    hover(mark('backdoor'));
    vi.advanceTimersByTime(2000);
    expect(card()?.dataset.term).toBe('backdoor');
  });

  test('hovering another highlight switches the card to it', () => {
    setup();
    hover(mark('backdoor'));
    vi.advanceTimersByTime(300);
    unhover(mark('backdoor'));
    hover(mark('five-eyes'));
    vi.advanceTimersByTime(300);
    expect(card()?.dataset.term).toBe('five-eyes');
    expect(root()!.querySelectorAll('[role="dialog"]').length).toBe(1);
  });

  test('with tooltipTrigger "focus-click" hover does nothing, but click does', () => {
    setup({ tooltipTrigger: 'focus-click' });
    hover(mark('backdoor'));
    vi.advanceTimersByTime(2000);
    expect(card()).toBeNull();
    click(mark('backdoor'));
    expect(card()?.dataset.term).toBe('backdoor');
  });

  test('an unknown term shows nothing', () => {
    setup();
    hover(mark('unknown-term'));
    vi.advanceTimersByTime(1000);
    mark('unknown-term').focus();
    expect(card()).toBeNull();
  });
});

describe('keyboard', () => {
  test('focus opens at once; Esc closes and keeps focus on the highlight', () => {
    setup();
    const m = mark('five-eyes');
    m.focus();
    expect(card()?.dataset.term).toBe('five-eyes');
    const esc = key(m, 'Escape');
    expect(esc.defaultPrevented).toBe(true);
    expect(card()).toBeNull();
    expect(document.activeElement).toBe(m);
    vi.advanceTimersByTime(2000);
    expect(card()).toBeNull();
  });

  test('Esc with nothing open is left to the page', () => {
    setup();
    const esc = key(document.body, 'Escape');
    expect(esc.defaultPrevented).toBe(false);
  });

  test('after Esc the same highlight reopens only once focus has left and come back', () => {
    setup();
    const m = mark('backdoor');
    m.focus();
    key(m, 'Escape');
    m.blur();
    m.focus();
    expect(card()?.dataset.term).toBe('backdoor');
  });

  test('blur closes after the grace period', () => {
    setup();
    const m = mark('backdoor');
    m.focus();
    m.blur();
    vi.advanceTimersByTime(299);
    expect(card()).not.toBeNull();
    vi.advanceTimersByTime(1);
    expect(card()).toBeNull();
  });

  test('Tab from the highlight reaches the card buttons; Esc there returns focus', () => {
    setup();
    const m = mark('backdoor');
    m.focus();
    const tab = key(m, 'Tab');
    expect(tab.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(host());
    expect(root()!.activeElement?.textContent).toBe('Full explanation');
    vi.advanceTimersByTime(1000);
    expect(card()).not.toBeNull(); // focus in the card keeps it open
    key(host()!, 'Escape');
    expect(card()).toBeNull();
    expect(document.activeElement).toBe(m);
  });

  test('Shift+Tab from the first button goes back to the highlight, still open', () => {
    setup();
    const m = mark('backdoor');
    m.focus();
    key(m, 'Tab');
    key(host()!, 'Tab', { shiftKey: true });
    expect(document.activeElement).toBe(m);
    vi.advanceTimersByTime(1000);
    expect(card()).not.toBeNull();
  });

  test('Tab from the last button closes and continues after the highlight', () => {
    setup();
    // jsdom lays nothing out; pretend every element is rendered.
    const rects = vi
      .spyOn(Element.prototype, 'getClientRects')
      .mockReturnValue([{}] as unknown as DOMRectList);
    const m = mark('backdoor');
    m.focus();
    key(m, 'Tab');
    button('Turn off on this site').focus();
    key(host()!, 'Tab');
    // The next stop is the next highlight, whose own card opens on that keyboard focus.
    expect(document.activeElement).toBe(mark('five-eyes'));
    expect(card()?.dataset.term).toBe('five-eyes');
    rects.mockRestore();
  });

  test('Enter on an open highlight moves into the card', () => {
    setup();
    const m = mark('backdoor');
    m.focus();
    key(m, 'Enter');
    expect(root()!.activeElement?.textContent).toBe('Full explanation');
  });

  test('Enter reopens a dismissed highlight', () => {
    setup();
    const m = mark('backdoor');
    m.focus();
    key(m, 'Escape');
    key(m, 'Enter');
    expect(card()?.dataset.term).toBe('backdoor');
  });
});

describe('click and tap', () => {
  test('a click opens at once and pins; the pointer leaving does not close it', () => {
    setup();
    const m = mark('backdoor');
    click(m);
    m.focus(); // a click focuses a tabindex element; not keyboard focus
    expect(card()?.dataset.term).toBe('backdoor');
    unhover(m);
    vi.advanceTimersByTime(3000);
    expect(card()).not.toBeNull();
  });

  test('a second click on the same highlight closes it', () => {
    setup();
    click(mark('backdoor'));
    click(mark('backdoor'));
    expect(card()).toBeNull();
  });

  test('clicking a hover-opened card pins it instead of closing it', () => {
    setup();
    const m = mark('backdoor');
    hover(m);
    vi.advanceTimersByTime(300);
    click(m);
    unhover(m);
    vi.advanceTimersByTime(2000);
    expect(card()).not.toBeNull();
  });

  test('pressing elsewhere unpins and closes', () => {
    setup();
    click(mark('backdoor'));
    pointer('pointerdown', document.body);
    vi.advanceTimersByTime(300);
    expect(card()).toBeNull();
  });

  test('pressing inside the card keeps it', () => {
    setup();
    click(mark('backdoor'));
    pointer('pointerdown', host()!);
    vi.advanceTimersByTime(1000);
    expect(card()).not.toBeNull();
  });
});

describe('actions', () => {
  test('"Full explanation" asks for the glossary entry and closes', () => {
    setup();
    click(mark('five-eyes'));
    button('Full explanation').click();
    expect(onMore).toHaveBeenCalledWith('five-eyes');
    expect(card()).toBeNull();
  });

  test('"Turn off on this site" calls back and closes', () => {
    setup();
    click(mark('backdoor'));
    button('Turn off on this site').click();
    expect(onTurnOffSite).toHaveBeenCalledTimes(1);
    expect(card()).toBeNull();
  });
});

describe('semantics and lifecycle', () => {
  test('the highlight carries the definition as aria-description', () => {
    setup();
    const m = mark('backdoor');
    m.focus();
    expect(m.getAttribute('aria-description')).toBe(ENTRIES.backdoor!.short);
  });

  test('aria-expanded follows the card when the highlight has a role', () => {
    setup();
    const m = mark('backdoor');
    m.setAttribute('role', 'button');
    m.focus();
    expect(m.getAttribute('aria-expanded')).toBe('true');
    key(m, 'Escape');
    expect(m.getAttribute('aria-expanded')).toBe('false');
  });

  test('one <elens-tooltip> host with an open shadow root and the reset stylesheet', () => {
    setup();
    mark('backdoor').focus();
    expect(document.querySelectorAll('elens-tooltip').length).toBe(1);
    const r = root()!;
    const css = [...r.querySelectorAll('style')].map((s) => s.textContent).join('');
    expect(css).toMatch(/:host\{all:initial!important/);
    expect(css).not.toMatch(/\d+(\.\d+)?rem\b/);
  });

  test('update() re-themes an open card', () => {
    const t = setup({ theme: 'light' });
    mark('backdoor').focus();
    expect(card()!.classList.contains('elens-dark')).toBe(false);
    t.update({ ...DEFAULT_PREFS, theme: 'dark' });
    expect(card()!.classList.contains('elens-dark')).toBe(true);
  });

  test('update() to "focus-click" stops hover from opening', () => {
    const t = setup();
    t.update({ ...DEFAULT_PREFS, tooltipTrigger: 'focus-click' });
    hover(mark('backdoor'));
    vi.advanceTimersByTime(1000);
    expect(card()).toBeNull();
  });

  test('destroy() removes the host and stops listening', () => {
    const t = setup();
    mark('backdoor').focus();
    t.destroy();
    tips = null;
    expect(host()).toBeNull();
    mark('backdoor').blur();
    mark('five-eyes').focus();
    hover(mark('backdoor'));
    vi.advanceTimersByTime(1000);
    expect(host()).toBeNull();
  });
});
