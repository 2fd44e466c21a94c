import { priorFor } from './actors';
import type { Attribution } from './attributions';
import type { SpeakerResult } from './speakers';
import { decideStance, scoreStatement, type MeasureRef, type StatementScore } from './stance';
import type { Article, PositionOut, StatementOut } from './types';
import { DEBATE_CORE, DEBATE_SET_ASIDE, NO_COMMENT, SIDE_IN_ROLE } from './stance-lexicon';
import { SPOKES_ROLE, UNNAMED_AT } from './gazetteer';


/**
 * One position per speaker: every statement attributed to them, one stance decided from all of
 * them (with the usual side of their kind of actor as a tie-breaker), in reading order.
 */
export function buildPositions(article: Article, attributions: readonly Attribution[], resolved: SpeakerResult, measures: readonly MeasureRef[] = []): PositionOut[] {
  const bySpeaker = new Map<number, Attribution[]>();
  for (const a of attributions) {
    for (const id of resolved.byAttribution.get(a.id) ?? []) {
      const list = bySpeaker.get(id) ?? [];
      list.push(a);
      bySpeaker.set(id, list);
    }
  }
  // A spokesperson speaks for their organisation: one card, the organisation's, with their words.
  for (const [id, list] of [...bySpeaker]) {
    const org = resolved.speakers[id]!.affiliation;
    // (A person's spokesperson is that person's voice, whether or not they speak themselves.)
    if (org === undefined || !SPOKES_ROLE.test(resolved.speakers[id]!.role) || (!bySpeaker.has(org) && resolved.speakers[org]!.kind !== 'person')) continue;
    bySpeaker.set(org, [...(bySpeaker.get(org) ?? []), ...list]);
    bySpeaker.delete(id);
  }
  const positions: Array<PositionOut & { first: number; id: number }> = [];
  const evidence = new Map<number, { scores: StatementScore[]; prior: -1 | 0 | 1; tookSides: boolean }>();
  for (const [id, list] of bySpeaker) {
    const speaker = resolved.speakers[id]!;
    const ordered = [...list].sort((x, y) => x.sentence - y.sentence || x.start - y.start);
    const statements: StatementOut[] = [];
    const scores: StatementScore[] = [];
    const seen = new Set<string>();
    const shown = new Set<string>();
    for (const a of ordered) {
      // "declined to comment": no statement, and no position if that is all there is.
      if (NO_COMMENT.test(a.content) || NO_COMMENT.test(`${a.cue} ${a.content}`)) continue;
      // A quotation and the sentence around it can both be attributed: weigh the words once.
      const key = `${a.paragraph}:${a.start}:${a.end}:${a.frame}`;
      if (seen.has(key)) continue;
      seen.add(key);
      scores.push(scoreStatement(a.content, a.frame, a.cue, measures));
      if (shown.has(a.text)) continue;
      shown.add(a.text);
      const paragraph = article.paragraphs[a.paragraph];
      statements.push({
        text: a.text,
        kind: a.kind,
        locator: { paragraph: a.paragraph, path: paragraph?.path ?? [], start: a.start, end: a.end, sentence: a.context, text: a.text },
      });
    }
    if (statements.length === 0) continue;
    // "Marco Ruiz, a longtime advocate of lawful access, said …": how the article introduces a
    // speaker can say their side as plainly as their words.
    const introduced = SIDE_IN_ROLE.test(speaker.role) ? scoreStatement(speaker.role, 'say', '', measures) : undefined;
    if (introduced && introduced.score !== 0) scores.push(introduced);
    const tookSides = ordered.some((a) => a.frame !== 'say');
    const prior = priorFor(speaker.name, speaker.role);
    evidence.set(id, { scores, prior, tookSides });
    const verdict = decideStance(scores, prior, tookSides);
    const org = speaker.affiliation;
    positions.push({
      id,
      speaker: speaker.name,
      role: speaker.role,
      stance: verdict.stance,
      confidence: verdict.confidence,
      reason: verdict.reason,
      statements,
      first: ordered[0]!.sentence,
      ...(org !== undefined && bySpeaker.has(org) ? { speaksFor: resolved.speakers[org]!.name } : {}),
    });
  }
  leanOnOthers(positions, evidence, attributions, resolved);
  // Someone quoted only on something else (revenue, the weather, another bill) takes no
  // position in this debate; nor does a person left neutral by words that are only the debate's
  // everyday vocabulary (apps, messages, keys, passwords: a product manager on a recovery screen,
  // a user on a sticky note), while bodies that comment (a regulator "in contact with the
  // company") do. Such speakers are kept aside, not dropped: a victim's mother who asks why "a
  // company gets to decide that I never find out" argues a side in words no rule lists, and the
  // learned second opinion (stance-fallback.ts) may find it, or drops her.
  const placed = positions.flatMap((p) => {
    if (p.stance !== 'neutral') return [p];
    // Someone who only did something that takes no side ("Halvard builds routers") said nothing here.
    if ((bySpeaker.get(p.id) ?? []).every((a) => a.deed)) return [];
    return onIssue(p) ? [p] : [{ ...p, aside: true as const }];
  });
  placed.sort((a, b) => a.first - b.first);
  return placed.map(({ first: _first, id: _id, ...p }) => p);

  function onIssue(p: PositionOut & { id: number }): boolean {
    const scores = evidence.get(p.id)!.scores;
    if (scores.some((s) => s.topical > 0 || s.balanced)) return true;
    if (!scores.some((s) => s.debateWords > 0)) return false;
    // ("the phone policy was about attention, not about the encryption bill": the debate named only to be set aside.)
    return resolved.speakers[p.id]!.kind !== 'person' || p.statements.some((s) => DEBATE_CORE.test(s.text.replace(DEBATE_SET_ASIDE, '')));
  }
}

