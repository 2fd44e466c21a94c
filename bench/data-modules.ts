/**
 * Which source modules are data rather than code, for the popup's "code" budget (glossary and
 * other data excluded). Data: the glossary entries and details, the topic gate's word lists, the matchers' patterns written
 * at build time (glossary/patterns.ts, analysis/sided-patterns.ts), and the analysis' word lists,
 * stance lexicon, learned stance weights and the phrases' required words (modules that declare lists, patterns and numbers
 * and no logic). Everything else, including modules that mix a few word lists into code
 * (analysis/cues.ts), counts as code.
 */

const DATA_MODULES: readonly RegExp[] = [
  /\/glossary\/terms\//,
  /\/glossary\/details\//,
  /\/glossary\/topic-words\.ts$/,
  /\/glossary\/patterns\.ts$/,
  /\/analysis\/gazetteer\.ts$/,
  /\/analysis\/stance-lexicon\.ts$/,
  /\/analysis\/stance-weights\.ts$/,
  /\/analysis\/phrase-words\.ts$/,
  /\/analysis\/sided-patterns\.ts$/,
  /\.json$/,
];

export function isDataModule(id: string): boolean {
  const path = id.split('?')[0]!.replace(/\\/g, '/');
  return !path.includes('/node_modules/') && DATA_MODULES.some((re) => re.test(path));
}

export const DATA_MODULE_PATTERNS = DATA_MODULES.map((re) => re.source);

export interface ChunkStats {
  fileName: string;
  name: string;
  isEntry: boolean;
  modules: Array<{ id: string; code: string }>;
}
