import type { TermEntry } from './schema';
import { GLOSSARY_PATTERNS } from './patterns';
import { TERMS } from './terms';
import { APOSTROPHE_CHARS, SEPARATOR_CHARS, foldKey, foldKeepCase } from './fold';

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

type Token =
  | { kind: 'sep' }
  | { kind: 'apos' }
  | { kind: 'char'; ch: string; caseSensitive: boolean };

interface TrieNode {
  terminal: boolean;
  children: Map<string, { token: Token; node: TrieNode }>;
  /** Tokens on the longest path below; orders siblings so the longer branch is tried first. */
  depth: number;
}

const IS_SEPARATOR = new RegExp(`^[${SEPARATOR_CHARS}]$`, 'u');
const IS_APOSTROPHE = new RegExp(`^[${APOSTROPHE_CHARS}]$`, 'u');
/** Plain letters and digits are neither: skip the two tests for them (most characters). */
const PLAIN = /^[a-z0-9]$/i;

function tokenize(form: string, caseSensitive: boolean): Token[] {
  const tokens: Token[] = [];
  for (const ch of form.trim()) {
    if (PLAIN.test(ch)) {
      tokens.push({ kind: 'char', ch: caseSensitive ? ch : ch.toLowerCase(), caseSensitive });
    } else if (IS_SEPARATOR.test(ch)) {
      if (tokens[tokens.length - 1]?.kind !== 'sep') tokens.push({ kind: 'sep' });
    } else if (IS_APOSTROPHE.test(ch)) {
      tokens.push({ kind: 'apos' });
    } else {
      tokens.push({ kind: 'char', ch: caseSensitive ? ch : ch.toLowerCase(), caseSensitive });
    }
  }
  return tokens;
}

function tokenKey(t: Token): string {
  return t.kind === 'char' ? `${t.caseSensitive ? 's' : 'i'}${t.ch}` : t.kind;
}

const SPECIAL = '\\^$.*+?()[]{}|/-';
const SEP_SOURCE = `[${SEPARATOR_CHARS}]+`;
const APOS_SOURCE = `[${APOSTROPHE_CHARS}]`;

function escapeChar(ch: string): string {
  return SPECIAL.includes(ch) ? `\\${ch}` : ch;
}

function tokenSource(t: Token): string {
  switch (t.kind) {
    case 'sep':
      return SEP_SOURCE;
    case 'apos':
      return APOS_SOURCE;
    case 'char':
      return escapeChar(t.ch);
  }
}

function newNode(): TrieNode {
  return { terminal: false, children: new Map(), depth: 0 };
}

/**
 * Adds a form's path. Depths are kept up to date on the way down (the tokens left below each
 * node), which saves a second walk of the trie: building the matcher runs on the page's main
 * thread, mostly before the engine has optimised any of this code.
 */
function insert(root: TrieNode, tokens: Token[]): void {
  let node = root;
  for (let i = 0; i < tokens.length; i++) {
    if (node.depth < tokens.length - i) node.depth = tokens.length - i;
    const token = tokens[i]!;
    const key = tokenKey(token);
    let next = node.children.get(key);
    if (!next) {
      next = { token, node: newNode() };
      node.children.set(key, next);
    }
    node = next.node;
  }
  node.terminal = true;
}

function emit(node: TrieNode): string {
  const branches = [...node.children.values()]
    .sort((a, b) => b.node.depth - a.node.depth)
    .map(({ token, node: child }) => tokenSource(token) + emit(child));
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  // A form ends here but longer ones continue: try them first (greedy), fall back to this one.
  return node.terminal ? `(?:${body})?` : body;
}

/**
 * Unicode-aware word boundaries on both sides: "encryption" never matches inside "unencrypted"
 * or "encryptions". The leading boundary consumes the character before the form (group 1 is the
 * form): measured 40% faster in Chromium than a lookbehind, which runs at every position. The
 * trailing check sits inside the backtracking so that a longer form that ends mid-word falls
 * back to a shorter one.
 */
