import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostileHtmlArb, namedHostilePages } from './arbitraries/hostile-html';
import { runs, SEED, tally } from './tally';
import { createAnalyzerThread, type AnalyzerThread, type Limits, type Outcome } from './workers/pool';

/**
 * The analyzer and the `analyze` CLI on malformed and hostile pages: each gives a result (or
 * "no article") or a clear error within a time limit, never a throw, a crash or a hang.
 * In-process inputs run in a worker thread so that a hang is caught and timed out instead of
 * stalling the suite; a handful go through the real CLI process.
 */

/**
 * Time allowed per input, growing with its size: for jsdom to parse it (generous: not our code,
 * and slow on pathological markup) and for the analysis (ours: what the popup makes the reader
 * wait for). A linear pass over 10 MB takes a few seconds here.
 */
function limitsFor(html: string): Limits {
  const mb = html.length / 1_000_000;
  return { parseMs: Math.min(60_000, 10_000 + 4_000 * mb), analyzeMs: Math.min(30_000, 5_000 + 2_000 * mb) };
}

const stats = { inputs: 0, articles: 0, positions: 0, cli: 0 };
const slow: Array<{ label: string; ms: number; chars: number }> = [];
const failures: string[] = [];

function record(label: string, html: string, out: Outcome & { ms: number }): void {
  stats.inputs++;
  if (out.ok) {
    if (out.article) stats.articles++;
    stats.positions += out.positions;
  } else {
    const what = out.error === 'timeout' ? `hang: ${out.stack}` : out.error;
    failures.push(`${label} (${html.length} chars): ${what}`);
  }
  slow.push({ label, ms: out.ms, chars: html.length });
}

describe('analyzer on malformed and hostile pages', () => {
  let thread: AnalyzerThread;
  beforeAll(() => {
    thread = createAnalyzerThread();
  });
  afterAll(async () => {
    await thread.close();
    slow.sort((a, b) => b.ms - a.ms);
    const top = slow.slice(0, 3).map((s) => `${s.label} ${(s.ms / 1000).toFixed(1)} s`).join('; ');
    tally({
      suite: 'analyzer (analyzeDocument, jsdom)',
      inputs: stats.inputs,
      note: `${stats.articles} with an article, ${failures.length} failures; slowest: ${top}; seed ${SEED}`,
    });
  });

  it('generated malformed pages: a result or "no article", in time', async () => {
    const before = failures.length;
    await fc.assert(
      fc.asyncProperty(hostileHtmlArb, async (html) => {
        const out = await thread.analyze(html, limitsFor(html));
        record('generated page', html, out);
        if (!out.ok) expect.fail(`${out.error}\n${out.stack}\ninput: ${JSON.stringify(html.slice(0, 500))}`);
      }),
      { numRuns: runs(1000), seed: SEED },
    );
    expect(failures.slice(before)).toEqual([]);
    // Not vacuous: most generated pages with an article shell are read as articles.
    expect(stats.articles).toBeGreaterThan(runs(1000) / 4);
  });

  it.each(namedHostilePages())('%s', async (label, html) => {
    const out = await thread.analyze(html, limitsFor(html));
    record(label, html, out);
    if (!out.ok) expect.fail(`${out.error === 'timeout' ? 'hang' : out.error}: ${out.stack}`);
  });
});

// -------------------------------------------------------------------------------------------
// The real CLI

const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');
const CLI = join(process.cwd(), 'cli', 'analyze.ts');

interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

function runCli(args: string[], limitMs: number): CliRun {
  stats.cli++;
  const t0 = performance.now();
  const r = spawnSync(TSX, [CLI, ...args], { encoding: 'utf8', timeout: limitMs, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr, ms: performance.now() - t0 };
}

/** Exit 0 with one JSON object, or 1/2 with one line on stderr: never a stack trace or a kill. */
function expectCleanExit(r: CliRun, expected: 0 | 1 | 2): void {
  const detail = `exit ${r.code} signal ${r.signal} after ${r.ms.toFixed(0)} ms\nstderr: ${r.stderr.slice(0, 2000)}`;
  expect(r.signal, detail).toBeNull();
  expect(r.code, detail).toBe(expected);
  expect(r.stderr, detail).not.toMatch(/^\s+at .+[:(]/m);
  if (expected === 0) {
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const json = JSON.parse(lines[0]!) as { terms: unknown[]; positions: unknown[] };
    expect(Array.isArray(json.terms) && Array.isArray(json.positions)).toBe(true);
  } else {
    const lines = r.stderr.trim().split('\n').filter((l) => !/^analyze: usage:/.test(l));
    expect(lines, detail).toHaveLength(1);
    expect(lines[0], detail).toMatch(/^analyze: \S/);
  }
}

describe('analyze CLI on hostile files', () => {
  let dir: string;
  const file = (name: string, content: string | Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'elens-cli-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    tally({ suite: 'analyze CLI (real process)', inputs: stats.cli, note: 'exit codes, one stderr line, no stack trace' });
  });

  const pages = new Map(namedHostilePages());
  const CLI_LIMIT = 60_000;

  it('a plain article: exit 0 and one JSON object', () => {
    const html = `<html><body><article><h1>Encryption</h1><p>${'Jane Doe, a security researcher, said end-to-end encryption must stay. '.repeat(5)}</p></article></body></html>`;
    expectCleanExit(runCli(['--json', file('ok.html', html)], CLI_LIMIT), 0);
  });

  it('the 10 MB single paragraph: exit 0 in bounded time', () => {
    expectCleanExit(runCli(['--json', file('big.html', pages.get('10 MB single paragraph')!)], CLI_LIMIT), 0);
  });

  it('5,000 levels of nesting: a result, no stack overflow', () => {
    expectCleanExit(runCli(['--json', file('deep.html', pages.get('5,000 levels of <div>')!)], CLI_LIMIT), 0);
  });

  it('binary junk, empty files, a page without an article: one clear line, exit 1', () => {
    const junk = Buffer.alloc(4096);
    for (let i = 0; i < junk.length; i++) junk[i] = (i * 7919) % 256;
    expectCleanExit(runCli(['--json', file('junk.html', junk)], CLI_LIMIT), 1);
    expectCleanExit(runCli(['--json', file('empty.html', '')], CLI_LIMIT), 1);
    expectCleanExit(runCli(['--json', file('none.html', pages.get('no text')!)], CLI_LIMIT), 1);
    expectCleanExit(runCli(['--json', file('text.html', 'just some words, no markup at all')], CLI_LIMIT), 1);
  });

  it('missing files, folders and bad options: one clear line', () => {
    expectCleanExit(runCli(['--json', join(dir, 'does-not-exist.html')], CLI_LIMIT), 1);
    const folder = join(dir, 'folder.html');
    mkdirSync(folder, { recursive: true });
    expectCleanExit(runCli(['--json', folder], CLI_LIMIT), 1);
    expectCleanExit(runCli(['--frobnicate', file('ok2.html', '<p>x</p>')], CLI_LIMIT), 2);
    expectCleanExit(runCli([], CLI_LIMIT), 2);
  });
});
