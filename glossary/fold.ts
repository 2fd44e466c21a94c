/**
 * How text is folded before a surface form is compared with what a page wrote. Kept apart from
 * the matcher so that anything keying data by surface form (glossary checks, the topic gate)
 * folds exactly as the compiled pattern does.
 */

/** Characters that join the words of a form: spaces (`\s` includes no-break spaces), soft hyphens, hyphens, dashes, underscores. */
export const SEPARATOR_CHARS = '\\s\\u00ad_\\u2010-\\u2014-';
/** Apostrophes that news pages use interchangeably: straight, curly, modifier letter, prime. */
export const APOSTROPHE_CHARS = "'\\u2018\\u2019\\u02bc\\u2032";

const SEPARATOR_RUN = new RegExp(`[${SEPARATOR_CHARS}]+`, 'gu');
const APOSTROPHE = new RegExp(`[${APOSTROPHE_CHARS}]`, 'gu');

/** Folds separators and apostrophes; keeps case. "End‑to‑end" → "End to end". */
export function foldKeepCase(text: string): string {
  return text.replace(SEPARATOR_RUN, ' ').replace(APOSTROPHE, "'").trim();
}

/** Folds separators, apostrophes and case: the key of a case-insensitive form. */
export function foldKey(text: string): string {
  return foldKeepCase(text).toLowerCase();
}
