import { TERMS } from '../glossary/terms';

/**
 * Generates a realistic article page of roughly `targetBytes` of HTML for the benchmarks:
 * nested divs, links, inline formatting, asides, and about one glossary term per 200 words.
 * Deterministic (seeded), so runs compare like with like.
 */

const FILLER = (
  'the government said on Tuesday that officials would review the proposal before the summer ' +
  'recess while critics in parliament warned that the plan had been rushed and that ministers ' +
  'had not consulted the companies affected nor the public who use these services every day ' +
  'analysts noted that similar measures elsewhere took years to draft and were revised after ' +
  'court challenges and a long period of consultation with industry and civil society groups'
).split(' ');

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface GeneratedPage {
  html: string;
  words: number;
  termsPlanted: number;
}

export function generateArticlePage(targetBytes: number, seed = 42): GeneratedPage {
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  // Unambiguous, case-insensitive forms only, so every planted term is one a reader would get.
  const forms = TERMS.filter((t) => !t.ambiguous).flatMap((t) => t.forms);
  let words = 0;
  let termsPlanted = 0;

  const sentence = (): string => {
    const n = 12 + Math.floor(rand() * 14);
    const parts: string[] = [];
    for (let i = 0; i < n; i++) {
      words++;
      if (words % 200 === 0 && forms.length) {
        termsPlanted++;
        parts.push(escapeHtml(pick(forms)));
        continue;
      }
      const w = pick(FILLER);
      const r = rand();
      if (r < 0.03) parts.push(`<a href="#w${words}">${w}</a>`);
      else if (r < 0.05) parts.push(`<em>${w}</em>`);
      else if (r < 0.06) parts.push(`<strong>${w}</strong>`);
      else parts.push(w);
    }
    const s = parts.join(' ');
    return s.charAt(0).toUpperCase() + s.slice(1) + '.';
  };

  const head =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Generated article</title>' +
    '<style>body{font:16px/1.5 Georgia,serif;max-width:42em;margin:auto}aside{font-size:.8em}</style></head>' +
    '<body><header><nav><a href="/">Home</a> <a href="/tech">Technology</a></nav></header>' +
    '<main><article><h1>Ministers weigh new rules on encrypted messaging</h1>' +
    '<p class="byline">By A. Writer</p><div class="story-body">';
  const tail = '</div></article></main><footer><p>© Example News</p></footer></body></html>';
  const chunks: string[] = [head];
  let size = head.length + tail.length;
  let section = 0;
  while (size < targetBytes) {
    section++;
    let block = `<div class="section" id="s${section}"><div class="inner"><h2>Section ${section}</h2>`;
    for (let p = 0; p < 6; p++) {
      const sentences = 2 + Math.floor(rand() * 4);
      let para = '<p>';
      for (let s = 0; s < sentences; s++) para += sentence() + ' ';
      block += `${para}</p>`;
    }
    if (section % 5 === 0) block += '<aside><p>Related: more coverage of the debate.</p></aside>';
    block += '</div></div>';
    chunks.push(block);
    size += block.length;
  }
  chunks.push(tail);
  return { html: chunks.join(''), words, termsPlanted };
}
