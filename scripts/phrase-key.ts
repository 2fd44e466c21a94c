/** A short hash of a pattern's source and flags (FNV-1a), to tell a stored entry still fits its phrase. */
export function phraseKey(re: RegExp): string {
  let h = 0x811c9dc5;
  const text = `${re.source}/${re.flags}`;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}
