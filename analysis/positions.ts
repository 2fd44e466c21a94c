import { priorFor } from './actors';
import type { Attribution } from './attributions';
import type { SpeakerResult } from './speakers';
import { decideStance, scoreStatement, type StatementScore } from './stance';
import type { Article, PositionOut, StatementOut } from './types';

/**
 * One position per speaker: every statement attributed to them, one stance decided from all of
 * them (with the usual side of their kind of actor as a tie-breaker), in reading order.
 */
export function buildPositions(article: Article, attributions: readonly Attribution[], resolved: SpeakerResult): PositionOut[] {
  const bySpeaker = new Map<number, Attribution[]>();
  for (const a of attributions) {
    for (const id of resolved.byAttribution.get(a.id) ?? []) {
      const list = bySpeaker.get(id) ?? [];
      list.push(a);
      bySpeaker.set(id, list);
    }
  }
  const positions: Array<PositionOut & { first: number }> = [];
  for (const [id, list] of bySpeaker) {
    const speaker = resolved.speakers[id]!;
    const ordered = [...list].sort((x, y) => x.sentence - y.sentence || x.start - y.start);
    const statements: StatementOut[] = [];
    const scores: StatementScore[] = [];
    const seen = new Set<string>();
    const shown = new Set<string>();
    for (const a of ordered) {
      // A quotation and the sentence around it can both be attributed: weigh the words once.
      const key = `${a.paragraph}:${a.start}:${a.end}:${a.frame}`;
      if (seen.has(key)) continue;
      seen.add(key);
      scores.push(scoreStatement(a.content, a.frame, a.cue));
      if (shown.has(a.text)) continue;
      shown.add(a.text);
      const paragraph = article.paragraphs[a.paragraph];
      statements.push({
        text: a.text,
        kind: a.kind,
        locator: { paragraph: a.paragraph, path: paragraph?.path ?? [], start: a.start, end: a.end, sentence: a.context, text: a.text },
      });
    }
    const tookSides = ordered.some((a) => a.frame !== 'say');
    const verdict = decideStance(scores, priorFor(speaker.name, speaker.role), tookSides);
    positions.push({
      speaker: speaker.name,
      role: speaker.role,
      stance: verdict.stance,
      confidence: verdict.confidence,
      reason: verdict.reason,
      statements,
      first: ordered[0]!.sentence,
    });
  }
  positions.sort((a, b) => a.first - b.first);
  return positions.map(({ first: _first, ...p }) => p);
}
