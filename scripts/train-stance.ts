import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { analyzeDocument, analyzeText, type PositionOut } from '../analysis';
import { shownByRules } from '../analysis/positions';
import { round } from '../analysis/stance';
import { STANCE_MODEL } from '../analysis/stance-weights';
import { CLASSES, featuresOf, refinePositions, type FallbackClass, type FallbackThresholds, type StanceModel } from '../analysis/stance-fallback';
import { loadCases } from '../cli/eval-sentences';
import { parseHtml, readHtmlFile } from '../cli/load';
import { prf, sameEntity, scorePositions, sidedOnly, type LabelPosition, type Labels } from '../cli/score';

/**
 * Trains the stance fallback (analysis/stance-fallback.ts) on every labelled article and
 * measures it honestly.
 *
 *   npx tsx scripts/train-stance.ts --cv      leave-one-article-out cross-validation, rules alone
 *                                             vs rules + fallback, per folder and overall
 *   npx tsx scripts/train-stance.ts --write   train on every labelled article and the sentence
 *                                             cases (b), choose thresholds by 10-fold
 *                                             cross-validation, write analysis/stance-weights.ts
 *   npx tsx scripts/train-stance.ts --check <article folders> [--sentences <case folders>]
 *                                             the same training, then rules alone vs rules +
 *                                             fallback on text nobody trained on (held-out)
 *   npx tsx scripts/train-stance.ts --eval [folder…]   score rules + the shipped weights
 *   npx tsx scripts/train-stance.ts --ablate  the shipped setting and each switch flipped, scored
 *                                             on 10-fold cross-validated predictions
 *   npx tsx scripts/train-stance.ts --transfer  train (and choose thresholds by leave-one-article-
 *                                             out CV) on the tuned folders only, score dev and held-out
 *
 * `--rules DIR` (with --cv) takes the rule-based positions from another copy of the project
 * (e.g. `git archive <commit> analysis glossary cli entrypoints utils components | tar -x -C DIR`
 * and a node_modules link): the rules of today were tuned on every labelled article, so their
 * mistakes there are few; rules from before an article set was tuned on show what the fallback
 * does for articles the rules have never seen.
 *
 * Examples: each position the rules produce, labelled with the stance of the label it matches
 * (the grader's own entity matching, cli/score.ts), or "none" when it matches no label: a
 * speaker quoted on something else, whom the model should learn to leave out.
 */

export const FOLDERS = ['tests/fixtures', 'tests/fixtures/articles', 'tests/fixtures/dev', 'tests/fixtures/train', '../shared/fixtures'];

/** The seed article must stay exactly right (issue #3): a setting that breaks it is not allowed. */
const SEED = '../shared/fixtures';
function keepsSeed(articles: readonly Article[], model: Pick<StanceModel, 'weights' | 'bias'>): (s: Setting) => boolean {
  return (s) => articles.filter((a) => a.folder === SEED).every((a) => {
    const c = scoreOn(a, applyModel(a, model, s));
    return c.fp === 0 && c.fn === 0;
  });
}

/**
 * Remarks off the issue that no setting may side, as the unit tests require: a product manager on a
 * recovery screen or a settings screen, a user on a sticky note, a chief constable on a stadium, a
 * finance chief on revenue. (In the seventh session CV alone chose side ≥ 0.45, which sided the
 * product manager on a recovery screen.)
 */
