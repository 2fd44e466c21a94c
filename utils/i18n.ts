import { browser } from 'wxt/browser';
import type messages from '../public/_locales/en/messages.json';

/** The name of a message of `_locales/<lang>/messages.json` (English is the default locale). */
export type MessageKey = keyof typeof messages;

/**
 * Reader-facing text in the browser's language, `$1`… filled in from `subs` (the browser's own
 * i18n: the text stays out of the scripts, and a translation is one more `_locales` folder).
 * Falls back to the key, so a missing message shows as a name, never as a blank.
 */
export function t(key: MessageKey, ...subs: string[]): string {
  return browser.i18n.getMessage(key, subs) || key;
}
