import { DEFAULT_PREFS, parsePrefs, parseSites, type Prefs, type Site } from '../../utils/settings';

/**
 * The exported settings file. Import is strict where export is not: a file is either taken
 * whole or refused with a reason, so a damaged or foreign file never half-replaces settings.
 */

export const SETTINGS_FORMAT = 'encryption-lens-settings';
export const SETTINGS_VERSION = 1;
/** Settings files are a few hundred bytes; anything far larger is not one. */
export const MAX_SETTINGS_BYTES = 1_000_000;

export interface SettingsFile {
  format: typeof SETTINGS_FORMAT;
  version: number;
  exportedAt: string;
  sites: Site[];
  prefs: Prefs;
}

export type ImportResult =
  | { ok: true; sites: Site[]; prefs: Prefs }
  | { ok: false; error: string };

export function serialiseSettings(sites: readonly Site[], prefs: Prefs, now = new Date()): string {
  const file: SettingsFile = {
    format: SETTINGS_FORMAT,
    version: SETTINGS_VERSION,
    exportedAt: now.toISOString(),
    sites: parseSites(sites),
    prefs: parsePrefs(prefs),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function exportFileName(now = new Date()): string {
  return `encryption-lens-settings-${now.toISOString().slice(0, 10)}.json`;
}

const refuse = (error: string): ImportResult => ({ ok: false, error });
const show = (v: unknown) => {
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 40 ? `${s.slice(0, 37)}…` : s;
};

function checkSites(raw: unknown): Site[] | string {
  if (!Array.isArray(raw)) return '“sites” must be a list of sites.';
  const sites: Site[] = [];
  for (let i = 0; i < raw.length; i++) {
    const item: unknown = raw[i];
    const [site] = parseSites([item]);
    const host = typeof item === 'object' && item !== null ? (item as { host?: unknown }).host : item;
    if (!site) return `Site ${i + 1} (${show(host)}) is not a valid hostname.`;
    const sub = typeof item === 'object' && item !== null ? (item as { subdomains?: unknown }).subdomains : undefined;
    if (sub !== undefined && typeof sub !== 'boolean') {
      return `Site ${i + 1} (${site.host}): “subdomains” must be true or false.`;
    }
    sites.push(site);
  }
  return parseSites(sites);
}

function checkPrefs(raw: unknown): Prefs | string {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return '“prefs” must be an object.';
  const given = raw as Record<string, unknown>;
  const prefs = parsePrefs(given);
  for (const key of Object.keys(DEFAULT_PREFS) as Array<keyof Prefs>) {
    if (!Object.prototype.hasOwnProperty.call(given, key)) continue;
    if (given[key] !== prefs[key]) return `“${key}” has a value Encryption Lens does not know: ${show(given[key])}.`;
  }
  return prefs;
}

/** Validates a settings file's text. Nothing is stored here: the caller applies a valid result. */
export function parseSettingsFile(text: string): ImportResult {
  if (text.length > MAX_SETTINGS_BYTES) return refuse('This file is far too large to be a settings file.');
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return refuse('This file is not valid JSON; it may be damaged or truncated.');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return refuse('This is not an Encryption Lens settings file.');
  }
  const file = data as Record<string, unknown>;
  if (file.format !== SETTINGS_FORMAT) return refuse('This is not an Encryption Lens settings file.');
  if (typeof file.version !== 'number' || !Number.isInteger(file.version) || file.version < 1) {
    return refuse('The file’s version is missing or damaged.');
  }
  if (file.version > SETTINGS_VERSION) {
    return refuse('This file was made by a newer version of Encryption Lens. Update the extension first.');
  }
  const sites = checkSites(file.sites);
  if (typeof sites === 'string') return refuse(sites);
  const prefs = checkPrefs(file.prefs);
  if (typeof prefs === 'string') return refuse(prefs);
  return { ok: true, sites, prefs };
}
