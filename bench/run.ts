/**
 * `npm run bench`: the performance benchmark of issue 5, in one run (≈ 2–4 minutes).
 *
 *   npm run bench                 table on stdout, progress on stderr
 *   npm run bench -- --json       exactly one JSON object on stdout (raw figures + "budgets")
 *   npm run bench:sizes           bundle budgets only; exits 1 when one is exceeded (CI)
 *
 * Flags: --no-build (use the existing .output builds), --only=static,naive,removal,dynamic,
 * popup,analysis,sizes (a subset, for working on one figure), --naive-cap=<seconds> (default 20),
 * --strict (exit 1 when any budget is missed; CI never asserts times).
 *
 * Browser figures come from Debian's Chromium with the e2e build (.output/chrome-mv3-e2e)
 * loaded through the end-to-end harness; sizes from the store build (.output/chrome-mv3).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { measureAnalysis, type AnalysisBench } from './analysis';
import { allOk, budgetRows, budgetTable, formatTable, formatValue, type BudgetKey, type Measured } from './budgets';
import { measureDynamic, type DynamicResult } from './dynamic';
import { bundlePageScripts } from './page-scripts';
import { measurePopup, popupPhases, type PopupResult } from './popup';
import { underBuildLock } from './lock';
import { measureRemoval, type RemovalResult } from './removal';
import { openSession } from './session';
import { measureSizes, type SizesResult } from './sizes';
import { measureNaive, measureStaticPages, type NaiveResult, type StaticPageResult } from './static-pages';
import { round } from './stats';
import { gzipSync } from 'node:zlib';
import { glossaryForContent } from '../utils/content-glossary';

/**
 * What the background sends each page for the highlighter (`elens:glossary`): the entries
 * without their links and the compiled pattern. Not in the content script's bundle, so reported
 * beside its budget rather than in it.
 */
function glossarySentPerPage(): { bytes: number; gzip: number } {
  const json = JSON.stringify({ ok: true, ...glossaryForContent() });
  return { bytes: Buffer.byteLength(json), gzip: gzipSync(json).length };
}

const REPO = resolve(fileURLToPath(new URL('..', import.meta.url)));
const SECTIONS = ['sizes', 'static', 'naive', 'removal', 'dynamic', 'popup', 'analysis'] as const;
type Section = (typeof SECTIONS)[number];
const SECTION_BUDGETS: Record<Section, BudgetKey[]> = {
  sizes: ['contentScriptGzip', 'popupCodeGzip'],
  static: ['highlightRatio', 'staticBlock'],
  naive: [],
  removal: ['removal'],
  dynamic: ['dynamicBlock'],
  popup: ['popupReady'],
  analysis: ['analysisPer1000Words'],
};

interface Options {
  json: boolean;
  sizesOnly: boolean;
  build: boolean;
  strict: boolean;
  naiveCapMs: number;
  only: Set<Section>;
}

function parseArgs(argv: string[]): Options {
  const opts: Options = {
    json: false,
    sizesOnly: false,
    build: true,
    strict: false,
    naiveCapMs: 20_000,
    only: new Set(SECTIONS),
  };
  for (const arg of argv) {
    if (arg === '--json') opts.json = true;
    else if (arg === '--sizes-only') opts.sizesOnly = true;
    else if (arg === '--no-build') opts.build = false;
    else if (arg === '--strict') opts.strict = true;
    else if (arg.startsWith('--naive-cap=')) opts.naiveCapMs = Number(arg.slice(12)) * 1000;
    else if (arg.startsWith('--only=')) {
      const picked = arg.slice(7).split(',').filter(Boolean);
      const bad = picked.filter((s) => !(SECTIONS as readonly string[]).includes(s));
      if (bad.length) throw new Error(`unknown section(s): ${bad.join(', ')} (known: ${SECTIONS.join(', ')})`);
      opts.only = new Set(picked as Section[]);
    } else throw new Error(`unknown argument: ${arg}`);
  }
  if (opts.sizesOnly) opts.only = new Set(['sizes']);
  if (!Number.isFinite(opts.naiveCapMs) || opts.naiveCapMs <= 0) throw new Error('--naive-cap needs a number of seconds');
  return opts;
}

const log = (m: string) => process.stderr.write(`[bench] ${m}\n`);

function build(script: string): void {
  log(`npm run ${script}`);
  const [cmd, args] = underBuildLock('npm', ['run', '--silent', script]);
  // The build's own output goes to stderr: stdout carries only the table or the JSON.
  const res = spawnSync(cmd, args, { cwd: REPO, stdio: ['ignore', 2, 2] });
  if (res.status !== 0) throw new Error(`npm run ${script} failed (exit ${res.status ?? res.signal})`);
}