function compile(root: TrieNode, flags: string): RegExp {
  const body = emit(root);
  return new RegExp(
    body ? `(?:^|[^\\p{L}\\p{N}\\p{M}])(${body})(?![\\p{L}\\p{N}\\p{M}])` : '(?!)',
    flags,
  );
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
 * The sources of a matcher's two patterns. The background builds the matcher and sends these
 * with the entries, so that the content script skips building the trie (20–40 ms of cold code
 * on the page's main thread) and only compiles the finished patterns.
 */
export interface CompiledPatterns {
  insensitive: string;
  sensitive: string;
}

/**
 * `compiled` must come from `createMatcher` over the same entries (`matcher.compiled`); the
 * lookup tables are always built here.
 */
export function createMatcher(terms: readonly TermEntry[], compiled?: CompiledPatterns): Matcher {
  const byId = new Map<string, TermEntry>();
  const insensitive = new Map<string, FormRef>();
  const sensitive = new Map<string, FormRef>();
  const conflicts: string[] = [];
  const insensitiveRoot = newNode();
  const sensitiveRoot = newNode();

  const claim = (map: Map<string, FormRef>, key: string, ref: FormRef) => {
    const prior = map.get(key);
    if (prior) {
      if (prior.entry.id !== ref.entry.id) conflicts.push(`${ref.form} (${prior.entry.id}, ${ref.entry.id})`);
      return false;
    }
    map.set(key, ref);
    return true;
  };

  // With patterns compiled elsewhere from the same entries, only the lookup tables are built.
  const build = !compiled;
  for (const entry of terms) {
    if (!byId.has(entry.id)) byId.set(entry.id, entry);
    for (const form of entry.forms) {
      const key = foldKey(form);
      if (key && claim(insensitive, key, { entry, form }) && build) insert(insensitiveRoot, tokenize(form, false));
    }
    for (const form of entry.caseSensitiveForms ?? []) {
      const key = foldKeepCase(form);
      if (key && claim(sensitive, key, { entry, form }) && build) insert(sensitiveRoot, tokenize(form, true));
    }
  }
  const pattern = compiled ? new RegExp(compiled.insensitive, 'giu') : compile(insensitiveRoot, 'giu');
  const sensitivePattern = compiled ? new RegExp(compiled.sensitive, 'gu') : compile(sensitiveRoot, 'gu');
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

  /**
   * The next form `re` finds at or after `from`. Positions `find` resumes from always follow a
   * match, i.e. a non-word character, so consuming that character as the boundary is right.
   */
  function next(re: RegExp, text: string, from: number): Hit | null {
    re.lastIndex = from;
    const m = re.exec(text);
    if (!m) return null;
    const form = m[1] ?? '';
    return { start: m.index + m[0].length - form.length, text: form };
  }

  function find(text: string): Match[] {
    const out: Match[] = [];
    let pos = 0;
    let a = next(pattern, text, 0);
    let b = hasSensitive ? next(sensitivePattern, text, 0) : null;
    while (a || b) {
      // A candidate that started inside the match just kept is stale: look again from `pos`.
      if (a && a.start < pos) a = next(pattern, text, pos);
      if (b && b.start < pos) b = next(sensitivePattern, text, pos);
      if (!a && !b) break;
      const takeB =
        !a || (b !== null && (b.start < a.start || (b.start === a.start && b.text.length >= a.text.length)));
      const chosen = (takeB ? b : a)!;
      const match = toMatch(chosen);
      if (match) out.push(match);
      pos = chosen.start + Math.max(chosen.text.length, 1);
      if (takeB) b = next(sensitivePattern, text, pos);
      else a = next(pattern, text, pos);
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

let shared: Matcher | undefined;

/** The matcher over the bundled glossary, built on first use from the patterns the build wrote. */
export function defaultMatcher(): Matcher {
  if (!shared) {
    shared = createMatcher(TERMS, GLOSSARY_PATTERNS);
    while (!shared.warm());
  }
  return shared;
}
