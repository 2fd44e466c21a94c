import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fakeBrowser } from 'wxt/testing';

/**
 * The fake browser has no i18n: give it the extension's English messages, with the browser's
 * substitution rules ($1…$9 from the arguments, $$ for a dollar sign), so that components render
 * the text a reader sees.
 */
const messages: Record<string, { message: string }> = JSON.parse(readFileSync(resolve('public/_locales/en/messages.json'), 'utf8'));

fakeBrowser.i18n.getMessage = ((name: string, subs?: string | string[]) => {
  const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  return (messages[name]?.message ?? '').replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (list[Number(d) - 1] ?? '')));
}) as typeof fakeBrowser.i18n.getMessage;
