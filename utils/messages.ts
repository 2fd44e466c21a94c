import type { Runtime } from 'webextension-polyfill';
import type { CompiledPatterns } from '../glossary/matcher';
import type { Category, TermEntry } from '../glossary/schema';

/**
 * Messages between the extension's parts. Every receiver checks the sender and the shape:
 * a page script can reach a content script's window, never its runtime port, but a compromised
 * or foreign sender must still be refused rather than trusted.
 */
export type ExtensionMessage =
  /** Tooltip → background: open the full explanation of a term. */
  | { type: 'elens:open-glossary'; id: string }
  /** Tooltip → background: the reader turned highlighting off for the site of the sending tab. */
  | { type: 'elens:disable-site' }
  /**
   * Content script → background: the glossary's matching data and short definitions. The
   * content script does not bundle the glossary (it would take half of its 35 KB gzip budget);
   * the background, which has no size budget, holds it and hands it over once per page.
   */
  | { type: 'elens:glossary' };

/** What the background answers (`terms` only to `elens:glossary`). */
export interface MessageReply {
  ok: boolean;
  terms?: TermEntry[];
  /** The matcher's patterns over exactly `terms` (see `compilePatterns`). */
  patterns?: CompiledPatterns;
}

/** A reply to `elens:glossary` that passed the checks. */
export interface GlossaryData {
  terms: TermEntry[];
  /** Absent when the reply's patterns were missing or malformed: build them from `terms`. */
  patterns?: CompiledPatterns;
}

const ID_RE = /^[a-z0-9][a-z0-9-]{0,63}$/;

export function parseMessage(raw: unknown): ExtensionMessage | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const m = raw as Record<string, unknown>;
  switch (m.type) {
    case 'elens:open-glossary':
      return typeof m.id === 'string' && ID_RE.test(m.id) ? { type: m.type, id: m.id } : null;
    case 'elens:disable-site':
    case 'elens:glossary':
      return { type: m.type };
    default:
      return null;
  }
}

/** True when the message comes from this extension (its pages or its content scripts). */
export function isOwnSender(sender: Runtime.MessageSender, ownId: string): boolean {
  return sender.id === ownId;
}

/** What the content script needs of an entry: everything but the links to related entries. */
export function toWireEntry(entry: TermEntry): TermEntry {
  const { related: _related, ...rest } = entry;
  return rest;
}

const CATEGORIES: readonly string[] = ['technology', 'law', 'actor', 'concept'];

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

function parseWireEntry(raw: unknown): TermEntry | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const e = raw as Record<string, unknown>;
  if (typeof e.id !== 'string' || !ID_RE.test(e.id)) return null;
  if (typeof e.term !== 'string' || typeof e.short !== 'string') return null;
  if (typeof e.category !== 'string' || !CATEGORIES.includes(e.category)) return null;
  if (!isStringArray(e.forms)) return null;
  if (e.caseSensitiveForms !== undefined && !isStringArray(e.caseSensitiveForms)) return null;
  const entry: TermEntry = {
    id: e.id,
    term: e.term,
    category: e.category as Category,
    forms: e.forms,
    short: e.short,
  };
  if (e.caseSensitiveForms !== undefined) entry.caseSensitiveForms = e.caseSensitiveForms;
  if (e.ambiguous === true) entry.ambiguous = true;
  return entry;
}

/**
 * A reply to `elens:glossary`, or null when the reply is not one. Entries of the wrong shape
 * are dropped one by one (one bad entry does not cost the page all its highlights); the
 * prebuilt patterns are kept only when every entry passed, since they were made for all of them.
 */
export function parseGlossaryReply(raw: unknown): GlossaryData | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (r.ok !== true || !Array.isArray(r.terms)) return null;
  const terms: TermEntry[] = [];
  for (const item of r.terms) {
    const entry = parseWireEntry(item);
    if (entry) terms.push(entry);
  }
  const p = r.patterns as Record<string, unknown> | null | undefined;
  const whole = terms.length === r.terms.length;
  if (whole && typeof p === 'object' && p !== null && typeof p.insensitive === 'string' && typeof p.sensitive === 'string') {
    return { terms, patterns: { insensitive: p.insensitive, sensitive: p.sensitive } };
  }
  return { terms };
}
