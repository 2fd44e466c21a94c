import type { TermEntry } from './schema';
import { GLOSSARY_PATTERNS } from './patterns';
import { TERMS } from './terms';
import { foldKey, foldKeepCase } from './fold';

/**
 * The one matcher. The content script, the popup and the Node CLI all find glossary terms with
 * it, so a term `npm run analyze` reports is a term the reader sees highlighted.
 *
 * Every surface form of every entry is compiled into ONE regular expression, shaped as a trie so
 * that forms sharing a prefix share its states: scanning costs one pass however large the
 * glossary grows, and the alternation stays far below the size at which big flat alternations
 * overflow the regex stack. Greedy optional branches make the longest form win ("end-to-end
 * encryption" over "encryption").
 *
 * Case: Node 20's V8 has no `(?i:…)` modifier, so case-sensitive forms ("Signal" the app, never
 * "signal") get a second, small pattern without the `i` flag. `find` merges the two scans into
 * what one alternation would give: leftmost match first, the longer one at equal starts, and
 * scanning resumes after the match it kept. (Spelling case out as `[eE]` classes in a single
 * pattern was measured 8× slower: V8 only takes its fast paths for real `i` patterns.)
 */

export interface Match {
  /** Glossary id. */
  id: string;
  /** Offsets in the scanned text (UTF-16 code units, `end` exclusive). */
  start: number;
  end: number;
  /** The text as the page wrote it. */
  text: string;
  /** The glossary form it matched, as the glossary spells it. */
  form: string;
  /** The entry is only meaningful on pages about encryption or surveillance. */
  ambiguous: boolean;
}

export interface Matcher {
  /** The compiled pattern of the case-insensitive forms (flags `giu`). Use `find`. */
  readonly pattern: RegExp;
  /** The compiled pattern of the case-sensitive forms (flags `gu`). */
  readonly sensitivePattern: RegExp;
  /** Both patterns' sources, to build the same matcher elsewhere without its trie. */
  readonly compiled: CompiledPatterns;
  readonly entries: readonly TermEntry[];
  /** Every glossary match in `text`, left to right, non-overlapping, longest first. */
  find(text: string): Match[];
  /** The entry and form a piece of text stands for, if it is exactly one surface form. */
  lookup(text: string): { entry: TermEntry; form: string } | undefined;
  entryFor(id: string): TermEntry | undefined;
  /** Forms claimed by more than one entry (the first claim wins); the glossary test wants none. */
  readonly conflicts: readonly string[];
  /**
   * Has the engine compile the patterns now rather than on the first page text, one step per
   * call (each under ~15 ms cold, so a caller that yields between calls never blocks long).
   * Returns true when nothing is left to compile.
   */
  warm(): boolean;
}

/**
 * V8 compiles a regular expression to machine code on its first run over a long subject, once
 * per string encoding (one byte per character, or two). Left to the first page, those compiles
 * landed inside the first reading slice; `Matcher.warm` runs them up front on throwaway text.
 * Subjects past 1,000 characters skip V8's bytecode interpreter and compile at once.
 */
const WARM_ONE_BYTE = 'warm up '.repeat(128);
const WARM_TWO_BYTE = `${WARM_ONE_BYTE}\u2019`;

function warmPattern(re: RegExp, subject: string): void {
  re.lastIndex = 0;
  re.exec(subject);
  re.lastIndex = 0;
}

interface FormRef {
  entry: TermEntry;
  form: string;
}

/**
 * The sources of a matcher's two patterns (compile.ts). The bundled glossary's are written at
 * build time; the background sends them with the entries, so that the content script skips
 * building the trie (20–40 ms of cold code on the page's main thread) and only compiles them.
 */
export interface CompiledPatterns {
  insensitive: string;
  sensitive: string;
}

/**
 * A matcher over `terms` with their patterns, compiled ahead from the same entries
 * (`compilePatterns` in compile.ts: at build time for the bundled glossary, glossary/patterns.ts);
 * the lookup tables are built here.
 */