const OFF_ISSUE: ReadonlyArray<{ text: string; speakers: string[] }> = [
  { text: 'Amaru Quispe, a product manager, said: “The hard part was designing a recovery flow that normal people would not get wrong when they drop their phone in a lake.”\n“I wrote the key on a sticky note and then recycled the sticky note,” said Callum Birt, a user.\nHannah Brook, a statistician, said: “If billions of images are sent each day, that is thousands of innocent pictures flagged every day.”', speakers: ['Amaru Quispe', 'Callum Birt'] },
  { text: 'Chief Constable Mark Dyer said he had met the mayor twice about the new stadium.\nJo Brent, the firm’s finance chief, said revenue had grown by 11% in the first half.', speakers: ['Mark Dyer', 'Jo Brent'] },
  { text: 'In court filings, Deputy District Attorney Samuel Oke argued that messages and location data on the device could show whether the suspect acted alone.\nRita Paz, a product manager, said the new settings screen was easier to use.', speakers: ['Rita Paz'] },
];
function keepsOffIssue(model: Pick<StanceModel, 'weights' | 'bias'>): (s: Setting) => boolean {
  const ruled = OFF_ISSUE.map(({ text, speakers }) => ({ speakers, article: { folder: '', file: '', labels: [], positions: analyzeText(text, '', RULES_ALONE).positions } }));
  return (s) => ruled.every(({ speakers, article }) => applyModel(article, model, s).every((p) => p.stance === 'neutral' || !speakers.includes(p.speaker)));
}

/** The folders the rules were written against; the others were written to measure them. */
const TUNED = ['tests/fixtures', 'tests/fixtures/articles', '../shared/fixtures'];

export interface Article {
  folder: string;
  file: string;
  labels: LabelPosition[];
  positions: PositionOut[];
  /** The labels list only who takes a side (sentence cases): a speaker they leave out may be neutral. */
  sidesOnly?: boolean;
}

export type Analyze = (doc: Document) => { positions: PositionOut[] } | null;

/** The rules without the shipped model (with the speakers they set aside): what the model is trained and measured on. */
const RULES_ALONE = { learned: false, aside: true } as const;
const rulesAlone: Analyze = (doc) => analyzeDocument(doc, RULES_ALONE);

export function loadArticles(folders: readonly string[] = FOLDERS, root = process.cwd(), analyze: Analyze = rulesAlone): Article[] {
  const out: Article[] = [];
  for (const folder of folders) {
    const dir = resolve(root, folder);
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
      let data: Labels;
      try {
        data = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Labels;
      } catch {
        continue;
      }
      if (data.format !== 'elens-labels/1') continue;
      const doc = parseHtml(readHtmlFile(join(dir, data.page)));
      out.push({ folder, file: name, labels: data.positions, positions: analyze(doc)?.positions ?? [] });
    }
  }
  return out;
}

/** Short labelled texts (tests/sentences/*.json, `cli/eval-sentences.ts`), each as an article of its own. */
export function loadSentenceCases(folder: string, root = process.cwd()): Article[] {
  return loadCases([resolve(root, folder)]).map(({ file, case: c }) => ({ folder, file: `${basename(file)}#${c.id}`, labels: c.positions, positions: analyzeText(c.text, '', RULES_ALONE).positions, sidesOnly: true }));
}

/** What a predicted position should have been: the matched label's stance (a required label's
 * first), "none" when no label is that speaker, null when that cannot be known (sentence cases). */
export function targetOf(p: Pick<PositionOut, 'speaker'>, labels: readonly LabelPosition[], sidesOnly = false): FallbackClass | null {
  const hits = labels.filter((l) => sameEntity(p.speaker, l));
  // (Where only sides are labelled, a speaker left out may be neutral or not in the debate: unknown.)
  if (hits.length === 0) return sidesOnly ? null : 'none';
  // An optional (disputed) label still says which way the labeller leaned: a training target,
  // though never scored (10-fold CV over all items: 72.6 with these targets, 72.3 without).
  return (hits.find((l) => !l.optional) ?? hits[0]!).stance;
}

export interface Example {
  article: number;
  features: Map<string, number>;
  target: number;
}

export function examplesOf(articles: readonly Article[]): Example[] {
  const out: Example[] = [];
  articles.forEach((a, article) => {
    for (const p of a.positions) {
      const t = targetOf(p, a.labels, a.sidesOnly);
      if (t !== null) out.push({ article, features: featuresOf(p), target: CLASSES.indexOf(t) });
    }
  });
  return out;
}

export interface TrainOptions {
  /** L2 penalty on the weights (the loss is the mean cross-entropy). */
  l2: number;
  iterations: number;
  rate: number;
}

