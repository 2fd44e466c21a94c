import { foldKey } from '../glossary/fold';

/**
 * Scoring against labels (`elens-labels/1`, GUIDE.md "Labels format"). A predicted position
 * matches a label when the speaker is the same entity (full name, surname or alias) and the
 * stance is equal; optional labels count neither for nor against, so a prediction that matches
 * one is neither a hit nor a false alarm.
 */

export type Stance = 'pro-access' | 'pro-encryption' | 'neutral';

export interface LabelPosition {
  speaker: string;
  aliases?: string[];
  role?: string;
  stance: Stance;
  evidence?: string;
  optional?: boolean;
}

export interface Labels {
  format: 'elens-labels/1';
  page: string;
  title?: string;
  language?: string;
  terms: string[];
  positions: LabelPosition[];
}

export interface Predicted {
  speaker: string;
  stance: string;
}

export interface PositionScore {
  tp: number;
  fp: number;
  fn: number;
  matched: Array<{ predicted: string; label: string }>;
  /** Predictions that matched no label. */
  spurious: Predicted[];
  /** Required labels no prediction matched. */
  missed: LabelPosition[];
}

/** Folded form of a name for comparison: no accents, no "the", no possessive, lower case. */
export function foldEntity(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`´]/g, "'")
    .toLowerCase()
    .replace(/'s\b/g, '')
    .replace(/^(?:the|a|an)\s+/, '')
    .replace(/[^\p{L}\p{N}\s&]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words that make a name an organisation's, whose last word is no surname ("Dutch government"). */
const NOT_A_SURNAME =
  /\b(?:government|administration|ministry|department|office|agency|commission|council|police|group|foundation|institute|university|authority|association|alliance|union|federation|party|bureau|forum|network|board|court|parliament|presidency|inc|ltd|company|collective|charity|researchers|mps)\b/;

function surname(folded: string): string | undefined {
  const parts = folded.split(' ');
  if (parts.length < 2 || NOT_A_SURNAME.test(folded)) return undefined;
  return parts[parts.length - 1];
}

/** The names a label answers to. */
function labelNames(label: LabelPosition): Set<string> {
  const names = new Set<string>();
  for (const n of [label.speaker, ...(label.aliases ?? [])]) {
    const f = foldEntity(n);
    if (!f) continue;
    names.add(f);
    const s = surname(f);
    if (s) names.add(s);
  }
  return names;
}

/**
 * GUIDE.md: "the same entity (full name, surname, or alias)". A predicted person's surname
 * matches the label's surname or an alias ("Inspector Roy Kartoredjo" predicted as "Roy
 * Kartoredjo" for the police force whose aliases name him). Only a name's surname: the last word of
 * a description in lower case ("the UK's communications regulator") is no surname.
 */
export function sameEntity(predicted: string, label: LabelPosition): boolean {
  const names = labelNames(label);
  const p = foldEntity(predicted);
  if (names.has(p)) return true;
  const s = /\p{Lu}[^\s]*$/u.test(predicted.trim()) ? surname(p) : undefined;
  return s !== undefined && names.has(s);
}

export function scorePositions(predicted: readonly Predicted[], labels: readonly LabelPosition[]): PositionScore {
  const used = new Set<number>();
  const matched: PositionScore['matched'] = [];
  const spurious: Predicted[] = [];
  let tp = 0;
  // Required labels first, so that an optional duplicate never steals a hit.
  const order = labels.map((l, i) => ({ l, i })).sort((a, b) => Number(a.l.optional === true) - Number(b.l.optional === true));
  for (const p of predicted) {
    const hit = order.find(({ l, i }) => !used.has(i) && l.stance === p.stance && sameEntity(p.speaker, l));
    if (!hit) {
      spurious.push(p);
      continue;
    }
    used.add(hit.i);
    matched.push({ predicted: p.speaker, label: hit.l.speaker });
    if (!hit.l.optional) tp++;
  }
  const missed = labels.filter((l, i) => !l.optional && !used.has(i));
  return { tp, fp: spurious.length, fn: missed.length, matched, spurious, missed };
}

export function prf(tp: number, fp: number, fn: number): { precision: number; recall: number; f1: number } {
  // Nothing to find and nothing found is a perfect answer (the article with no positions).
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Share of labelled terms that the matcher found: the same words, or a match inside them ("encryption backdoors"). */
export function termRecall(labelled: readonly string[], matched: readonly string[]): { found: number; total: number; missing: string[] } {
  const forms = matched.map((m) => foldKey(m));
  const padded = (s: string) => ` ${s} `;
  const missing: string[] = [];
  let found = 0;
  for (const term of labelled) {
    const key = foldKey(term);
    const hit = forms.some((f) => f === key || padded(key).includes(padded(f)) || padded(f).includes(padded(key)));
    if (hit) found++;
    else missing.push(term);
  }
  return { found, total: labelled.length, missing };
}

/**
 * Predictions that can be scored against labels listing only who takes a side (the sentence
 * cases): a neutral prediction there is neither right nor wrong, since a speaker the labels leave
 * out may be neutral or not in the debate at all.
 */
export function sidedOnly<P extends Pick<Predicted, 'stance'>>(predicted: readonly P[]): P[] {
  return predicted.filter((p) => p.stance !== 'neutral');
}