function chromiumVersion(): string {
  try {
    return execFileSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return 'unknown';
  }
}

interface Results {
  static?: StaticPageResult[];
  naive?: NaiveResult;
  removal?: RemovalResult;
  dynamic?: DynamicResult;
  popup?: PopupResult;
  analysis?: AnalysisBench;
  sizes?: SizesResult;
  errors: Record<string, string>;
}

async function attempt<T>(results: Results, name: string, fn: () => Promise<T> | T): Promise<T | undefined> {
  try {
    return await fn();
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    results.errors[name] = message;
    log(`${name} failed: ${message}`);
    return undefined;
  }
}

function budgetsFrom(r: Results): Partial<Record<BudgetKey, Measured>> {
  const m: Partial<Record<BudgetKey, Measured>> = {};
  const oneMb = r.static?.find((p) => p.label === '1 MB');
  if (oneMb) {
    m.highlightRatio = {
      value: oneMb.direct.ratioCold,
      note: `${oneMb.direct.highlightColdMs.median} ms ÷ ${oneMb.direct.bareWalkMs.median} ms (in page, cold)`,
    };
  }
  if (r.static?.length) {
    const ext = r.static.map((p) => p.extension);
    if (ext.every((e) => e !== null)) {
      const worst = Math.max(...ext.map((e) => Math.max(e!.blocks.oursLongestMs, e!.longestOwnTaskMs)));
      const counts = ext.map((e) => e!.blocks.oursCount).reduce((a, b) => a + b, 0);
      m.staticBlock = { value: round(worst), note: `${counts} gap(s) > 50 ms ours; value = longest of our tasks or gaps` };
    } else m.staticBlock = { value: null, note: 'an extension run failed' };
  }
  if (r.removal) {
    const e = r.removal.extension;
    m.removal = e
      ? {
          value: e.removalTaskMs,
          note:
            `${e.highlights} highlights; screen clear after ${e.untilInvisibleMs ?? '?'} ms, DOM restored after ` +
            `${e.untilGoneMs ?? '?'} ms; ${e.blocksOver50} probe block(s) > 50 ms; in-page clear() ${r.removal.direct.clearMs} ms`,
        }
      : { value: null, note: r.removal.error ?? 'extension run failed' };
  }
  if (r.dynamic) {
    const d = r.dynamic;
    m.dynamicBlock = {
      value: round(Math.max(d.blocks.oursLongestMs, d.longestOwnTaskMs)),
      note: `${d.blocks.oursCount} gap(s) > 50 ms ours; ${d.addedBusyMs} ms added over ${d.durationMs / 1000} s`,
    };
  }
  if (r.sizes) {
    const sent = glossarySentPerPage();
    m.contentScriptGzip = {
      value: r.sizes.contentScript.gzip,
      note: `${r.sizes.contentScript.files.join(', ')}; the glossary it needs arrives by message, once per page: ${(sent.bytes / 1000).toFixed(1)} KB (${(sent.gzip / 1000).toFixed(1)} KB if gzipped)`,
    };
    m.popupCodeGzip = r.sizes.popup
      ? { value: r.sizes.popup.code.gzip, note: `data chunk ${(r.sizes.popup.data.gzip / 1000).toFixed(1)} KB gzip excluded` }
      : { value: null, note: r.sizes.error ?? 'stats build failed' };
  }
  if (r.analysis?.worst) {
    m.analysisPer1000Words = {
      value: r.analysis.worst.msPer1000Words,
      note: `${r.analysis.worst.file}; all articles ${r.analysis.overallPer1000Words} ms`,
    };
  }
  if (r.popup)
    m.popupReady = {
      value: r.popup.medianMs,
      note: `median of ${r.popup.opens.length}; first ${r.popup.firstMs} ms${r.popup.blankMedianMs === null ? '' : `; an empty extension page ${r.popup.blankMedianMs} ms`}`,
    };
  return m;
}

function ms(x: number | null | undefined): string {
  return x === null || x === undefined ? '—' : formatValue(x, 'ms');
}

