/**
 * The reader's settings as data: their types, defaults and sanitisers. Pure and free of any
 * storage library, so that the content script can read settings with one `storage.local.get`
 * and these functions instead of carrying WXT's storage layer (see `settings-reader.ts`).
 * Every read goes through a sanitiser: a corrupt, truncated or foreign stored value falls back
 * to defaults field by field, so one bad field never costs the reader their site list.
 */

/** Keys in `storage.local` (WXT's `local:sites` / `local:prefs` items store under these). */
export const SITES_KEY = 'sites';
export const PREFS_KEY = 'prefs';

export interface Site {
  /** Lower-case hostname, e.g. "www.example.org". */
  host: string;
  /** Also highlight on every subdomain of `host`. */
  subdomains: boolean;
}

export type Occurrences = 'first' | 'all';
export type HighlightStyle = 'underline' | 'background' | 'subtle';
export type TooltipTrigger = 'hover' | 'focus-click';
export type Theme = 'auto' | 'light' | 'dark';

export interface Prefs {
  occurrences: Occurrences;
  highlightStyle: HighlightStyle;
  /** Hover dwell before a tooltip opens, in milliseconds. */
  tooltipDelay: number;
  tooltipTrigger: TooltipTrigger;
  theme: Theme;
}

export const DEFAULT_PREFS: Readonly<Prefs> = Object.freeze({
  occurrences: 'first',
  highlightStyle: 'underline',
  tooltipDelay: 300,
  tooltipTrigger: 'hover',
  theme: 'auto',
});

const HOST_RE = /^(?=.{1,253}$)[a-z0-9-]+(\.[a-z0-9-]+)*$|^\[[0-9a-f:.]+\]$/;

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value)
    ? (value as T)
    : fallback;
}

export function normaliseHost(host: string): string | null {
  const h = host.trim().toLowerCase().replace(/\.$/, '');
  return HOST_RE.test(h) ? h : null;
}

export function parseSites(raw: unknown): Site[] {
  if (!Array.isArray(raw)) return [];
  const seen = new Map<string, Site>();
  for (const item of raw) {
    const hostRaw = typeof item === 'string' ? item : (item as { host?: unknown } | null)?.host;
    if (typeof hostRaw !== 'string') continue;
    const host = normaliseHost(hostRaw);
    if (!host) continue;
    const subdomains =
      typeof item === 'object' && item !== null && (item as { subdomains?: unknown }).subdomains === true;
    seen.set(host, { host, subdomains });
  }
  return [...seen.values()];
}

/**
 * Reads prefs field by field; a missing or invalid field takes its value from `base` (the
 * defaults, or the current prefs when applying a partial update).
 */
export function parsePrefs(raw: unknown, base: Readonly<Prefs> = DEFAULT_PREFS): Prefs {
  const obj = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  // Own fields only: an imported or foreign object's prototype is not the reader's choice.
  const r = Object.fromEntries(Object.entries(obj)) as Record<string, unknown>;
  const delay = r.tooltipDelay;
  return {
    occurrences: oneOf(r.occurrences, ['first', 'all'], base.occurrences),
    highlightStyle: oneOf(r.highlightStyle, ['underline', 'background', 'subtle'], base.highlightStyle),
    tooltipDelay:
      typeof delay === 'number' && Number.isFinite(delay) && delay >= 0 && delay <= 5000
        ? Math.round(delay)
        : base.tooltipDelay,
    tooltipTrigger: oneOf(r.tooltipTrigger, ['hover', 'focus-click'], base.tooltipTrigger),
    theme: oneOf(r.theme, ['auto', 'light', 'dark'], base.theme),
  };
}
