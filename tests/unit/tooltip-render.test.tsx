import { afterEach, describe, expect, test, vi } from 'vitest';
import type { TermEntry } from '../../glossary/schema';
import { renderCard } from '../../entrypoints/content/tooltip/card';
import { CATEGORY_LABELS } from '../../components/CategoryBadge';
import { luminance, pageIsDark, parseRgb, useDarkTheme } from '../../entrypoints/content/tooltip/theme';

const ENTRY: TermEntry = {
  id: 'client-side-scanning',
  term: 'Client-side scanning',
  category: 'technology',
  forms: ['client-side scanning'],
  short: 'Checking content on a device <img src=x onerror="alert(1)"> before it is encrypted.',
};

afterEach(() => {
  document.body.innerHTML = '';
});

function mountCard(entry: TermEntry, dark = false) {
  const el = document.createElement('div');
  document.body.append(el);
  const onMore = vi.fn();
  const onTurnOffSite = vi.fn();
  renderCard(el, { entry, dark, onMore, onTurnOffSite });
  return { el, onMore, onTurnOffSite };
}

describe('tooltip card', () => {
  test('renders the term, its category label and the definition as text', () => {
    const { el } = mountCard(ENTRY);
    const dialog = el.querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-modal')).toBe('false');
    expect(el.querySelector('#elens-tooltip-term')?.textContent).toBe('Client-side scanning');
    expect(el.querySelector('.elens-badge')?.textContent).toBe(CATEGORY_LABELS.technology);
    // Page-independent data, but still never parsed as HTML.
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('#elens-tooltip-definition')?.textContent).toBe(ENTRY.short);
  });

  test('every category has a label and a badge', () => {
    for (const category of ['technology', 'law', 'actor', 'concept'] as const) {
      const { el } = mountCard({ ...ENTRY, category });
      expect(el.querySelector(`.elens-badge[data-category="${category}"]`)?.textContent).toBe(
        CATEGORY_LABELS[category],
      );
    }
  });

  test('the buttons call back', () => {
    const { el, onMore, onTurnOffSite } = mountCard(ENTRY);
    const [more, off] = [...el.querySelectorAll('button')];
    more!.click();
    off!.click();
    expect(onMore).toHaveBeenCalledTimes(1);
    expect(onTurnOffSite).toHaveBeenCalledTimes(1);
    expect(more!.type).toBe('button');
  });

  test('dark flag switches the colour scheme class', () => {
    expect(mountCard(ENTRY, true).el.querySelector('.card')!.classList.contains('elens-dark')).toBe(true);
    expect(mountCard(ENTRY, false).el.querySelector('.card')!.classList.contains('elens-dark')).toBe(false);
  });
});

describe('theme', () => {
  test('parses computed colours', () => {
    expect(parseRgb('rgb(12, 34, 56)')).toEqual({ r: 12, g: 34, b: 56, a: 1 });
    expect(parseRgb('rgba(0, 0, 0, 0)')).toEqual({ r: 0, g: 0, b: 0, a: 0 });
    expect(parseRgb('rgb(1 2 3 / 50%)')).toEqual({ r: 1, g: 2, b: 3, a: 0.5 });
    expect(parseRgb('oklch(0.5 0.1 200)')).toBeNull();
  });

  test('luminance spans 0 to 1', () => {
    expect(luminance({ r: 0, g: 0, b: 0, a: 1 })).toBe(0);
    expect(luminance({ r: 255, g: 255, b: 255, a: 1 })).toBeCloseTo(1);
  });

  function anchorIn(style: string, innerStyle = ''): HTMLElement {
    const wrap = document.createElement('div');
    wrap.setAttribute('style', style);
    const p = document.createElement('p');
    p.setAttribute('style', innerStyle);
    const mark = document.createElement('elens-mark');
    p.append(mark);
    wrap.append(p);
    document.body.append(wrap);
    return mark;
  }

  test('reads the nearest opaque background up the tree', () => {
    expect(pageIsDark(anchorIn('background-color: rgb(18, 18, 20)'))).toBe(true);
    expect(pageIsDark(anchorIn('background-color: rgb(250, 250, 245)'))).toBe(false);
    // A light card inside a dark page: the card is what surrounds the term.
    expect(pageIsDark(anchorIn('background-color: rgb(0, 0, 0)', 'background-color: rgb(255, 255, 255)'))).toBe(
      false,
    );
    // Nearly transparent layers are looked through.
    expect(pageIsDark(anchorIn('background-color: rgb(0, 0, 0)', 'background-color: rgba(255, 255, 255, 0.1)'))).toBe(
      true,
    );
  });

  test('with no background anywhere, light text means a dark page', () => {
    expect(pageIsDark(anchorIn('color: rgb(235, 235, 235)'))).toBe(true);
    expect(pageIsDark(anchorIn('color: rgb(20, 20, 20)'))).toBe(false);
  });

  test('explicit preferences win over the page', () => {
    const a = anchorIn('background-color: rgb(255, 255, 255)');
    expect(useDarkTheme('dark', a)).toBe(true);
    expect(useDarkTheme('light', anchorIn('background-color: rgb(0, 0, 0)'))).toBe(false);
    expect(useDarkTheme('auto', a)).toBe(false);
  });
});