/**
 * l2, tried again by the same 10-fold CV (seed kept exact) on 2,747 items in the sixth session:
 * best F1 69.88 at 0.001, 71.96 at 0.0003, 73.01 at 0.0001 (side ≥ 0.45, dropping at none ≥ 0.4),
 * 73.09 at 0.00005 and 0.00003. Not taken: the weaker penalty sides remarks off the issue ("the
 * new settings screen was easier to use", a chief constable on a stadium), which the unit tests
 * rule out and CV barely sees; requiring the debate's own words before siding (DEBATE_CORE) cost
 * more than it saved (70.97 at 0.0003, 71.46 at 0.0001).
 * Seventh session, on 3,745 items: three more remarks off the issue as guards (a finance head and
 * an investor on revenue, a prosecutor on the number of victims) made CV turn `aside` off (articles
 * 76.8 → 75.6, sentence cases 71.5 → 68.2, both in-sample); letting the model side a set-aside
 * speaker only when their words include the debate's everyday vocabulary (police, court, law …)
 * kept `aside` on but still cost 76.8 → 76.4 and 71.5 → 70.0. Neither taken.
 */
export const DEFAULT_TRAIN: TrainOptions = { l2: 0.0003, iterations: 300, rate: 2 };

/**
 * Multinomial logistic regression, full-batch gradient descent from zero weights: no random
 * start and no example order, so the same examples always give the same weights.
 */
export function train(examples: readonly Example[], options: TrainOptions = DEFAULT_TRAIN): Pick<StanceModel, 'weights' | 'bias'> {
  const C = CLASSES.length;
  const index = new Map<string, number>();
  const rows = examples.map((e) => {
    const idx: number[] = [];
    const val: number[] = [];
    for (const [k, v] of e.features) {
      let i = index.get(k);
      if (i === undefined) index.set(k, (i = index.size));
      idx.push(i);
      val.push(v);
    }
    return { idx, val, target: e.target };
  });
  const F = index.size;
  // Nesterov-accelerated gradient descent: with unit-length feature vectors the loss has
  // curvature at most 1/2 + l2, so a step of 2 is stable and momentum makes a few hundred
  // steps enough.
  const W = new Float64Array(F * C);
  const b = new Float64Array(C);
  const prevW = new Float64Array(F * C);
  const prevB = new Float64Array(C);
  const yW = new Float64Array(F * C);
  const yB = new Float64Array(C);
  const gW = new Float64Array(F * C);
  const gb = new Float64Array(C);
  const z = new Float64Array(C);
  const n = Math.max(1, rows.length);
  for (let it = 0; it < options.iterations; it++) {
    const momentum = it / (it + 3);
    for (let i = 0; i < F * C; i++) yW[i] = W[i]! + momentum * (W[i]! - prevW[i]!);
    for (let c = 0; c < C; c++) yB[c] = b[c]! + momentum * (b[c]! - prevB[c]!);
    prevW.set(W);
    prevB.set(b);
    gW.fill(0);
    gb.fill(0);
    for (const r of rows) {
      for (let c = 0; c < C; c++) z[c] = yB[c]!;
      for (let j = 0; j < r.idx.length; j++) {
        const base = r.idx[j]! * C;
        for (let c = 0; c < C; c++) z[c]! += r.val[j]! * yW[base + c]!;
      }
      let max = -Infinity;
      for (let c = 0; c < C; c++) max = Math.max(max, z[c]!);
      let sum = 0;
      for (let c = 0; c < C; c++) sum += (z[c] = Math.exp(z[c]! - max));
      for (let c = 0; c < C; c++) {
        const g = z[c]! / sum - (c === r.target ? 1 : 0);
        gb[c]! += g;
        for (let j = 0; j < r.idx.length; j++) gW[r.idx[j]! * C + c]! += g * r.val[j]!;
      }
    }
    for (let i = 0; i < F * C; i++) W[i] = yW[i]! - options.rate * (gW[i]! / n + options.l2 * yW[i]!);
    for (let c = 0; c < C; c++) b[c] = yB[c]! - options.rate * (gb[c]! / n);
  }
  const weights: Record<string, number[]> = {};
  for (const [k, i] of index) weights[k] = Array.from(W.subarray(i * C, i * C + C));
  return { weights, bias: Array.from(b) };
}