function report(r: Results, budgets: ReturnType<typeof budgetRows>): string {
  const out: string[] = [];
  if (r.static) {
    out.push('1. Highlighting (in page: cold first pass / warm; extension: traced run)');
    out.push(
      formatTable([
        ['page', 'words', 'bare walk', 'ours cold', 'ours warm', 'ratio', 'ext wall', 'ext busy', 'marks'],
        ...r.static.map((p) => [
          p.label,
          String(p.words),
          ms(p.direct.bareWalkMs.median),
          ms(p.direct.highlightColdMs.median),
          ms(p.direct.highlightWarmMs.median),
          `${p.direct.ratioCold}×`,
          ms(p.extension?.wallMs),
          ms(p.extension?.busyMs),
          String(p.extension?.marks ?? '—'),
        ]),
      ]),
    );
    out.push('', '2. Main-thread blocks over 50 ms (probe) — with extension / extension off / ours; our longest task');
    out.push(
      formatTable([
        ['page', 'with ext', 'off', 'ours', 'our longest task'],
        ...r.static.map((p) => {
          const e = p.extension;
          if (!e) return [p.label, p.error ?? '—', '', '', ''];
          return [
            p.label,
            `${e.blocks.count} (max ${ms(e.blocks.longestMs)})`,
            `${e.baselineBlocks.count} (max ${ms(e.baselineBlocks.longestMs)})`,
            `${e.blocks.oursCount} (max ${ms(e.blocks.oursLongestMs)})`,
            ms(e.longestOwnTaskMs),
          ];
        }),
      ]),
    );
  }
  if (r.removal) {
    const e = r.removal.extension;
    out.push(
      '',
      `3. Removing ${r.removal.highlights} highlights: in page clear() ${ms(r.removal.direct.clearMs)}; ` +
        (e
          ? `extension (site switched off): longest task of ours ${ms(e.removalTaskMs)} (${e.tasks} tasks, ${ms(e.busyMs)} in all), ` +
            `no highlight on screen after ${ms(e.untilInvisibleMs)}, DOM restored after ${ms(e.untilGoneMs)}, ` +
            `probe blocks > 50 ms: ${e.blocksOver50} (longest ${ms(e.longestBlockMs)})`
          : `extension: ${r.removal.error}`),
    );
  }
  if (r.dynamic) {
    const d = r.dynamic;
    out.push(
      '',
      `4. Dynamic page (${d.paragraphs} paragraphs in ${d.batches} batches over ${d.durationMs / 1000} s): ` +
        `${ms(d.addedBusyMs)} of ours in ${d.ourTasks} tasks, longest ${ms(d.longestOwnTaskMs)}; ` +
        `blocks > 50 ms: ${d.blocks.count} (ours ${d.blocks.oursCount}), off: ${d.baselineBlocks.count}; marks ${d.marksBefore} → ${d.marksAfter}`,
    );
  }
  if (r.analysis) {
    out.push('', `5. Analysis in Node (median of ${r.analysis.runs} runs, round by round across the articles, after ${r.analysis.warmup} warm-up runs each)`);
    out.push(
      formatTable([
        ['article', 'words', 'median', 'per 1,000 words', 'first run'],
        ...r.analysis.articles.map((a) => [a.file, String(a.words), ms(a.medianMs), ms(a.msPer1000Words), ms(a.firstMs)]),
      ]),
    );
  }
  if (r.popup) {
    out.push(
      '',
      `   Popup to results on the seed article: median ${ms(r.popup.medianMs)} (first ${ms(r.popup.firstMs)}; ` +
        `opens ${r.popup.opens.map((o) => o.readyMs).join(', ')} ms)`,
    );
    const phases = popupPhases(r.popup.opens);
    if (phases) out.push(`   Where the time goes (medians): ${phases}`);
    if (r.popup.blankMedianMs !== null)
      out.push(
        `   An empty extension page, opened the same way: median ${ms(r.popup.blankMedianMs)} to its first script ` +
          `(opens ${r.popup.blankMs.join(', ')} ms); the popup takes ${ms(round(r.popup.medianMs - r.popup.blankMedianMs))} more`,
      );
  }
  if (r.sizes) {
    out.push('', `6. Bundle sizes (${r.sizes.dir}, built ${r.sizes.builtAt})`);
    out.push(
      formatTable([
        ['entrypoint', 'files', 'bytes', 'gzip'],
        ...r.sizes.entrypoints.map((e) => [e.name, String(e.files.length), String(e.bytes), String(e.gzip)]),
        ...(r.sizes.popup
          ? [
              ['popup code (no data)', String(r.sizes.popup.code.files.length), String(r.sizes.popup.code.bytes), String(r.sizes.popup.code.gzip)],
              ['popup data chunk', String(r.sizes.popup.data.files.length), String(r.sizes.popup.data.bytes), String(r.sizes.popup.data.gzip)],
            ]
          : []),
      ]),
    );
    const cs = r.sizes.composition.find((c) => c.file.startsWith('content-scripts/'));
    if (cs) {
      out.push(
        '   content script, largest parts (each minified and gzipped alone): ' +
          cs.modules.slice(0, 8).map((m) => `${m.module} ${(m.minGzip / 1000).toFixed(1)} KB`).join(', '),
      );
    }
  }
  if (r.naive) out.push('', `7. Naive mark.js on the ${r.naive.label} page: ${r.naive.display}`);
  const errors = Object.entries(r.errors);
  if (errors.length) out.push('', 'Errors:', ...errors.map(([k, v]) => `  ${k}: ${v}`));
  out.push('', 'Budgets', budgetTable(budgets));
  return out.join('\n');
}

