import { TERMS } from '../glossary/terms';

/**
 * Generates realistic article pages for the benchmarks: nested divs, links, inline formatting,
 * lists, pull quotes, asides and page chrome around one long story, with about one glossary term
 * per 200 words (or as many as asked for). Deterministic (seeded), so runs compare like with like.
 * The prose is filler about a fictional policy debate; nobody is quoted.
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

export interface GenerateOptions {
  /** One planted glossary form every this many words (default 200). */
  termEvery?: number;
}

/** Unambiguous, case-insensitive forms only, so every planted term is one a reader would get. */
function plantableForms(): string[] {
  return TERMS.filter((t) => !t.ambiguous).flatMap((t) => t.forms);
}

/** Writes paragraphs of filler prose with planted terms; shared by the static and dynamic pages. */
function createProse(seed: number, termEvery: number) {
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const forms = plantableForms();
  const stats = { words: 0, termsPlanted: 0 };

  const term = (): string => {
    stats.termsPlanted++;
    const form = escapeHtml(pick(forms));
    // Now and then a term sits inside inline formatting or a link, as editors write them.
    const r = rand();
    if (r < 0.1) return `<em>${form}</em>`;
    if (r < 0.15) return `<a href="#t${stats.termsPlanted}">${form}</a>`;
    return form;
  };

  const sentence = (): string => {
    const n = 12 + Math.floor(rand() * 14);
    const parts: string[] = [];
    for (let i = 0; i < n; i++) {
      stats.words++;
      if (stats.words % termEvery === 0 && forms.length) {
        parts.push(term());
        continue;
      }
      const w = pick(FILLER);
      const r = rand();
      if (r < 0.03) parts.push(`<a href="#w${stats.words}">${w}</a>`);
      else if (r < 0.05) parts.push(`<em>${w}</em>`);
      else if (r < 0.06) parts.push(`<strong>${w}</strong>`);
      else if (r < 0.065) parts.push(`<span class="kw">${w}</span>`);
      else parts.push(w);
    }
    const s = parts.join(' ');
    return s.charAt(0).toUpperCase() + s.slice(1) + '.';
  };

  const paragraph = (): string => {
    const sentences = 2 + Math.floor(rand() * 4);
    let para = '<p>';
    for (let s = 0; s < sentences; s++) para += sentence() + ' ';
    return `${para}</p>`;
  };

  /** A section of six paragraphs, with the occasional list, pull quote or aside. */
  const section = (n: number): string => {
    let block = `<div class="section" id="s${n}"><div class="inner"><h2>Section ${n}</h2>`;
    for (let p = 0; p < 6; p++) block += paragraph();
    if (n % 3 === 0) {
      block += '<ul class="points">';
      for (let i = 0; i < 3; i++) block += `<li>${sentence()}</li>`;
      block += '</ul>';
    }
    if (n % 4 === 0) block += `<blockquote><p>${sentence()}</p></blockquote>`;
    if (n % 5 === 0) {
      block +=
        '<aside class="related"><p>Related: <a href="/more">more coverage of the debate</a>.</p></aside>' +
        '<figure><div class="img" role="img" aria-label="Chart"></div>' +
        `<figcaption>${sentence()}</figcaption></figure>`;
    }
    return `${block}</div></div>`;
  };

  return { paragraph, section, stats };
}

const STYLE =
  'body{font:16px/1.5 Georgia,serif;max-width:42em;margin:auto}aside{font-size:.8em}' +
  '.img{height:120px;background:#ddd}blockquote{font-style:italic}';

const HEAD = (title: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
  `<style>${STYLE}</style></head>` +
  '<body><header><nav><a href="/">Home</a> <a href="/tech">Technology</a> <a href="/politics">Politics</a></nav></header>' +
  '<main><article><h1>Ministers weigh new rules on encrypted messaging</h1>' +
  '<p class="byline">By A. Writer</p><div class="story-body">';

const TAIL =
  '</div></article></main>' +
  '<section id="comments"><h2>Comments</h2><p>Reader comments are closed.</p></section>' +
  '<footer><p>© Example News</p></footer></body></html>';

export function generateArticlePage(
  targetBytes: number,
  seed = 42,
  opts: GenerateOptions = {},
): GeneratedPage {
  const prose = createProse(seed, opts.termEvery ?? 200);
  const head = HEAD('Generated article');
  const chunks: string[] = [head];
  let size = head.length + TAIL.length;
  let n = 0;
  while (size < targetBytes) {
    const block = prose.section(++n);
    chunks.push(block);
    size += block.length;
  }
  chunks.push(TAIL);
  return { html: chunks.join(''), ...prose.stats };
}

export interface DynamicPage extends GeneratedPage {
  /** Paragraphs the page appends after `window.__benchScroll()` is called. */
  appended: number;
}

export interface DynamicOptions extends GenerateOptions {
  /** Size of the story present at load. */
  initialBytes?: number;
  paragraphs?: number;
  batches?: number;
  /** Time over which the batches arrive. */
  durationMs?: number;
}

/**
 * An infinite-scroll page: a story, then (once `window.__benchScroll()` is called) more
 * paragraphs appended to the story in evenly spaced batches. `window.__benchScrollDone` resolves
 * when the last batch is in.
 */
export function generateDynamicPage(seed = 7, opts: DynamicOptions = {}): DynamicPage {
  const paragraphs = opts.paragraphs ?? 200;
  const batches = opts.batches ?? 20;
  const durationMs = opts.durationMs ?? 5000;
  const initial = generateArticlePage(opts.initialBytes ?? 50_000, seed, opts);
  const more = createProse(seed + 1, opts.termEvery ?? 200);
  const added: string[] = [];
  for (let i = 0; i < paragraphs; i++) added.push(more.paragraph());
  // The payload is our own generated markup; only `<` needs escaping inside a script.
  const payload = JSON.stringify(added).replace(/</g, '\\u003c');
  const script =
    '<script>(() => {' +
    `const paras = ${payload}; const batches = ${batches}; const every = ${durationMs / batches};` +
    'let done; window.__benchScrollDone = new Promise((r) => { done = r; });' +
    'window.__benchScroll = () => {' +
    '  const body = document.querySelector(".story-body"); const per = Math.ceil(paras.length / batches); let i = 0;' +
    '  const tick = () => {' +
    '    const box = document.createElement("div"); box.className = "more";' +
    '    box.innerHTML = paras.slice(i * per, (i + 1) * per).join("");' +
    '    body.append(box); i++;' +
    '    if (i < batches) setTimeout(tick, every); else done(performance.now());' +
    '  };' +
    '  setTimeout(tick, every);' +
    '};' +
    '})();</script>';
  const html = initial.html.replace('</body>', `${script}</body>`);
  return {
    html,
    words: initial.words + more.stats.words,
    termsPlanted: initial.termsPlanted + more.stats.termsPlanted,
    appended: paragraphs,
  };
}
