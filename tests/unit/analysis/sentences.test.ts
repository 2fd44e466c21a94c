import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../analysis/sentences';

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('keeps titles, initials and acronyms inside a sentence', () => {
    expect(split('Mr. Smith met Dr. J. R. Doe in Washington. They talked.')).toEqual(['Mr. Smith met Dr. J. R. Doe in Washington.', 'They talked.']);
    expect(split('The U.S. government said no. The U.K. agreed.')).toEqual(['The U.S. government said no.', 'The U.K. agreed.']);
    expect(split('It happened in the U.S. The minister left.')).toEqual(['It happened in the U.S.', 'The minister left.']);
  });

  it('keeps a question inside a quotation with its attribution', () => {
    expect(split('“Do we really want this?” she asked. Nobody answered.')).toEqual(['“Do we really want this?” she asked.', 'Nobody answered.']);
  });

  it('trims whitespace and reports offsets into the paragraph', () => {
    const text = '  First one.   Second one.  ';
    const spans = splitSentences(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['First one.', 'Second one.']);
  });

  it('splits a very long paragraph in bounded time and loses nothing', () => {
    const sentence = 'The minister said the plan was fine. ';
    const text = sentence.repeat(20_000);
    const t0 = performance.now();
    const spans = splitSentences(text);
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(spans).toHaveLength(20_000);
    expect(spans.every((s, i) => i === 0 || s.start > spans[i - 1]!.end - 1)).toBe(true);
  });
});
