import { articleFromText, readArticle, type ArticleSource } from './article';
import { findAttributions } from './attributions';
import { findMeasures } from './measures';
import { buildPositions } from './positions';
import { resolveSpeakers } from './speakers';
import { findTerms } from './terms';
import type { AnalysisResult } from './types';

/**
 * The analysis, one way through: article → attributions → speakers → stance → positions, plus
 * the glossary terms. Pure: it reads the document it is given (jsdom in Node, a DOMParser copy
 * or the live page in the browser) and never changes it.
 */

export interface AnalyzeOptions {
  /** The page's address, when known. Not used yet: the document alone decides. */
  url?: string;
}

function analyzeSource(source: ArticleSource): AnalysisResult {
  const { article, texts } = source;
  const terms = findTerms(texts);
  const { parses, attributions } = findAttributions(article);
  const speakers = resolveSpeakers(article, parses, attributions);
  const positions = buildPositions(article, attributions, speakers, findMeasures(parses));
  return {
    title: article.title,
    language: article.language,
    byline: article.byline,
    date: article.date,
    wordCount: article.wordCount,
    terms,
    positions,
  };
}

/** Terms and positions of the article in `doc`, or null when the page holds no article. */
export function analyzeDocument(doc: Document, _options: AnalyzeOptions = {}): AnalysisResult | null {
  const source = readArticle(doc);
  return source ? analyzeSource(source) : null;
}

/** The same analysis on plain text (paragraphs separated by line breaks). */
export function analyzeText(text: string, title = ''): AnalysisResult {
  return analyzeSource(articleFromText(text, title));
}

export type { AnalysisResult, PositionOut, StatementOut, TermFound, Locator, Stance } from './types';