// ---------------------------------------------------------------------------------------------
// Scoring and threshold choice

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

const add = (a: Counts, b: Counts): Counts => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });
const ZERO: Counts = { tp: 0, fp: 0, fn: 0 };

/** An article's (or sentence case's) positions against its own labels. */
const scoreOn = (a: Article, positions: readonly Pick<PositionOut, 'speaker' | 'stance'>[]): Counts => score(positions, a.labels, a.sidesOnly);

/** `sidesOnly`: labels that list only who takes a side (sentence cases), against which neutral predictions are not scored. */
export function score(positions: readonly Pick<PositionOut, 'speaker' | 'stance'>[], labels: readonly LabelPosition[], sidesOnly = false): Counts {
  const s = scorePositions((sidesOnly ? sidedOnly(positions) : positions).map((p) => ({ speaker: p.speaker, stance: p.stance })), labels);
  return { tp: s.tp, fp: s.fp, fn: s.fn };
}

export interface Setting {
  thresholds: FallbackThresholds;
  mixed: boolean;
  aside: boolean;
  /** Drop the "mixed" speakers the model does not side (see RefineOptions.dropMixed). */
  dropMixed: boolean;
  /** Show as neutral the aside speakers the model finds neutral (see RefineOptions.asideNeutral). */
  asideNeutral: boolean;
}

/**
 * A weak side the rules found (confidence up to 0.6) replaced when the model gives the other side
 * at least 0.75, or never. Seventeenth session, by `--ablate` (10-fold CV) over flip 0.45–0.9 and
 * rule confidence up to 0.4–1.0: the best, flip 0.6 up to 0.7 (articles F1 77.9 → 78.7, sentence
 * cases 72.7 → 74.2), turned 29 hand-written constructions of the unit tests to the wrong side
 * (denials such as "Some people have said my bill would create a backdoor. It would not" read as
 * the encryption side's words); 0.75 up to 0.6 is the most it can do and keep every one of them
 * (articles 77.9 → 78.2, sentence cases 72.7 → 73.5).
 */
const FLIP_GRID: Array<Pick<FallbackThresholds, 'flip' | 'overrule'>> = [{}, { flip: 0.75, overrule: 0.6 }];

const SIDE_GRID = [0.35, 0.4, 0.45, 0.5, 0.51, 0.52, 0.53, 0.54, 0.55, 0.6, 0.7, 0.8, 0.9, 1.01];
const NONE_GRID = [0, 0.2, 0.3, 0.35, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01];

/** Every setting tried, most conservative first, so ties go to doing less. */
export const SETTINGS: Setting[] = [false, true].flatMap((dropMixed) =>
  [false, true].flatMap((aside) =>
    (aside ? [false, true] : [false]).flatMap((asideNeutral) =>
      [false, true].flatMap((mixed) =>
        FLIP_GRID.flatMap((flip) => [...SIDE_GRID].reverse().flatMap((side) => [...NONE_GRID].reverse().map((none) => ({ thresholds: { side, none, ...flip }, mixed, aside, dropMixed, asideNeutral })))),
      ),
    ),
  ),
);


/** A model's own setting (its switches off where it leaves them out). */
function settingOf(m: StanceModel): Setting {
  return { thresholds: m.thresholds, mixed: m.mixed ?? false, aside: m.aside ?? false, dropMixed: m.dropMixed ?? false, asideNeutral: m.asideNeutral ?? false };
}

function applyModel(a: Article, model: Pick<StanceModel, 'weights' | 'bias'>, s: Setting): PositionOut[] {
  // A Setting holds exactly the model's switches, so it passes as refinePositions' options.
  return refinePositions(a.positions, { ...s, model: { ...model, ...s } });
}

