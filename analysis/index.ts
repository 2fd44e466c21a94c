import { articleFromText, readArticle, type ArticleSource } from './article';
import { findAttributions } from './attributions';
import { findMeasures } from './measures';
import { buildPositions, mergeOfficers, shownByRules, unnamedToBodies } from './positions';
import { resolveSpeakers } from './speakers';
import { refinePositions } from './stance-fallback';
import { findTerms } from './terms';
import type { AnalysisResult } from './types';

/**
 * The analysis, one way through: article → attributions → speakers → stance → positions (with a
 * learned second opinion for the speakers the rules leave neutral), plus
 * the glossary terms. Pure: it reads the document it is given (jsdom in Node, a DOMParser copy
 * or the live page in the browser) and never changes it.
 */

export interface AnalyzeOptions {
  /** The page's address, when known. Not used yet: the document alone decides. */
  url?: string;
  /** False: the rules alone, without the learned second opinion (what the model is trained on). */
  learned?: boolean;
  /**
   * With `learned: false`: also return the speakers the rules set aside as quoted off the issue
   * (`aside`), which the learned model reads and either sides or drops — its training examples.
   */
  aside?: boolean;
}

function analyzeSource(source: ArticleSource, { learned = true, aside = false }: AnalyzeOptions): AnalysisResult {
  const { article, texts } = source;
  const terms = findTerms(texts);
  const { parses, attributions } = findAttributions(article);
  const speakers = resolveSpeakers(article, parses, attributions);
  // The rules decide first; the learned model (stance-fallback.ts) gives a side to speakers the
  // rules left without one, drops one it is sure is off the issue, and may turn a weak verdict.
  const ruled = buildPositions(article, attributions, speakers, findMeasures(parses));
  const positions = learned ? unnamedToBodies(mergeOfficers(refinePositions(ruled))) : aside ? ruled : shownByRules(ruled);
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
export function analyzeDocument(doc: Document, options: AnalyzeOptions = {}): AnalysisResult | null {
  const source = readArticle(doc);
  return source ? analyzeSource(source, options) : null;
}

/** The same analysis on plain text (paragraphs separated by line breaks). */
export function analyzeText(text: string, title = '', options: AnalyzeOptions = {}): AnalysisResult {
  return analyzeSource(articleFromText(text, title), options);
}

export type { AnalysisResult, PositionOut, StatementOut, TermFound, Locator, Stance } from './types';
