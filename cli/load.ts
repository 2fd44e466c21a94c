import { readFileSync, statSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';

/**
 * Reading a saved page for the command-line tools. Every way it can fail becomes a `CliError`
 * with one line for the reader: the tools print it and exit, never a stack trace.
 */

export class CliError extends Error {}

/** Share of control characters above which a file is binary, not text. */
const MAX_CONTROL_SHARE = 0.01;
const LOOKS_LIKE_HTML = /<\s*(?:!doctype\s+html|html|head|body|article|main|p|div|h[1-6]|section|span|title|meta)\b/i;

export function readHtmlFile(path: string): string {
  let buffer: Buffer;
  try {
    if (statSync(path).isDirectory()) throw new CliError(`${path} is a folder, not an HTML file`);
    buffer = readFileSync(path);
  } catch (err) {
    if (err instanceof CliError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`no such file: ${path}`);
    if (code === 'EACCES') throw new CliError(`cannot read ${path}: permission denied`);
    throw new CliError(`cannot read ${path}: ${(err as Error).message}`);
  }
  const head = buffer.subarray(0, 65536);
  let control = 0;
  for (const byte of head) if (byte === 0 || (byte < 9) || (byte > 13 && byte < 32)) control++;
  if (head.length > 0 && (head.includes(0) || control / head.length > MAX_CONTROL_SHARE)) {
    throw new CliError(`${path} is binary data, not an HTML file`);
  }
  const text = buffer.toString('utf8');
  if (!LOOKS_LIKE_HTML.test(text.slice(0, 200_000))) throw new CliError(`${path} is not an HTML file (no HTML markup found)`);
  return text;
}

/** A parsed document: no scripts run, nothing fetched, CSS complaints kept quiet. */
export function parseHtml(html: string, url?: string): Document {
  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole(), ...(url ? { url } : {}) });
  return dom.window.document;
}
