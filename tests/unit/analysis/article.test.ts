import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { articleFromText, readArticle } from '../../../analysis/article';

const SEED = '../shared/fixtures/seed-article.html';
const doc = (html: string) => new JSDOM(html).window.document;

describe('readArticle', () => {
  it('reads the seed article: title, language, paragraphs, and nothing from the aside or nav', () => {
    const source = readArticle(doc(readFileSync(SEED, 'utf8')))!;
    const { article } = source;
    expect(article.title).toBe('Germany and France Push EU to Draw up Crypto Backdoor Laws');
    expect(article.language).toBe('en');
    const text = article.paragraphs.map((p) => p.text).join('\n');
    expect(text).toContain('Rafael Laguna, CEO of comms firm Open-Xchange');
    expect(text).not.toContain('Webinar: managing keys');
    expect(text).not.toContain('White papers');
    expect(article.wordCount).toBeGreaterThan(500);
    expect(article.sentences.length).toBeGreaterThan(25);
  });

  it('keeps a locator from each sentence back to its element in the page', () => {
    const html = '<html lang="en-GB"><body><nav>Home</nav><article><h1>Title here</h1><p>First sentence here, long enough to be read as prose by the region finder. Second sentence here.</p><p>Third <em>one</em> here, and a few more words so that the article is long enough.</p></article></body></html>';
    const d = doc(html);
    const { article } = readArticle(d)!;
    expect(article.language).toBe('en');
    const third = article.sentences.find((s) => s.text.startsWith('Third'))!;
    const paragraph = article.paragraphs[third.paragraph]!;
    let el: Element = d.documentElement;
    for (const i of paragraph.path) el = el.children[i]!;
    expect(el.tagName).toBe('P');
    expect(el.textContent!.slice(third.start, third.end)).toBe(third.text);
    expect(third.text).toMatch(/^Third one here, and a few more words/);
  });

  it('tells bylines and headings from prose', () => {
    const html = '<html><body><article><h1>Headline</h1><p class="byline">By Jane Roe</p><h2>A subhead</h2><p>The body of the article has enough words to count as prose, really. It goes on for a while longer so that the region finder accepts it as an article.</p></article></body></html>';
    const { article } = readArticle(doc(html))!;
    expect(article.byline).toBe('Jane Roe');
    expect(article.paragraphs.map((p) => p.kind)).toEqual(['heading', 'meta', 'heading', 'text']);
    expect(article.sentences.every((s) => article.paragraphs[s.paragraph]!.kind !== 'meta')).toBe(true);
  });

  it('returns null for a page with no article', () => {
    expect(readArticle(doc('<html><body><nav><a href="#">Home</a></nav></body></html>'))).toBeNull();
  });

  it('does not change the document it reads', () => {
    const d = doc(readFileSync(SEED, 'utf8'));
    const before = d.documentElement.outerHTML;
    readArticle(d);
    expect(d.documentElement.outerHTML).toBe(before);
  });

  it('builds an article from plain text, one paragraph per line', () => {
    const { article } = articleFromText('One. Two.\nThree.');
    expect(article.paragraphs).toHaveLength(2);
    expect(article.sentences.map((s) => s.text)).toEqual(['One.', 'Two.', 'Three.']);
  });

  it('marks interviewers’ turns: all in bold, "Q:", or a question class', () => {
    const html = '<html lang="en"><body><article><h1>An interview</h1><p>Mara Lind has led the unit since 2020, and she talked to us about her work at length in her office.</p><p><strong>Critics say you want a backdoor into every phone.</strong></p><p>I do not. I want a warrant to mean something when a judge has signed it.</p><p class="q">Will the companies leave the country over this law?</p><p>Q: And what about the cost of all of this to the taxpayer?</p><p>Some of them say so. Most of them are still here, years after saying it.</p></article></body></html>';
    const { article } = readArticle(doc(html))!;
    const prompts = article.paragraphs.filter((p) => p.prompt).map((p) => p.text.slice(0, 12));
    expect(prompts).toEqual(['Critics say ', 'Will the com', 'Q: And what ']);
  });
});
