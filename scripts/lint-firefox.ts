/**
 * `npm run lint:firefox`: Mozilla's add-on linter (`web-ext lint`) on the Firefox store build,
 * as addons.mozilla.org would run it. Builds first when the build is missing or older than the
 * sources. Fails on any error, and on any warning or notice that is not one of the explained
 * ones below (README, "Firefox"): a new warning must be fixed or explained, never ignored.
 *
 * No `--self-hosted`: that flag hides the messages about hosting on addons.mozilla.org, and the
 * store build is meant for it. No `--warnings-as-errors` either: the remaining warnings are
 * known, explained, and each explanation is checked here against the code it talks about.
 *
 * Flags: --source-dir DIR (default .output/firefox-mv3), --no-build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(fileURLToPath(new URL('..', import.meta.url)));
const DEFAULT_SOURCE_DIR = join(REPO, '.output', 'firefox-mv3');

/** What the build is made from: a change here means the build may be stale. */
const SOURCES = [
  'entrypoints',
  'components',
  'utils',
  'glossary',
  'analysis',
  'public',
  'assets',
  'wxt.config.ts',
  'package.json',
  'package-lock.json',
];

/** Our own code, where `dangerouslySetInnerHTML` must never appear (see the explanation below). */
const OWN_CODE = ['entrypoints', 'components', 'utils', 'glossary', 'analysis'];

interface LintMessage {
  _type: 'error' | 'warning' | 'notice';
  code: string;
  message: string;
  description?: string | string[];
  file?: string;
  line?: number;
  column?: number;
}

interface LintReport {
  summary: { errors: number; notices: number; warnings: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

interface Explanation {
  /** One line for the output; the README says it at length. */
  reason: string;
  /** Whether this explanation covers the message; it checks the code the message points at. */
  covers(msg: LintMessage, sourceDir: string): boolean;
}

function walk(path: string, visit: (file: string) => void): void {
  if (!existsSync(path)) return;
  const info = statSync(path);
  if (info.isFile()) return visit(path);
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    walk(join(path, entry), visit);
  }
}

/** The bundled code around a message's position. */
function codeAround(msg: LintMessage, sourceDir: string, radius = 300): string {
  if (!msg.file || msg.line === undefined) return '';
  const file = join(sourceDir, msg.file);
  if (!existsSync(file)) return '';
  const line = readFileSync(file, 'utf8').split('\n')[msg.line - 1] ?? '';
  const col = msg.column ?? 0;
  return line.slice(Math.max(0, col - radius), col + radius);
}

/** Files of our own code that use Preact's raw-HTML escape hatch. */
function ownRawHtmlUses(): string[] {
  const found: string[] = [];
  for (const dir of OWN_CODE) {
    walk(join(REPO, dir), (file) => {
      if (!/\.(ts|tsx|js|jsx)$/.test(file)) return;
      if (readFileSync(file, 'utf8').includes('dangerouslySetInnerHTML')) found.push(relative(REPO, file));
    });
  }
  return found;
}

const EXPLAINED: Explanation[] = [
  {
    reason:
      "Preact's renderer (bundled) sets innerHTML only for a `dangerouslySetInnerHTML` prop, which our code never passes",
    covers(msg, sourceDir) {
      if (msg.code !== 'UNSAFE_VAR_ASSIGNMENT' || !/innerHTML/.test(msg.message)) return false;
      // The flagged assignment must be Preact's: `dom.innerHTML = newHtml.__html` (or clearing it).
      const code = codeAround(msg, sourceDir);
      return /\.innerHTML\s*=\s*(?:[\w$]+\.__html|"")/.test(code) && code.includes('dangerouslySetInnerHTML');
    },
  },
];

function build(): void {
  console.log('lint:firefox: building the Firefox store build (npm run build:firefox)…');
  const res = spawnSync('npm', ['run', '--silent', 'build:firefox'], { cwd: REPO, stdio: 'inherit' });
  if (res.status !== 0) throw new Error(`npm run build:firefox failed (exit ${res.status ?? res.signal})`);
}

/** Missing, or older than any source file. */
function needsBuild(sourceDir: string): boolean {
  const manifest = join(sourceDir, 'manifest.json');
  if (!existsSync(manifest)) return true;
  const built = statSync(manifest).mtimeMs;
  let newest = 0;
  for (const s of SOURCES) walk(join(REPO, s), (f) => (newest = Math.max(newest, statSync(f).mtimeMs)));
  return newest > built;
}

function runLinter(sourceDir: string): LintReport {
  const bin = join(REPO, 'node_modules', '.bin', 'web-ext');
  const res = spawnSync(bin, ['lint', '--source-dir', sourceDir, '--output', 'json', '--no-config-discovery'], {
    cwd: REPO,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    // web-ext would otherwise start a background check for a newer web-ext.
    env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
  });
  if (res.error) throw res.error;
  const start = res.stdout.indexOf('{');
  if (start < 0) throw new Error(`web-ext lint printed no report (exit ${res.status}):\n${res.stderr}${res.stdout}`);
  return JSON.parse(res.stdout.slice(start)) as LintReport;
}

function where(msg: LintMessage): string {
  if (!msg.file) return '';
  return ` (${msg.file}${msg.line !== undefined ? `:${msg.line}:${msg.column ?? 0}` : ''})`;
}

function main(): number {
  const args = process.argv.slice(2);
  const dirFlag = args.indexOf('--source-dir');
  const sourceDir = resolve(dirFlag >= 0 && args[dirFlag + 1] ? args[dirFlag + 1]! : DEFAULT_SOURCE_DIR);
  if (!args.includes('--no-build') && sourceDir === DEFAULT_SOURCE_DIR && needsBuild(sourceDir)) build();
  if (!existsSync(join(sourceDir, 'manifest.json'))) {
    console.error(`lint:firefox: no build at ${sourceDir}`);
    return 1;
  }

  const report = runLinter(sourceDir);
  const rawHtml = ownRawHtmlUses();
  const unexplained: LintMessage[] = [];
  console.log(`web-ext lint ${relative(REPO, sourceDir) || sourceDir}`);
  for (const msg of [...report.errors, ...report.warnings, ...report.notices]) {
    const why = msg._type === 'error' || rawHtml.length > 0 ? undefined : EXPLAINED.find((e) => e.covers(msg, sourceDir));
    console.log(`  ${msg._type} ${msg.code}${where(msg)}: ${msg.message}`);
    if (why) console.log(`    explained: ${why.reason}`);
    else unexplained.push(msg);
  }
  const { errors, warnings, notices } = report.summary;
  console.log(
    `errors ${errors}, warnings ${warnings}, notices ${notices}; ${unexplained.length} not explained`,
  );
  if (rawHtml.length > 0) {
    console.error(`dangerouslySetInnerHTML in our code (${rawHtml.join(', ')}): the innerHTML warnings are no longer only Preact's.`);
  }
  if (unexplained.length > 0) {
    console.error(
      'lint:firefox failed: fix these, or explain them in README.md ("Firefox") and in scripts/lint-firefox.ts.',
    );
    for (const msg of unexplained) {
      const text = Array.isArray(msg.description) ? msg.description.join(' ') : (msg.description ?? '');
      console.error(`  ${msg._type} ${msg.code}${where(msg)}: ${text}`);
    }
    return 1;
  }
  return 0;
}

try {
  process.exitCode = main();
} catch (err) {
  console.error(`lint:firefox: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
}
