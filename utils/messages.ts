import type { Runtime } from 'webextension-polyfill';

/**
 * Messages between the extension's parts. Every receiver checks the sender and the shape:
 * a page script can reach a content script's window, never its runtime port, but a compromised
 * or foreign sender must still be refused rather than trusted.
 */
export type ExtensionMessage =
  /** Tooltip → background: open the full explanation of a term. */
  | { type: 'elens:open-glossary'; id: string }
  /** Tooltip → background: the reader turned highlighting off for the site of the sending tab. */
  | { type: 'elens:disable-site' };

const ID_RE = /^[a-z0-9][a-z0-9-]{0,63}$/;

export function parseMessage(raw: unknown): ExtensionMessage | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const m = raw as Record<string, unknown>;
  switch (m.type) {
    case 'elens:open-glossary':
      return typeof m.id === 'string' && ID_RE.test(m.id) ? { type: m.type, id: m.id } : null;
    case 'elens:disable-site':
      return { type: m.type };
    default:
      return null;
  }
}

/** True when the message comes from this extension (its pages or its content scripts). */
export function isOwnSender(sender: Runtime.MessageSender, ownId: string): boolean {
  return sender.id === ownId;
}