async function main(): Promise<number> {
  const opts = parseArgs(process.argv.slice(2));
  const started = Date.now();
  // Other work on the machine skews every time figure: the load is part of the record.
  const loadBefore = os.loadavg()[0]!;
  const needsBrowser = ['static', 'naive', 'removal', 'dynamic', 'popup'].some((s) => opts.only.has(s as Section));
  if (opts.build) {
    if (opts.only.has('sizes')) build('build');
    if (needsBrowser) build('build:e2e');
  }

  const results: Results = { errors: {} };
  if (opts.only.has('sizes')) results.sizes = await attempt(results, 'sizes', () => measureSizes(log));
  if (opts.only.has('analysis')) {
    log('analysis in Node');
    results.analysis = await attempt(results, 'analysis', () => measureAnalysis());
  }

  if (needsBrowser) {
    const scripts = await bundlePageScripts();
    const session = await openSession(scripts, log);
    try {
      if (opts.only.has('static') || opts.only.has('naive')) {
        const sizes = opts.only.has('static') ? undefined : [{ label: '1 MB', bytes: 1_000_000, runs: 3 }];
        const measured = await attempt(results, 'static', () => measureStaticPages(session, sizes));
        if (measured && opts.only.has('static')) results.static = measured.pages;
        const oneMb = measured?.pages.find((p) => p.label === '1 MB');
        const path = measured?.paths.get('1 MB');
        if (opts.only.has('naive') && oneMb && path) {
          results.naive = await attempt(results, 'naive', () =>
            measureNaive(session, '1 MB', path, oneMb.direct.highlightColdMs.median, opts.naiveCapMs),
          );
        }
      }
      if (opts.only.has('dynamic')) results.dynamic = await attempt(results, 'dynamic', () => measureDynamic(session));
      if (opts.only.has('popup')) results.popup = await attempt(results, 'popup', () => measurePopup(session));
      // Last: it switches the site off and on again.
      if (opts.only.has('removal')) results.removal = await attempt(results, 'removal', () => measureRemoval(session));
    } finally {
      await session.close();
    }
  }

  const measured = budgetsFrom(results);
  const kinds = opts.sizesOnly ? (['size'] as const) : (['size', 'time'] as const);
  // With --only, the budgets of sections that did not run are left out rather than reported missing.
  const keys = new Set([...opts.only].flatMap((s) => SECTION_BUDGETS[s]));
  const rows = budgetRows(measured, kinds, keys);
  const seconds = round((Date.now() - started) / 1000);
  log(`done in ${seconds} s`);

  if (opts.json) {
    const json = {
      schema: 'elens-bench/1',
      date: new Date().toISOString(),
      seconds,
      machine: {
        cpus: os.cpus().length,
        cpu: os.cpus()[0]?.model ?? '',
        memoryGb: round(os.totalmem() / 2 ** 30),
        node: process.version,
        chromium: needsBrowser ? chromiumVersion() : null,
        loadAverage: { before: round(loadBefore, 2), after: round(os.loadavg()[0]!, 2) },
      },
      ...results,
      budgets: rows,
    };
    process.stdout.write(`${JSON.stringify(json)}\n`);
  } else {
    const load = `load average ${round(loadBefore, 2)} → ${round(os.loadavg()[0]!, 2)} on ${os.cpus().length} cores`;
    process.stdout.write(`${report(results, rows)}\n\n${seconds} s; ${load}\n`);
  }
  if (opts.sizesOnly || opts.strict) return allOk(rows) ? 0 : 1;
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    log(err instanceof Error ? (err.stack ?? err.message) : String(err));
    process.exit(2);
  },
);
