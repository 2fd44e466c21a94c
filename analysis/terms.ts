import { defaultMatcher, type Match, type Matcher } from '../glossary/matcher';
import { createTopicCounter } from '../glossary/topic';
import type { TermFound } from './types';

/**
 * The glossary terms of an article, by the same rules as the in-page highlighter: the one shared
 * matcher over the same blocks of text, and ambiguous terms ("backdoor", "escrow") only when the
 * topic gate judges the page to be about encryption or surveillance. Counts are every occurrence.
 */
export function findTerms(texts: readonly string[], matcher: Matcher = defaultMatcher()): TermFound[] {
  const topic = createTopicCounter();
  const found: Match[][] = [];
  for (const text of texts) {
    const matches = matcher.find(text);
    topic.add(text, matches);
    found.push(matches);
  }
  const onTopic = topic.verdict().onTopic;
  const byId = new Map<string, TermFound>();
  for (const matches of found) {
    for (const m of matches) {
      if (m.ambiguous && !onTopic) continue;
      let term = byId.get(m.id);
      if (!term) {
        term = { id: m.id, term: matcher.entryFor(m.id)?.term ?? m.id, count: 0, matched: [] };
        byId.set(m.id, term);
      }
      term.count++;
      const surface = m.text.replace(/\s+/g, ' ');
      if (!term.matched.includes(surface)) term.matched.push(surface);
    }
  }
  return [...byId.values()];
}
