/**
 * The data that flows through the analysis, stage by stage:
 * Article (paragraphs, sentences) → Attribution (who says what, as written) → Speaker (mentions
 * merged into entities) → Position (one per speaker, with a stance).
 */

export type Stance = 'pro-access' | 'pro-encryption' | 'neutral';

/** Where a piece of text sits in the page, so the popup can scroll to it and flash it. */
export interface Locator {
  /** Index into `Article.paragraphs`. */
  paragraph: number;
  /**
   * Element-child indices from `<html>` down to the block that holds the paragraph: finds the
   * same element in the live page when the analysis ran on a parsed copy of it.
   */
  path: number[];
  /** Offsets into the paragraph's text (the block's text nodes joined, as the highlighter reads them). */
  start: number;
  end: number;
  /** The sentence as the page wrote it: the text to search for when the page has changed. */
  sentence: string;
  /** The statement's own text (a quotation without its marks, or the sentence). */
  text: string;
}

export type ParagraphKind = 'text' | 'heading' | 'quote' | 'item' | 'meta';

export interface Paragraph {
  index: number;
  /** The block's text with every whitespace character turned into a space (offsets kept). */
  text: string;
  kind: ParagraphKind;
  path: number[];
  /**
   * Set as an interviewer's turn: a paragraph all in bold, opening with "Q:", or with a class
   * that says so ("q", "question"). Interviews also mark questions with "?" alone.
   */
  prompt?: boolean;
}

export interface Sentence {
  index: number;
  paragraph: number;
  /** Offsets into the paragraph's text. */
  start: number;
  end: number;
  text: string;
}

export interface Article {
  title: string;
  byline: string | null;
  date: string | null;
  language: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  /** Paragraph texts of the article region, for counting words. */
  wordCount: number;
}

export interface TermFound {
  id: string;
  term: string;
  count: number;
  /** Distinct surface forms as the page wrote them, in order of first appearance. */
  matched: string[];
}

export interface StatementOut {
  text: string;
  kind: 'direct' | 'indirect';
  locator: Locator;
}

export interface PositionOut {
  speaker: string;
  role: string;
  stance: Stance;
  confidence: number;
  reason: string;
  statements: StatementOut[];
  /**
   * Set only inside the analysis: the rules found this speaker quoted but not on the debate's
   * ground (a victim's mother on her loss). Never shown as it is: the learned second opinion
   * either finds a side in the words or drops it.
   */
  aside?: true;
  /** Set only inside the analysis: the organisation this person speaks for, when it has a position of its own. */
  speaksFor?: string;
}

export interface AnalysisResult {
  title: string;
  language: string;
  byline: string | null;
  date: string | null;
  wordCount: number;
  terms: TermFound[];
  positions: PositionOut[];
}
