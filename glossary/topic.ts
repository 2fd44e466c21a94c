import { defaultMatcher, type Match, type Matcher } from './matcher';
import { STRONG_WORDS, WEAK_WORDS } from './topic-words';

/**
 * The topic gate: is this page about encryption or surveillance? Decided from the page's own
 * text, so that words with an everyday meaning ("backdoor" in basketball, "escrow" in real
 * estate, "going dark" in a theatre) are highlighted only where they carry the policy meaning.
 *
 * Evidence, each kind capped so that one word repeated cannot carry a page:
 * - unambiguous glossary terms (distinct entries, 2 points each);
 * - strong topic words (encrypt…, cryptograph…, surveillance, spyware…: 2 points per use, up
 *   to 3 uses per word);
 * - weak topic words that also live elsewhere (privacy, messaging, interception in football,
 *   crypto as money: 1 point per use, up to 3 uses per word);
 * - ambiguous glossary terms (distinct entries, 1 point each): a basketball report has one,
 *   a policy article has several.
 * A page passes when the evidence adds up to at least MIN_SCORE, includes something strong,
 * and is not a passing mention in a long text (density per 1,000 words).
 */

const CAP_PER_WORD = 3;
/**
 * The verdict reads at most this much of a page (about 16,000 words): an article shows its
 * subject long before, and reading a 10 MB page to the end would cost the reader time for nothing.
 */
const MAX_CHARS = 100_000;
const MIN_SCORE = 6;
/** Evidence per 1,000 words below which a long page only mentions the topic in passing. */
const MIN_DENSITY = 2;
/** English averages about six characters per word with its space; counting exactly costs a pass. */
const CHARS_PER_WORD = 6;

/**
 * Strong and weak words in one scan (group 1 strong, group 2 weak): a second scan of the same
 * text cost as much as the first. The boundary before a word is consumed rather than looked
 * behind at (a lookbehind runs at every position of the text). Where both lists would match
 * the same word ("cybersecurity" is strong, and weak as cyber…), the alternation takes the
 * strong one and WEAK_WORD tells whether it counts as weak too, as two scans counted it.
 */
const WORDS = new RegExp(
  `(?:^|[^\\p{L}\\p{N}])(?:(${STRONG_WORDS.join('|')})|(${WEAK_WORDS.join('|')}))(?![\\p{L}\\p{N}])`,
  'giu',
);
const WEAK_WORD = new RegExp(`^(?:${WEAK_WORDS.join('|')})$`, 'iu');

export interface TopicVerdict {
  onTopic: boolean;
  /** Capped evidence (see above). */
  score: number;
  /** Uncapped evidence per 1,000 words. */
  density: number;
  /** Estimated words read. */
  words: number;
}

export interface TopicCounter {
  /** Adds a piece of the page's text and the glossary matches found in it (in text order). */
  add(text: string, matches: readonly Match[]): void;
  verdict(): TopicVerdict;
}

/** Counts the topic words of `text` into `strong` and `weak`; returns how many uses it saw. */
function countWords(text: string, strong: Map<string, number>, weak: Map<string, number>): number {
  let n = 0;
  WORDS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORDS.exec(text)) !== null) {
    const word = m[1];
    if (word !== undefined) {
      const key = word.toLowerCase();
      strong.set(key, (strong.get(key) ?? 0) + 1);
      n++;
      if (!WEAK_WORD.test(word)) continue;
    }
    const key = (word ?? m[2]!).toLowerCase();
    weak.set(key, (weak.get(key) ?? 0) + 1);
    n++;
  }
  return n;
}

const capped = (counts: Map<string, number>) => {
  let sum = 0;
  for (const n of counts.values()) sum += Math.min(n, CAP_PER_WORD);
  return sum;
};

/** Accumulates evidence piece by piece, as the highlighter reads a page in slices. */
export function createTopicCounter(): TopicCounter {
  let chars = 0;
  let raw = 0;
  const strong = new Map<string, number>();
  const weak = new Map<string, number>();
  const clear = new Set<string>();
  const ambiguous = new Set<string>();

  return {
    add(text, matches) {
      const room = MAX_CHARS - chars;
      if (room <= 0) return;
      const read = text.length > room ? text.slice(0, room) : text;
      chars += read.length;
      raw += countWords(read, strong, weak);
      for (const m of matches) {
        if (m.start >= read.length) break;
        (m.ambiguous ? ambiguous : clear).add(m.id);
        if (!m.ambiguous) raw++;
      }
    },
    verdict() {
      const words = Math.max(1, Math.round(chars / CHARS_PER_WORD));
      const score = 2 * capped(strong) + capped(weak) + 2 * clear.size + ambiguous.size;
      const density = (raw * 1000) / words;
      const strongEvidence = strong.size + clear.size > 0;
      return {
        onTopic: score >= MIN_SCORE && strongEvidence && density >= MIN_DENSITY,
        score,
        density,
        words,
      };
    },
  };
}

/** The verdict on a whole text (the popup and the CLI; the content script feeds a counter). */
export function assessTopic(text: string, matcher: Matcher = defaultMatcher()): TopicVerdict {
  const counter = createTopicCounter();
  counter.add(text, matcher.find(text));
  return counter.verdict();
}