/** The setting with the best micro-F1 over articles, each predicted by a model that never saw it. */
export function chooseSetting(articles: readonly Article[], modelFor: (a: number) => Pick<StanceModel, 'weights' | 'bias'>, which: readonly number[], settings: readonly Setting[] = SETTINGS, allowed: (s: Setting) => boolean = () => true): Setting {
  let best = settings[0]!;
  let bestF1 = -1;
  const models = new Map(which.map((a) => [a, modelFor(a)]));
  for (const s of settings) {
    if (!allowed(s)) continue;
    let c = ZERO;
    for (const a of which) c = add(c, scoreOn(articles[a]!, applyModel(articles[a]!, models.get(a)!, s)));
    const f1 = prf(c.tp, c.fp, c.fn).f1;
    if (f1 > bestF1 + 1e-9) {
      best = s;
      bestF1 = f1;
    }
  }
  return best;
}

const INNER_FOLDS = 5;

/** Models for each article of `which`, each trained on the articles of `which` outside its fold. */
function foldModels(articles: readonly Article[], examples: readonly Example[], which: readonly number[], folds: number, options: TrainOptions) {
  const foldOf = new Map(which.map((a, i) => [a, i % folds]));
  const models = new Map<number, Pick<StanceModel, 'weights' | 'bias'>>();
  for (let f = 0; f < Math.min(folds, which.length); f++) {
    const model = train(examples.filter((e) => foldOf.has(e.article) && foldOf.get(e.article) !== f), options);
    for (const a of which) if (foldOf.get(a) === f) models.set(a, model);
  }
  return (a: number) => models.get(a)!;
}

export interface CvRow {
  folder: string;
  rules: Counts;
  fallback: Counts;
}

/**
 * Leave-one-article-out: for each article, train on all the others, choose the setting by
 * 5-fold cross-validation inside those others, then predict the held-out article.
 */
export function crossValidate(articles: readonly Article[], options: TrainOptions = DEFAULT_TRAIN, log = (_: string) => {}): { rows: CvRow[]; settings: Setting[] } {
  const examples = examplesOf(articles);
  const byFolder = new Map<string, CvRow>();
  const settings: Setting[] = [];
  articles.forEach((held, h) => {
    const others = articles.map((_, i) => i).filter((i) => i !== h);
    const setting = chooseSetting(articles, foldModels(articles, examples, others, INNER_FOLDS, options), others);
    settings.push(setting);
    const model = train(examples.filter((e) => e.article !== h), options);
    const row = byFolder.get(held.folder) ?? { folder: held.folder, rules: ZERO, fallback: ZERO };
    const rules = scoreOn(held, shownByRules(held.positions));
    const fallback = scoreOn(held, applyModel(held, model, setting));
    row.rules = add(row.rules, rules);
    row.fallback = add(row.fallback, fallback);
    byFolder.set(held.folder, row);
    log(`${held.folder}/${held.file}: side≥${setting.thresholds.side} none≥${setting.thresholds.none} mixed=${setting.mixed} aside=${setting.aside} rules ${fmt(rules)} → fallback ${fmt(fallback)}`);
  });
  return { rows: [...byFolder.values()], settings };
}

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
function fmt(c: Counts): string {
  const { precision, recall, f1 } = prf(c.tp, c.fp, c.fn);
  return `P ${pct(precision)} R ${pct(recall)} F1 ${pct(f1)} (tp ${c.tp} fp ${c.fp} fn ${c.fn})`;
}