/** Two cards' statements as one card's: both may hold the same words, or a part of them; each shown once, in page order. */
function joined(a: readonly StatementOut[], b: readonly StatementOut[]): StatementOut[] {
  const all = [...a, ...b];
  return all
    .filter((x, k) => !all.some((y, l) => y.text.includes(x.text.replace(/^\W+|\W+$/g, '')) && (y.text.length > x.text.length || l < k)))
    .sort((x, y) => x.locator.paragraph - y.locator.paragraph || x.locator.start - y.locator.start);
}

/**
 * A person who speaks for an organisation that takes the same side is one voice with it ("the
 * foundation said …; its director, Sanne Wijnbergen, added …"): one card, the person's, naming
 * the organisation, with both sets of words, and one voice in the balance. Different sides stay
 * apart: the director who breaks with her board is news.
 */
export function mergeOfficers(positions: readonly PositionOut[]): PositionOut[] {
  const out: Array<PositionOut | null> = positions.map(({ speaksFor: _, ...p }) => p);
  // (Indexed once: a page can hold thousands of speakers.)
  const bodies = new Map(positions.flatMap((q, j) => (q.speaksFor ? [] : [[`${q.speaker}\n${q.stance}`, j] as const])));
  positions.forEach((p, i) => {
    const j = bodies.get(`${p.speaksFor}\n${p.stance}`) ?? -1;
    const org = out[j];
    if (!org) return;
    out[j] = null;
    // ("the company's chief executive" of Kite: "chief executive, Kite".)
    const role = p.role.replace(/^(?:the\s+)?(?:its|their|\p{Ll}+['’]s)\s+/u, '');
    out[i] = {
      ...out[i]!,
      role: role.includes(org.speaker) ? role : role ? `${role}, ${org.speaker}` : org.speaker,
      confidence: Math.max(p.confidence, org.confidence),
      statements: joined(p.statements, org.statements),
    };
  });
  return out.filter((p) => p !== null);
}

/**
 * An unnamed source's card carries the body's name: readers (and labellers) take "an official at
 * the Interior Ministry" as the ministry speaking. Not where the body has a card of its own.
 */
export function unnamedToBodies(positions: readonly PositionOut[]): PositionOut[] {
  const names = new Set(positions.map((p) => p.speaker));
  return positions.map((p) => {
    const body = UNNAMED_AT.exec(p.speaker)?.[1];
    return body && !names.has(body) ? { ...p, speaker: body, role: p.role || p.speaker } : p;
  });
}

/** What the rules alone show a reader: the speakers they set aside (for the learned model to read) are not shown. */
export function shownByRules<P extends Pick<PositionOut, 'aside'>>(positions: readonly P[]): P[] {
  return positions.filter((p) => !p.aside);
}

/**
 * Someone whose own words leave their side open takes the side of whom they side with ("has
 * sided with the company": the company's side; "criticised the minister": the other one), of the
 * organisation they speak for ("its director"), or of the officers who speak for their
 * organisation. Decided speakers keep their own verdict; this only breaks ties.
 */
function leanOnOthers(
  positions: Array<PositionOut & { id: number }>,
  evidence: Map<number, { scores: StatementScore[]; prior: -1 | 0 | 1; tookSides: boolean }>,
  attributions: readonly Attribution[],
  resolved: SpeakerResult,
): void {
  // Indexed once: a page can hold thousands of speakers, and each lookup must stay cheap.
  const byId = new Map<number, PositionOut & { id: number }>();
  const own = new Map<number, -1 | 0 | 1>();
  for (const p of positions) {
    byId.set(p.id, p);
    own.set(p.id, p.stance === 'pro-access' ? 1 : p.stance === 'pro-encryption' ? -1 : 0);
  }
  const decidedByWords = new Set<number>();
  for (const p of positions) if (p.stance !== 'neutral' && !p.reason.startsWith('usual side')) decidedByWords.add(p.id);
  const allies = new Map<number, Attribution[]>();
  for (const a of attributions) {
    if (!resolved.allyOf.has(a.id)) continue;
    for (const id of resolved.byAttribution.get(a.id) ?? []) {
      const list = allies.get(id) ?? [];
      list.push(a);
      allies.set(id, list);
    }
  }
  const officersOf = new Map<number, Array<PositionOut & { id: number }>>();
  for (const p of positions) {
    const org = resolved.speakers[p.id]!.affiliation;
    if (org === undefined || !decidedByWords.has(p.id)) continue;
    const list = officersOf.get(org) ?? [];
    list.push(p);
    officersOf.set(org, list);
  }
  for (const p of positions) {
    if (p.stance !== 'neutral') continue;
    let lean: -1 | 0 | 1 = 0;
    let because = '';
    for (const a of allies.get(p.id) ?? []) {
      const ally = resolved.allyOf.get(a.id)!;
      if (!decidedByWords.has(ally)) continue;
      lean = (own.get(ally)! * (a.frame === 'oppose' ? -1 : 1)) as -1 | 1;
      because = `sides ${a.frame === 'oppose' ? 'against' : 'with'} ${resolved.speakers[ally]!.name}`;
      break;
    }
    const speaker = resolved.speakers[p.id]!;
    // Speaking for an organisation counts only on the debate itself: a finance chief on revenue
    // says nothing here for the firm.
    const topical = evidence.get(p.id)!.scores.some((s) => s.topical > 0);
    if (lean === 0 && topical && speaker.affiliation !== undefined && decidedByWords.has(speaker.affiliation)) {
      lean = own.get(speaker.affiliation)!;
      because = `speaks for ${resolved.speakers[speaker.affiliation]!.name}`;
    }
    // (An organisation's officers already spoke on the debate for it.)
    if (lean === 0 && speaker.kind !== 'person') {
      const officers = officersOf.get(p.id) ?? [];
      const sides = new Set(officers.map((o) => own.get(o.id)!));
      if (sides.size === 1) {
        lean = [...sides][0]!;
        because = `speaks through ${officers.map((o) => o.speaker).join(', ')}`;
      }
    }
    if (lean === 0) continue;
    const e = evidence.get(p.id)!;
    const verdict = decideStance(e.scores, e.prior, e.tookSides, { side: lean, reason: because });
    p.stance = verdict.stance;
    p.confidence = verdict.confidence;
    p.reason = verdict.reason;
  }
}
