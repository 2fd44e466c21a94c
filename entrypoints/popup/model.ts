import type { Restriction } from './restrictions';

/** What the popup shows. The analysis' own result is narrowed to this in `analyze.ts`. */

export type Stance = 'pro-access' | 'pro-encryption' | 'neutral';

export interface StatementView {
  text: string;
  kind: 'direct' | 'indirect';
  /** Extra texts to look for in the page when the statement itself is not found verbatim. */
  anchors: string[];
  /** Element-child indices from `<html>` to the statement's block, when the analysis knows it. */
  path?: number[];
}

export interface PositionView {
  speaker: string;
  role: string;
  stance: Stance;
  /** 0…1 */
  confidence: number;
  reason: string;
  statements: StatementView[];
}

export interface TermFound {
  id: string;
  term: string;
  count: number;
  /** Surface forms as they appear in the text. */
  matched: string[];
}

export interface ArticleView {
  title: string;
  language: string;
  terms: TermFound[];
  positions: PositionView[];
}

export interface Timings {
  /** From popup navigation start to the results on screen. */
  readyMs?: number;
  snapshotMs: number;
  inPageMs: number;
  parseMs: number;
  analyzeMs: number;
}

export interface PageInfo {
  url: string;
  /** http(s) hostname, or null where the per-site switch makes no sense (file:, …). */
  host: string | null;
}

export type PageState =
  | { kind: 'loading' }
  | { kind: 'restricted'; restriction: Restriction; url?: string }
  | ({ kind: 'no-article'; title: string } & PageInfo)
  | ({ kind: 'ready'; article: ArticleView; timings: Timings } & PageInfo)
  | ({ kind: 'error'; message: string } & Partial<PageInfo>);
