import { describe, expect, it } from 'vitest';
import { findQuotes, findQuotesInParagraphs } from '../../../analysis/quotes';

const texts = (text: string) => findQuotes(text, 0, false).map((q) => q.text);

describe('findQuotes', () => {
  it('finds curly, straight and mixed quotations', () => {
    expect(texts('“Curly,” he said. "Straight," she said. “Mixed," they said.')).toEqual(['Curly,', 'Straight,', 'Mixed,']);
    expect(texts('"Opened straight, closed curly,” he said.')).toEqual(['Opened straight, closed curly,']);
  });

  it('keeps a quotation inside a quotation as part of it', () => {
    expect(texts('“They call it a ‘front door’, but it is a door,” she said.')).toEqual(['They call it a ‘front door’, but it is a door,']);
  });

  it('does not take apostrophes for quotation marks', () => {
    expect(texts('The company’s chief said it didn’t matter, and the providers’ keys stayed.')).toEqual([]);
  });

  it('finds single quotation marks used as quotation marks and as scare quotes', () => {
    expect(texts('‘We will not comply,’ he said of the ‘God Key’.')).toEqual(['We will not comply,', 'God Key']);
  });

  it('closes a quotation that was never closed when a new one opens', () => {
    expect(texts('“First part, he said. “Second part.”')).toEqual(['First part, he said.', 'Second part.']);
  });

  it('links a quotation running over paragraphs', () => {
    const [first, second] = findQuotesInParagraphs(['“We had the phones and the warrants.', '“And still nothing,” she said.']);
    expect(first![0]!.open).toBe(true);
    expect(second![0]!.continued).toBe(true);
    expect(second![0]!.text).toBe('And still nothing,');
  });

  it('is linear on a paragraph of unclosed quotations', () => {
    const text = '“word '.repeat(200_000);
    const t0 = performance.now();
    findQuotes(text, 0, false);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
