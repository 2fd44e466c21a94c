import type { ArticleView, PositionView, Stance, StatementView, TermFound } from './model';

/**
 * Narrows the analysis result to what the popup shows. Defensive on purpose: the popup must
 * never go blank or throw because one field came back missing or oddly typed.
 */

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null;
const str = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v : fallback);
const num = (v: unknown, fallback: number): number =>
  typeof v === 'number' && Number.isFinite(v) ? v : fallback;
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

const STANCES: readonly Stance[] = ['pro-access', 'pro-encryption', 'neutral'];

function statement(raw: unknown): StatementView | null {
  if (!isObj(raw)) return null;
  const text = str(raw.text).trim();
  if (!text) return null;
  const locator = isObj(raw.locator) ? raw.locator : {};
  // The locator's own text and sentence are the page's wording: the best anchors there are.
  const anchors = ['text', 'sentence']
    .map((k) => str(locator[k]).trim())
    .filter((a) => a.length > 0 && a !== text);
  const path = list(locator.path);
  const validPath = path.length > 0 && path.every((i) => typeof i === 'number' && Number.isInteger(i) && i >= 0);
  return {
    text,
    kind: raw.kind === 'direct' ? 'direct' : 'indirect',
    anchors: [...new Set(anchors)],
    ...(validPath ? { path: path as number[] } : {}),
  };
}

function position(raw: unknown): PositionView | null {
  if (!isObj(raw)) return null;
  const speaker = str(raw.speaker).trim();
  if (!speaker) return null;
  const stance = STANCES.includes(raw.stance as Stance) ? (raw.stance as Stance) : 'neutral';
  return {
    speaker,
    role: str(raw.role).trim(),
    stance,
    confidence: Math.min(1, Math.max(0, num(raw.confidence, 0.5))),
    reason: str(raw.reason).trim(),
    statements: list(raw.statements)
      .map(statement)
      .filter((s): s is StatementView => s !== null),
  };
}

function term(raw: unknown): TermFound | null {
  if (!isObj(raw)) return null;
  const id = str(raw.id);
  if (!id) return null;
  const matched = list(raw.matched).filter((m): m is string => typeof m === 'string' && m.length > 0);
  return {
    id,
    term: str(raw.term, id),
    count: Math.max(1, Math.round(num(raw.count, matched.length || 1))),
    matched,
  };
}

export function toArticleView(raw: unknown): ArticleView | null {
  if (!isObj(raw)) return null;
  return {
    title: str(raw.title).trim(),
    language: str(raw.language),
    terms: list(raw.terms)
      .map(term)
      .filter((t): t is TermFound => t !== null),
    positions: list(raw.positions)
      .map(position)
      .filter((p): p is PositionView => p !== null),
  };
}
