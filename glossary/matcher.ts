import type { TermEntry } from './schema';
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
  readonly entries: readonly TermEntry[];
  /** Every glossary match in `text`, left to right, non-overlapping, longest first. */
  find(text: string): Match[];
  /** The entry and form a piece of text stands for, if it is exactly one surface form. */
  lookup(text: string): { entry: TermEntry; form: string } | undefined;
  entryFor(id: string): TermEntry | undefined;
  /** Forms claimed by more than one entry (the first claim wins); the glossary test wants none. */
  readonly conflicts: readonly string[];
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

function escapeChar(ch: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(ch) ? `\\${ch}` : ch;
}

function tokenSource(t: Token): string {
  switch (t.kind) {
    case 'sep':
      return `[${SEPARATOR_CHARS}]+`;
    case 'apos':
      return `[${APOSTROPHE_CHARS}]`;
    case 'char':
      return escapeChar(t.ch);
  }
}

function newNode(): TrieNode {
  return { terminal: false, children: new Map(), depth: 0 };
}

function insert(root: TrieNode, tokens: Token[]): void {
  let node = root;
  for (const token of tokens) {
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

function measure(node: TrieNode): number {
  let depth = 0;
  for (const { node: child } of node.children.values()) depth = Math.max(depth, 1 + measure(child));
  node.depth = depth;
  return depth;
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
  measure(root);
  const body = emit(root);
  return new RegExp(
    body ? `(?:^|[^\\p{L}\\p{N}\\p{M}])(${body})(?![\\p{L}\\p{N}\\p{M}])` : '(?!)',
    flags,
  );
}

interface FormRef {
  entry: TermEntry;
  form: string;
}

export function createMatcher(terms: readonly TermEntry[]): Matcher {
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

  for (const entry of terms) {
    if (!byId.has(entry.id)) byId.set(entry.id, entry);
    for (const form of entry.forms) {
      const key = foldKey(form);
      if (key && claim(insensitive, key, { entry, form })) insert(insensitiveRoot, tokenize(form, false));
    }
    for (const form of entry.caseSensitiveForms ?? []) {
      const key = foldKeepCase(form);
      if (key && claim(sensitive, key, { entry, form })) insert(sensitiveRoot, tokenize(form, true));
    }
  }
  const pattern = compile(insensitiveRoot, 'giu');
  const sensitivePattern = compile(sensitiveRoot, 'gu');

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
    const hasSensitive = sensitiveRoot.children.size > 0;
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

  return {
    pattern,
    sensitivePattern,
    entries: terms,
    find,
    lookup,
    entryFor: (id) => byId.get(id),
    conflicts,
  };
}

let shared: Matcher | undefined;

/** The matcher over the bundled glossary, built on first use. */
export function defaultMatcher(): Matcher {
  shared ??= createMatcher(TERMS);
  return shared;
}
