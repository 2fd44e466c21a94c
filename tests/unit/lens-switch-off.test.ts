import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildMatcher } from '../../glossary/compile';
import type { TermEntry } from '../../glossary/schema';
import { DEFAULT_PREFS } from '../../utils/settings';
import { createLens, type Lens } from '../../entrypoints/content/lens';

/**
 * Switching a site off with thousands of highlights: the ones on screen go at once, the rest a
 * slice per frame, the DOM is exact at the end, the null status comes only then, and a
 * synchronous stop (extension reload) in the middle still leaves the page clean.
 */

function term(id: string, forms: string[]): TermEntry {
  return { id, term: id, category: 'technology', forms, short: `${id}.` };
}

const matcher = buildMatcher([term('gchq', ['GCHQ']), term('metadata', ['metadata']), term('encryption', ['encryption'])]);
const ON_TOPIC = 'Ministers want access to encrypted chats; critics say it would weaken encryption, and cryptographers warn of surveillance.';
const PARA = 'GCHQ and metadata, encryption and GCHQ, metadata and encryption.';
/** Pretend layout: each paragraph is this tall, one under the other. */
const LINE_PX = 100;

const marks = () => [...document.querySelectorAll<HTMLElement>('elens-mark')];

let lens: Lens | null = null;
let statuses: Array<string | null> = [];

afterEach(() => {
  lens?.stop();
  lens = null;
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

/** A page of `paragraphs` paragraphs (6 highlights each), laid out top to bottom for jsdom. */
interface Frames {
  count: number;
  /** Highlights left at each frame. */
  left: number[];
  paused?: Promise<void>;
}

async function highlighted(paragraphs: number, frames: Frames) {
  document.body.innerHTML = `<article><p>${ON_TOPIC}</p>${`<p>${PARA}</p>`.repeat(paragraphs)}</article>`;
  const ps = [...document.querySelectorAll('p')];
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const y = ps.indexOf(this.closest('p')!) * LINE_PX - window.scrollY;
    return { top: y, bottom: y + LINE_PX, left: 0, right: 600, width: 600, height: LINE_PX, x: 0, y, toJSON: () => ({}) } as DOMRect;
  });
  const pristine = document.body.cloneNode(true);
  document.head.innerHTML = '';
  statuses = [];
  lens = createLens({
    matcher,
    prefs: { ...DEFAULT_PREFS, occurrences: 'all' },
    onStatus: (s) => statuses.push(s),
    pacing: {
      firstUnits: 50,
      minUnits: 50,
      afterNextFrame: async () => {
        await frames.paused;
        frames.count++;
        frames.left.push(marks().length);
        return 0;
      },
    },
  });
  await lens.start();
  await lens.idle();
  return { lens, pristine, ps };
}

describe('switching off', () => {
  it('removes what is on screen at once, the rest over frames, and restores the DOM exactly', async () => {
    const frames: Frames = { count: 0, left: [] };
    const { lens: l, pristine, ps } = await highlighted(400, frames);
    const total = marks().length;
    expect(total).toBe(400 * 6 + 1);
    expect(statuses.at(-1)).toBe('highlighted');
    expect(document.querySelector('style[data-elens]')).not.toBeNull();

    const off = l.switchOff();
    // The screen (768 px) and a screen of margin below it: paragraphs 0 to 15, at 100 px each.
    expect(window.innerHeight).toBe(768);
    expect(ps.slice(0, 16).filter((p) => p.querySelector('elens-mark'))).toEqual([]);
    expect(ps.slice(16).every((p) => p.querySelector('elens-mark'))).toBe(true);
    expect(statuses.at(-1)).toBe('highlighted');

    const leftAfterScreen = marks().length;
    await off;
    // Frame by frame, fewer each time (the first look comes before any slice).
    expect(frames.left[0]).toBe(leftAfterScreen);
    expect(frames.left.length).toBeGreaterThan(2);
    for (let i = 1; i < frames.left.length; i++) expect(frames.left[i]!).toBeLessThan(frames.left[i - 1]!);
    expect(marks()).toHaveLength(0);
    expect(document.body.isEqualNode(pristine)).toBe(true);
    expect(statuses.at(-1)).toBeNull();
    expect(statuses.filter((s) => s === null)).toHaveLength(1);
    // jsdom has no adoptedStyleSheets: the style is the <style> fallback.
    expect(document.querySelector('style[data-elens]')).toBeNull();
  });

  it('a page whose highlights are all on screen is restored within the switch-off itself', async () => {
    const frames: Frames = { count: 0, left: [] };
    const { lens: l, pristine } = await highlighted(10, frames);
    const off = l.switchOff();
    expect(marks()).toHaveLength(0);
    expect(statuses.at(-1)).toBeNull();
    expect(document.body.isEqualNode(pristine)).toBe(true);
    await off;
    expect(frames.count).toBe(0);
  });

  it('a stop() in the middle finishes at once, exactly, and reports null once', async () => {
    let resume!: () => void;
    const frames: Frames = { count: 0, left: [], paused: new Promise<void>((r) => (resume = r)) };
    const { lens: l, pristine } = await highlighted(300, frames);
    const off = l.switchOff();
    expect(marks().length).toBeGreaterThan(0);
    l.stop();
    expect(marks()).toHaveLength(0);
    expect(document.body.isEqualNode(pristine)).toBe(true);
    resume();
    await off;
    expect(frames.count).toBe(1);
    expect(statuses.filter((s) => s === null)).toHaveLength(1);
    l.stop();
    expect(statuses.filter((s) => s === null)).toHaveLength(1);
  });

  it('stops watching: content added during the removal is left alone', async () => {
    const { lens: l } = await highlighted(100, { count: 0, left: [] });
    const off = l.switchOff();
    const extra = document.createElement('p');
    extra.textContent = 'GCHQ reads metadata.';
    document.querySelector('article')!.append(extra);
    await off;
    await new Promise((r) => setTimeout(r, 60));
    expect(marks()).toHaveLength(0);
    expect(extra.childNodes).toHaveLength(1);
  });
});
