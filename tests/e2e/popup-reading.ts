import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { analyzeDocument } from '../../analysis';

/**
 * Reading the popup as a reader sees it, for any browser driver: the in-page functions are
 * passed to `page.evaluate` / `page.waitForFunction` (Playwright or Puppeteer), the rest runs in
 * Node and compares what was shown with the labels and with the same analysis run in Node.
 */

export type Stance = 'pro-access' | 'pro-encryption' | 'neutral';

export interface PositionLabel {
  speaker: string;
  aliases?: string[];
  stance: Stance;
  optional?: boolean;
}

export interface ArticleLabels {
  title: string;
  positions: PositionLabel[];
}

/** The popup's section heading for each stance. */
export const SECTION_OF: Record<Stance, string> = {
  'pro-access': 'For access',
  'pro-encryption': 'For strong encryption',
  neutral: 'Unclear',
};

export interface PopupReading {
  state: string;
  title: string;
  balance: string;
  /** Section heading → speakers shown under it. */
  sections: Record<string, string[]>;
  terms: string[];
  readyMs: number;
}

/** In the popup: true once it has left its loading state. */
export function popupSettled(): boolean {
  const s = document.documentElement.dataset.elensState;
  return s !== undefined && s !== 'loading';
}

/** In the popup: what it shows. */
export function readPopupDom(): PopupReading {
  const clean = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const sections: Record<string, string[]> = {};
  for (const s of document.querySelectorAll('section')) {
    const heading = document.getElementById(s.getAttribute('aria-labelledby') ?? '');
    const name = clean(heading?.querySelector('span'));
    sections[name] = [...s.querySelectorAll('h3')].map((h) => clean(h));
  }
  return {
    state: document.documentElement.dataset.elensState ?? '',
    title: clean(document.querySelector('main h1')),
    balance: document.querySelector('.balance-bar')?.getAttribute('aria-label') ?? '',
    sections,
    terms: [...document.querySelectorAll('.term-name')].map((b) => clean(b)),
    readyMs: Number(document.documentElement.dataset.elensReadyMs ?? NaN),
  };
}

/** In the popup: the site switch's checked state, or null while there is none. */
export function switchChecked(): string | null {
  return document.querySelector('[role="switch"]')?.getAttribute('aria-checked') ?? null;
}

export function readLabels(jsonFile: string): ArticleLabels {
  return JSON.parse(readFileSync(jsonFile, 'utf8')) as ArticleLabels;
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\u2019']s\b/g, '')
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N} ]/gu, '')
    .trim();

/** The label's entity as the eval defines it: full name, surname or alias. */
export function sameEntity(label: PositionLabel, shown: string): boolean {
  const names = [label.speaker, ...(label.aliases ?? [])].map(norm);
  const s = norm(shown);
  if (names.includes(s)) return true;
  const words = norm(label.speaker).split(' ');
  const surname = words[words.length - 1] ?? '';
  return words.length > 1 && (s === surname || s.endsWith(` ${surname}`));
}

/** The section a labelled speaker is shown in, if any. */
export function sectionOf(reading: PopupReading, label: PositionLabel): string | undefined {
  return Object.entries(reading.sections).find(([, speakers]) => speakers.some((sp) => sameEntity(label, sp)))?.[0];
}

/** The shared analysis run in Node on the same file: the popup must show exactly this. */
export function nodeAnalysis(file: string) {
  const dom = new JSDOM(readFileSync(file, 'utf8'), { url: 'http://127.0.0.1/' });
  return analyzeDocument(dom.window.document);
}

/**
 * Runs in the article's page (`page.evaluate(paragraphInView, 'oxymoron')`): where the article
 * paragraph containing the text sits against the viewport, and the page's scroll.
 */
export function paragraphInView(text: string): { scrollY: number; top: number; bottom: number; height: number } {
  const p = [...document.querySelectorAll('article p')].find((el) => (el.textContent ?? '').includes(text))!;
  const r = p.getBoundingClientRect();
  return { scrollY, top: r.top, bottom: r.bottom, height: innerHeight };
}