export function formatRows(rows: readonly CvRow[]): string {
  const lines = [`${'folder'.padEnd(26)}rules alone${' '.repeat(31)}rules + fallback`];
  let r = ZERO;
  let f = ZERO;
  for (const row of rows) {
    lines.push(`${row.folder.padEnd(26)}${fmt(row.rules)}   ${fmt(row.fallback)}`);
    r = add(r, row.rules);
    f = add(f, row.fallback);
  }
  lines.push(`${'overall'.padEnd(26)}${fmt(r)}   ${fmt(f)}`);
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// The shipped weights

/** Features whose weights all round to zero say nothing; the strongest are kept up to `max`. */
export function prune(model: Pick<StanceModel, 'weights' | 'bias'>, max = 2500, digits = 2): Pick<StanceModel, 'weights' | 'bias'> {
  const scale = 10 ** digits;
  const r = (x: number) => Math.round(x * scale) / scale;
  const entries = Object.entries(model.weights)
    .map(([k, w]) => ({ k, w: w.map(r), mass: w.reduce((a, b) => a + Math.abs(b), 0) }))
    .filter((e) => e.w.some((x) => x !== 0))
    .sort((a, b) => b.mass - a.mass || (a.k < b.k ? -1 : 1))
    .slice(0, max)
    .sort((a, b) => (a.k < b.k ? -1 : 1));
  return { weights: Object.fromEntries(entries.map((e) => [e.k, e.w])), bias: model.bias.map(r) };
}

export function weightsModule(model: StanceModel, note: string): string {
  // JSON in a template literal, an entry a line: readable diffs, and the engine reads a large
  // JSON text faster than the same object literal (the popup loads this at every start).
  const asTemplate = (json: string) => json.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
  const lines = Object.entries(model.weights).map(([k, w], i, all) => asTemplate(`${JSON.stringify(k)}:[${w.join(',')}]${i < all.length - 1 ? ',' : ''}`));
  return [
    '// GENERATED by `npx tsx scripts/train-stance.ts --write`: do not edit by hand; regenerate after',
    '// changing the labelled fixtures, analysis/stance-fallback.ts features or the analysis itself.',
    `// ${note}`,
    "import type { StanceModel } from './stance-fallback';",
    '',
    '/** Weights per feature in CLASSES order: pro-access, pro-encryption, neutral, none. */',
    'export const STANCE_MODEL: StanceModel = {',
    `  thresholds: ${JSON.stringify(model.thresholds).replace(/"/g, '').replace(/,/g, ', ').replace(/:/g, ': ').replace('{', '{ ').replace(/}$/, ' }')},`,
    `  mixed: ${model.mixed ?? false},`,
    `  aside: ${model.aside ?? false},`,
    `  dropMixed: ${model.dropMixed ?? false},`,
    `  asideNeutral: ${model.asideNeutral ?? false},`,
    `  bias: [${model.bias.join(', ')}],`,
    "  weights: JSON.parse(`{",
    ...lines,
    "}`) as StanceModel['weights'],",
    '};',
    '',
  ].join('\n');
}

/**
 * The model as shipped, trained on `items`, and its setting: thresholds from 10-fold
 * cross-validated predictions over all of them (never from the model's own training
 * predictions), among the settings that keep the seed article exact and side no remark off the
 * issue (OFF_ISSUE).
 * (Judged on everything: judged on the articles alone — which the rules were tuned on, so their
 * neutrals there are mostly right — cross-validation chooses to do nothing, though the model lifts
 * text nobody tuned on; see tests/fixtures/train/README-h.md.) There is no topic gate any more
 * (dropping rule-neutral speakers whose words never name the topic): it dropped the neutral
 * speakers the rules keep on purpose (an analyst weighing both sides, a regulator's remark), whom
 * articles label as neutral, and stayed off from the fourth session until it was removed in the fifth.
 */
function trainShipped(items: readonly Article[]): { model: Pick<StanceModel, 'weights' | 'bias'>; setting: Setting; examples: number } {
  const examples = examplesOf(items);
  const all = items.map((_, i) => i);
  const model = prune(train(examples));
  const seed = keepsSeed(items, model);
  const offIssue = keepsOffIssue(model);
  const setting = chooseSetting(items, foldModels(items, examples, all, 10, DEFAULT_TRAIN), all, SETTINGS, (s) => seed(s) && offIssue(s));
  return { model, setting, examples: examples.length };
}

async function rulesFrom(argv: readonly string[]): Promise<Analyze> {
  const at = argv.indexOf('--rules');
  if (at < 0) return rulesAlone;
  const dir = resolve(argv[at + 1] ?? '.');
  const mod = (await import(join(dir, 'analysis/index.ts'))) as { analyzeDocument: Analyze };
  return mod.analyzeDocument;
}

async function main(argv: readonly string[]): Promise<void> {
  const t0 = performance.now();
  const log = (s: string) => process.stderr.write(`${s}\n`);
  if (argv.includes('--cv')) {
    const articles = loadArticles(FOLDERS, process.cwd(), await rulesFrom(argv));
    const examples = examplesOf(articles);
    const counts = CLASSES.map((c, i) => `${c} ${examples.filter((e) => e.target === i).length}`).join(', ');
    log(`${articles.length} articles, ${examples.length} examples (${counts})`);
    const { rows } = crossValidate(articles, DEFAULT_TRAIN, argv.includes('--verbose') ? log : undefined);
    process.stdout.write(`${formatRows(rows)}\n`);
  } else if (argv.includes('--transfer')) {
    const articles = loadArticles(FOLDERS, process.cwd(), await rulesFrom(argv));
    const examples = examplesOf(articles);
    const tuned = articles.map((_, i) => i).filter((i) => TUNED.includes(articles[i]!.folder));
    const setting = chooseSetting(articles, foldModels(articles, examples, tuned, tuned.length, DEFAULT_TRAIN), tuned);
    const model = train(examples.filter((e) => tuned.includes(e.article)));
    const byFolder = new Map<string, CvRow>();
    articles.forEach((a) => {
      if (TUNED.includes(a.folder)) return;
      const row = byFolder.get(a.folder) ?? { folder: a.folder, rules: ZERO, fallback: ZERO };
      row.rules = add(row.rules, scoreOn(a, shownByRules(a.positions)));
      row.fallback = add(row.fallback, scoreOn(a, applyModel(a, model, setting)));
      byFolder.set(a.folder, row);
    });
    log(`trained on ${TUNED.join(', ')}; side≥${setting.thresholds.side} none≥${setting.thresholds.none} mixed=${setting.mixed} aside=${setting.aside}`);
    process.stdout.write(`${formatRows([...byFolder.values()])}\n`);
  } else if (argv.includes('--check')) {
    // Train on every labelled article and the sentence cases (b), choose the setting by 10-fold
    // cross-validation over them, then score rules alone vs rules + fallback on the folders given
    // (articles) and sentence folders given after --sentences: text nobody trained on.
    const train_ = [...loadArticles(FOLDERS), ...(argv.includes('--articles-only') ? [] : loadSentenceCases('tests/sentences'))];
    const { model, setting, examples } = trainShipped(train_);
    log(`trained on ${train_.length} articles and cases, ${examples} examples; side≥${setting.thresholds.side} none≥${setting.thresholds.none} mixed=${setting.mixed} aside=${setting.aside}`);
    const split = argv.indexOf('--sentences');
    const articleFolders = argv.filter((a, i) => !a.startsWith('--') && (split < 0 || i < split));
    const sentenceFolders = split < 0 ? [] : argv.slice(split + 1).filter((a) => !a.startsWith('--'));
    const held = [...loadArticles(articleFolders), ...sentenceFolders.flatMap((f) => loadSentenceCases(f))];
    const byFolder = new Map<string, CvRow>();
    for (const a of held) {
      const row = byFolder.get(a.folder) ?? { folder: a.folder, rules: ZERO, fallback: ZERO };
      row.rules = add(row.rules, scoreOn(a, shownByRules(a.positions)));
      row.fallback = add(row.fallback, scoreOn(a, applyModel(a, model, setting)));
      byFolder.set(a.folder, row);
    }
    process.stdout.write(`${formatRows([...byFolder.values()])}\n`);
  } else if (argv.includes('--ablate')) {
    // The shipped setting against each of its switches flipped, scored on 10-fold cross-validated
    // predictions (every article predicted by a model that never saw it): whether a switch helps
    // text the model did not learn from, without retraining the shipped weights.
    const items = [...loadArticles(), ...loadSentenceCases('tests/sentences')];
    const examples = examplesOf(items);
    const all = items.map((_, i) => i);
    const modelFor = foldModels(items, examples, all, 10, DEFAULT_TRAIN);
    const shipped = settingOf(STANCE_MODEL);
    const { side, none, flip } = shipped.thresholds;
    // A threshold moved by `step` either way, the others as shipped (none where it is unset).
    const nudged = (key: 'side' | 'none' | 'flip', step: number): Array<[string, Setting]> => {
      const at = shipped.thresholds[key];
      return at === undefined ? [] : [-step, step].map((d) => [`${key} ${round(at + d)}`, { ...shipped, thresholds: { ...shipped.thresholds, [key]: round(at + d) } }]);
    };
    const flips: Array<[string, Setting]> = [
      ['shipped', shipped],
      ...(['mixed', 'aside', 'dropMixed', 'asideNeutral'] as const).map((k): [string, Setting] => [`${k} ${shipped[k] ? 'off' : 'on'}`, { ...shipped, [k]: !shipped[k] }]),
      ...FLIP_GRID.filter((f) => f.flip !== flip).map((f): [string, Setting] => [`flip ${f.flip ?? 'off'}`, { ...shipped, thresholds: { side, none, ...f } }]),
      ...nudged('side', 0.05),
      ...nudged('none', 0.1),
      ...nudged('flip', 0.05),
    ];
    const seed = keepsSeed(items, prune(train(examples)));
    for (const [name, s] of flips) {
      const byKind = new Map<string, Counts>();
      for (const a of all) {
        const kind = items[a]!.sidesOnly ? 'sentence cases' : 'articles';
        byKind.set(kind, add(byKind.get(kind) ?? ZERO, scoreOn(items[a]!, applyModel(items[a]!, modelFor(a), s))));
      }
      process.stdout.write(`${name.padEnd(18)}${[...byKind].map(([k, c]) => `${k}: ${fmt(c)}`).join('   ')}   seed ${seed(s) ? 'exact' : 'broken'}\n`);
    }
  } else if (argv.includes('--write')) {
    // The labelled articles and the sentence cases (b): the cases, written by someone who never
    // read the analysis, are most of what the model learns to generalise from (without them,
    // cross-validation chose to leave the rules alone).
    const articles = [...loadArticles(), ...loadSentenceCases('tests/sentences')];
    const { model: trained, setting, examples } = trainShipped(articles);
    const model: StanceModel = { ...trained, ...setting };
    const on = (b: boolean) => (b ? 'on' : 'off');
    const note = `${articles.length} labelled articles and sentence cases, ${examples} examples; thresholds chosen by 10-fold CV (mixed ${on(setting.mixed)}, aside ${on(setting.aside)}, dropMixed ${on(setting.dropMixed)}, asideNeutral ${on(setting.asideNeutral)} chosen).`;
    writeFileSync(resolve('analysis/stance-weights.ts'), weightsModule(model, note));
    log(`wrote analysis/stance-weights.ts: ${Object.keys(model.weights).length} features, ${note}`);
  } else if (argv.includes('--eval')) {
    const folders = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--rules');
    const articles = loadArticles(folders.length ? folders : FOLDERS);
    const byFolder = new Map<string, CvRow>();
    for (const a of articles) {
      const row = byFolder.get(a.folder) ?? { folder: a.folder, rules: ZERO, fallback: ZERO };
      const refined = refinePositions(a.positions);
      row.rules = add(row.rules, scoreOn(a, shownByRules(a.positions)));
      row.fallback = add(row.fallback, scoreOn(a, refined));
      byFolder.set(a.folder, row);
      if (argv.includes('--verbose')) {
        for (const p of refined) if (!a.positions.some((q) => q.speaker === p.speaker && q.stance === p.stance && !q.aside)) log(`${a.file}: ${p.speaker} → ${p.stance} (${p.reason}) [${targetOf(p, a.labels, a.sidesOnly)}]`);
        for (const p of a.positions) if (!refined.some((q) => q.speaker === p.speaker)) log(`${a.file}: dropped ${p.speaker} [${targetOf(p, a.labels, a.sidesOnly)}]`);
      }
    }
    process.stdout.write(`${formatRows([...byFolder.values()])}\n`);
  } else {
    log('usage: npx tsx scripts/train-stance.ts --cv [--verbose] | --write | --eval [--verbose] [folder…]');
    process.exitCode = 2;
    return;
  }
  log(`${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

if (process.argv[1] && /train-stance\.[cm]?[tj]s$/.test(process.argv[1])) void main(process.argv.slice(2));
