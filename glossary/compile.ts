import { APOSTROPHE_CHARS, SEPARATOR_CHARS, foldKey, foldKeepCase } from './fold';
import { createMatcher, type CompiledPatterns, type Matcher } from './matcher';
import type { TermEntry } from './schema';

/**
 * Compiles glossary entries into the matcher's two patterns (see matcher.ts for their shape).
 * Not part of any bundle that reads pages: the bundled glossary's patterns are written at build
 * time (scripts/glossary-patterns.ts → patterns.ts), so neither the popup nor the background
 * builds this trie at start, and the content script receives the patterns by message. Tests,
 * scripts and the stance scorer's generated patterns use it.
 */

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
/**
 * A separator is one space or more: the matcher scans a copy of the text with each separator
 * character turned into a space (matcher.ts). Spelled as their class, the separators between the
 * words of every form took the glossary's pattern past 20 KB of source, beyond which V8 compiles
 * a pattern unoptimised: it scanned 8× slower.
 */
const SEP_SOURCE = ' +';
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
function source(root: TrieNode): string {
  const body = emit(root);
  return body ? `(?:^|[^\\p{L}\\p{N}\\p{M}])(${body})(?![\\p{L}\\p{N}\\p{M}])` : '(?!)';
}

/** The patterns of `terms`: each form once (the first entry to claim a folded form keeps it). */
export function compilePatterns(terms: readonly TermEntry[]): CompiledPatterns {
  const insensitiveRoot = newNode();
  const sensitiveRoot = newNode();
  const seen = new Set<string>();
  for (const entry of terms) {
    for (const form of entry.forms) {
      const key = foldKey(form);
      if (key && !seen.has(`i${key}`)) {
        seen.add(`i${key}`);
        insert(insensitiveRoot, tokenize(form, false));
      }
    }
    for (const form of entry.caseSensitiveForms ?? []) {
      const key = foldKeepCase(form);
      if (key && !seen.has(`s${key}`)) {
        seen.add(`s${key}`);
        insert(sensitiveRoot, tokenize(form, true));
      }
    }
  }
  return { insensitive: source(insensitiveRoot), sensitive: source(sensitiveRoot) };
}

/** A matcher over any entries, its patterns compiled now. */
export function buildMatcher(terms: readonly TermEntry[]): Matcher {
  return createMatcher(terms, compilePatterns(terms));
}
