/**
 * The glossary is split in two so the content script carries only what a page needs:
 * `TermEntry` (matching data and the short tooltip definition) is bundled into the content
 * script; `TermDetails` (long explanation, both sides, sources) is loaded by the popup and the
 * options page only.
 */

export type Category = 'technology' | 'law' | 'actor' | 'concept';

export interface TermEntry {
  /** Stable, kebab-case id; never renamed once published (stored settings may refer to it). */
  id: string;
  /** Display name, e.g. "End-to-end encryption". */
  term: string;
  category: Category;
  /**
   * Surface forms matched case-insensitively: plurals, abbreviations, UK/US spellings.
   * Hyphen/space variants ("end-to-end" / "end to end") and straight/curly apostrophes are
   * folded by the matcher, so list each form once.
   */
  forms: string[];
  /** Forms that match only with this exact case ("Signal" the app, never "signal"). */
  caseSensitiveForms?: string[];
  /**
   * Words that also have an everyday meaning ("backdoor" in basketball, "escrow" in real
   * estate): highlighted only on pages that the topic gate judges to be about encryption or
   * surveillance.
   */
  ambiguous?: boolean;
  /** Tooltip text, neutral, at most 240 characters. */
  short: string;
  /** Ids of related entries. */
  related?: string[];
}

export interface Source {
  title: string;
  /** https only; cite only addresses known to be right (official pages, encyclopedia titles). */
  url: string;
}

export interface TermDetails {
  id: string;
  /** Fuller explanation for the popup: 2–5 neutral sentences. */
  explanation: string;
  /** For contested terms: the main argument of each side, stated fairly. */
  sides?: {
    forAccess: string;
    forEncryption: string;
  };
  sources: Source[];
}

export type GlossaryEntry = TermEntry & TermDetails;
