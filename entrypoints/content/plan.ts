import type { Match, Matcher } from '../../glossary/matcher';
import { createTopicCounter } from '../../glossary/topic';
import { readSegments, type Segment } from './segments';

/**
 * Which matches get highlighted. Shared by the highlighter (which reads in slices) and by
 * `planPage`, the same decision made in one go for a document in Node (tests, tools).
 */

export interface Found {
  segment: Segment;
  matches: Match[];
}

export interface Choice {
  segment: Segment;
  match: Match;
}

/**
 * The first occurrence of each term not in `seen` (or every occurrence when `seen` is null), in
 * document order; ambiguous terms only on a page about the topic. Adds chosen ids to `seen`.
 */
export function choose(found: readonly Found[], onTopic: boolean, seen: Set<string> | null): Choice[] {
  const chosen: Choice[] = [];
  for (const { segment, matches } of found) {
    for (const match of matches) {
      if (match.ambiguous && !onTopic) continue;
      if (seen) {
        if (seen.has(match.id)) continue;
        seen.add(match.id);
      }
      chosen.push({ segment, match });
    }
  }
  return chosen;
}

export interface PagePlan {
  onTopic: boolean;
  /** Chosen matches, in document order. */
  chosen: Choice[];
}

/** Reads `root` in one go and decides what the highlighter would highlight there. */
export function planPage(root: Node, matcher: Matcher, mode: 'first' | 'all' = 'first'): PagePlan {
  const found: Found[] = [];
  const topic = createTopicCounter();
  readSegments(root).next(
    () => true,
    (segment) => {
      const matches = matcher.find(segment.text);
      topic.add(segment.text, matches);
      if (matches.length > 0) found.push({ segment, matches });
    },
  );
  const onTopic = topic.verdict().onTopic;
  return { onTopic, chosen: choose(found, onTopic, mode === 'first' ? new Set() : null) };
}