export function createMatcher(terms: readonly TermEntry[], compiled: CompiledPatterns): Matcher {
  const byId = new Map<string, TermEntry>();
  const insensitive = new Map<string, FormRef>();
  const sensitive = new Map<string, FormRef>();
  const conflicts: string[] = [];

  const claim = (map: Map<string, FormRef>, key: string, ref: FormRef) => {
    const prior = map.get(key);
    if (prior) {
      if (prior.entry.id !== ref.entry.id) conflicts.push(`${ref.form} (${prior.entry.id}, ${ref.entry.id})`);
      return false;
    }
    map.set(key, ref);
    return true;
  };

  for (const entry of terms) {
    if (!byId.has(entry.id)) byId.set(entry.id, entry);
    for (const form of entry.forms) {
      const key = foldKey(form);
      if (key) claim(insensitive, key, { entry, form });
    }
    for (const form of entry.caseSensitiveForms ?? []) {
      const key = foldKeepCase(form);
      if (key) claim(sensitive, key, { entry, form });
    }
  }
  const pattern = new RegExp(compiled.insensitive, 'giu');
  const sensitivePattern = new RegExp(compiled.sensitive, 'gu');
  const hasSensitive = sensitive.size > 0;

  function lookup(text: string): FormRef | undefined {
    const kept = foldKeepCase(text);
    return sensitive.get(kept) ?? insensitive.get(kept.toLowerCase());
  }

  interface Hit {
    start: number;
    text: string;
  }

  function toMatch(hit: Hit): Match | null {
    const ref = lookup(hit.text);
    if (!ref) return null;
    return {
      id: ref.entry.id,
      start: hit.start,
      end: hit.start + hit.text.length,
      text: hit.text,
      form: ref.form,
      ambiguous: ref.entry.ambiguous === true,
    };
  }

  function find(text: string): Match[] {
    const out: Match[] = [];
    let pos = 0;
    // Each separator a space, one for one (offsets hold): what the patterns expect (compile.ts).
    const scanned = spaced(text);
    /**
     * The next form `re` finds at or after `from`. Positions `find` resumes from always follow a
     * match, i.e. a non-word character, so consuming that character as the boundary is right.
     */
    const next = (re: RegExp, from: number): Hit | null => {
      re.lastIndex = from;
      const m = re.exec(scanned);
      if (!m) return null;
      const start = m.index + m[0].length - (m[1] ?? '').length;
      // The form as the page wrote it, separators and all.
      return { start, text: text.slice(start, re.lastIndex) };
    };
    let a = next(pattern, 0);
    let b = hasSensitive ? next(sensitivePattern, 0) : null;
    while (a || b) {
      // A candidate that started inside the match just kept is stale: look again from `pos`.
      if (a && a.start < pos) a = next(pattern, pos);
      if (b && b.start < pos) b = next(sensitivePattern, pos);
      if (!a && !b) break;
      const takeB =
        !a || (b !== null && (b.start < a.start || (b.start === a.start && b.text.length >= a.text.length)));
      const chosen = (takeB ? b : a)!;
      const match = toMatch(chosen);
      if (match) out.push(match);
      pos = chosen.start + Math.max(chosen.text.length, 1);
      if (takeB) b = next(sensitivePattern, pos);
      else a = next(pattern, pos);
    }
    return out;
  }

  const warmSteps = [
    () => warmPattern(pattern, WARM_ONE_BYTE),
    () => warmPattern(pattern, WARM_TWO_BYTE),
    () => warmPattern(sensitivePattern, WARM_ONE_BYTE),
    () => warmPattern(sensitivePattern, WARM_TWO_BYTE),
  ];

  return {
    pattern,
    sensitivePattern,
    compiled: { insensitive: pattern.source, sensitive: sensitivePattern.source },
    warm() {
      warmSteps.shift()?.();
      return warmSteps.length === 0;
    },
    entries: terms,
    find,
    lookup,
    entryFor: (id) => byId.get(id),
    conflicts,
  };
}

/**
 * A separator past ASCII (fold.ts's SEPARATOR_CHARS but the space; the ASCII ones are tested by
 * code below; matcher.test.ts checks the two agree on every character).
 */
const WIDE_SEPARATOR = /[^\S ]|[\u00ad\u2010-\u2014]/;

/**
 * `text` with each separator a space, one for one. Not `text.replace(…, ' ')`: its cost grew
 * faster than the text where separators are many (one replacement each: 6 ms for 256 kB of
 * hyphens, 68 for 1 MB, 360 for 4 MB); this writes each character once. (A lone surrogate comes
 * back as U+FFFD, which, like it, is no letter: matches and offsets are the same.)
 */
export function spaced(text: string): string {
  const out = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[i] = c === 45 || c === 95 || (c > 8 && c < 14) || (c > 127 && WIDE_SEPARATOR.test(text[i]!)) ? 32 : c;
  }
  return new TextDecoder('utf-16le').decode(out);
}

let shared: Matcher | undefined;

/** The matcher over the bundled glossary, built on first use from the patterns the build wrote. */
export function defaultMatcher(): Matcher {
  if (!shared) {
    shared = createMatcher(TERMS, GLOSSARY_PATTERNS);
    while (!shared.warm());
  }
  return shared;
}
