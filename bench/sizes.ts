import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { transformSync } from 'esbuild';
import { isDataModule, type ChunkStats } from './data-modules';
import { underBuildLock } from './lock';

/**
 * Section 6: the size of every entrypoint of the Chrome build (`.output/chrome-mv3/`), each file
 * gzipped on its own (`zlib.gzipSync`, default level) and summed over the files the entrypoint
 * loads (its HTML, scripts, modulepreloads, static imports and styles).
 *
 * Code vs data: `bench/stats-build.ts` builds the extension a second time with the data modules
 * (bench/data-modules.ts) moved into `chunks/data-*.js`; the popup's code is everything the popup
 * loads in that build except that chunk. The same build reports what each bundle is made of.
 */

const REPO = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const CHROME_BUILD = join(REPO, '.output', 'chrome-mv3');

export interface FileSize {
  file: string;
  bytes: number;
  gzip: number;
}

export interface EntrypointSize {
  name: string;
  /** Files loaded, the entry first. */
  files: FileSize[];
  bytes: number;
  gzip: number;
  /** Loaded later with import() (not counted above). */
  lazy: string[];
}

function sizeOf(dir: string, file: string): FileSize {
  const buf = readFileSync(join(dir, file));
  return { file, bytes: buf.length, gzip: gzipSync(buf).length };
}

const HTML_REFS = /<(?:script[^>]*\ssrc|link[^>]*\shref)="([^"]+)"/g;
const STATIC_IMPORTS = /(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]*?\bfrom\s*)?["']([^"']+\.(?:js|mjs|css))["']/g;
const DYNAMIC_IMPORTS = /\bimport\(\s*["']([^"']+\.js)["']\s*\)/g;

/** Every file an HTML page or script loads up front, by following its references. */
function closure(dir: string, entry: string): { files: string[]; lazy: string[] } {
  const seen = new Set<string>();
  const lazy = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file) || !existsSync(join(dir, file))) continue;
    seen.add(file);
    const text = readFileSync(join(dir, file), 'utf8');
    const base = posix.dirname(file);
    const resolveRef = (ref: string) =>
      ref.startsWith('/') ? ref.slice(1) : posix.normalize(posix.join(base, ref));
    if (file.endsWith('.html')) {
      for (const m of text.matchAll(HTML_REFS)) if (!/^[a-z]+:/i.test(m[1]!)) queue.push(resolveRef(m[1]!));
    } else if (file.endsWith('.js')) {
      for (const m of text.matchAll(STATIC_IMPORTS)) queue.push(resolveRef(m[1]!));
      for (const m of text.matchAll(DYNAMIC_IMPORTS)) lazy.add(resolveRef(m[1]!));
    }
  }
  return { files: [...seen], lazy: [...lazy].filter((f) => !seen.has(f)) };
}

interface Manifest {
  background?: { service_worker?: string };
  action?: { default_popup?: string };
  options_ui?: { page?: string };
  content_scripts?: Array<{ js?: string[]; css?: string[] }>;
}

/** Entry files: the manifest's, every top-level HTML page, every content script (runtime-registered ones too). */
function entryFiles(dir: string): Array<{ name: string; file: string }> {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  const entries = new Map<string, string>();
  if (manifest.background?.service_worker) entries.set('background', manifest.background.service_worker);
  for (const f of readdirSync(dir)) if (f.endsWith('.html')) entries.set(f.replace(/\.html$/, ''), f);
  const csDir = join(dir, 'content-scripts');
  if (existsSync(csDir)) {
    for (const f of readdirSync(csDir)) if (f.endsWith('.js')) entries.set(`content-scripts/${f.replace(/\.js$/, '')}`, `content-scripts/${f}`);
  }
  for (const cs of manifest.content_scripts ?? []) for (const js of cs.js ?? []) entries.set(js.replace(/\.js$/, ''), js);
  return [...entries].map(([name, file]) => ({ name, file }));
}

export function entrypointSizes(dir = CHROME_BUILD): EntrypointSize[] {
  return entryFiles(dir).map(({ name, file }) => {
    const { files, lazy } = closure(dir, file);
    // A content script's stylesheet ships beside it.
    const css = file.startsWith('content-scripts/') ? file.replace(/\.js$/, '.css') : null;
    if (css && existsSync(join(dir, css))) files.push(css);
    const sizes = files.map((f) => sizeOf(dir, f));
    return {
      name,
      files: sizes,
      bytes: sizes.reduce((a, s) => a + s.bytes, 0),
      gzip: sizes.reduce((a, s) => a + s.gzip, 0),
      lazy,
    };
  });
}

export interface ModuleShare {
  module: string;
  /** Minified on its own, then gzipped on its own: shares of a bundle, not exact parts of it. */
  minBytes: number;
  minGzip: number;
}

export interface Composition {
  file: string;
  modules: ModuleShare[];
}

function shortId(id: string): string {
  const path = id.split('?')[0]!.replace(/\\/g, '/');
  const nm = path.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const rest = path.slice(nm + 14).split('/');
    return `npm:${rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]}`;
  }
  return path.startsWith(REPO) ? path.slice(REPO.length + 1) : path.replace(/^\0/, '');
}

function composition(stats: ChunkStats[], fileName: string): Composition | null {
  const chunk = stats.find((c) => c.fileName === fileName);
  if (!chunk) return null;
  const byModule = new Map<string, ModuleShare>();
  for (const m of chunk.modules) {
    if (!m.code.trim()) continue;
    let min = m.code;
    try {
      min = transformSync(m.code, { minify: true, loader: 'js', logLevel: 'silent' }).code;
    } catch {
      // Module code is a fragment of a bundle (it may rely on hoisted names): count it as is.
    }
    const key = shortId(m.id);
    const share = byModule.get(key) ?? { module: key, minBytes: 0, minGzip: 0 };
    share.minBytes += Buffer.byteLength(min);
    share.minGzip += gzipSync(min).length;
    byModule.set(key, share);
  }
  return { file: fileName, modules: [...byModule.values()].sort((a, b) => b.minGzip - a.minGzip) };
}

export interface SizesResult {
  dir: string;
  builtAt: string;
  entrypoints: EntrypointSize[];
  contentScript: { files: string[]; bytes: number; gzip: number };
  popup: {
    /** Everything popup.html loads (production build). */
    all: { bytes: number; gzip: number };
    /** Without the data chunk (stats build). */
    code: { files: FileSize[]; bytes: number; gzip: number };
    data: { files: FileSize[]; bytes: number; gzip: number };
    dataModules: string[];
  } | null;
  composition: Composition[];
  error?: string;
}

/**
 * Runs bench/stats-build.ts into a temporary folder (under `ELENS_BUILD_LOCK` when set, see
 * bench/lock.ts); the build is in `<folder>/chrome-mv3`.
 */
export function statsBuild(log: (m: string) => void, flags: string[] = []): string {
  const out = mkdtempSync(join(tmpdir(), 'elens-bench-stats-'));
  const script = join(REPO, 'bench', 'stats-build.ts');
  const tsx = join(REPO, 'node_modules', '.bin', 'tsx');
  const [cmd, args] = underBuildLock(tsx, [script, out, ...flags]);
  log(`stats build${flags.length ? ` (${flags.join(' ')})` : ' (data modules in a chunk of their own)'}`);
  const res = spawnSync(cmd, args as string[], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (res.status !== 0) {
    rmSync(out, { recursive: true, force: true });
    throw new Error(`stats build failed (exit ${res.status ?? res.signal}):\n${(res.stderr ?? '').slice(-2000)}`);
  }
  return out;
}

export function measureSizes(log: (m: string) => void, dir = CHROME_BUILD): SizesResult {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No Chrome build at ${dir}: run \`npm run build\` first (or drop --no-build).`);
  }
  const entrypoints = entrypointSizes(dir);
  const cs = entrypoints.filter((e) => e.name.startsWith('content-scripts/'));
  const result: SizesResult = {
    dir,
    builtAt: statSync(join(dir, 'manifest.json')).mtime.toISOString(),
    entrypoints,
    contentScript: {
      files: cs.flatMap((e) => e.files.map((f) => f.file)),
      bytes: cs.reduce((a, e) => a + e.bytes, 0),
      gzip: cs.reduce((a, e) => a + e.gzip, 0),
    },
    popup: null,
    composition: [],
  };

  let out: string | null = null;
  try {
    out = statsBuild(log);
    const statsDir = join(out, 'chrome-mv3');
    const stats: ChunkStats[] = readdirSync(statsDir)
      .filter((f) => /^stats-.*\.json$/.test(f))
      .flatMap((f) => JSON.parse(readFileSync(join(statsDir, f), 'utf8')) as ChunkStats[]);
    const prodPopup = entrypoints.find((e) => e.name === 'popup');
    const { files } = closure(statsDir, 'popup.html');
    const isData = (f: string) => /^chunks\/data-[^/]*\.js$/.test(f);
    const code = files.filter((f) => !isData(f)).map((f) => sizeOf(statsDir, f));
    const data = files.filter(isData).map((f) => sizeOf(statsDir, f));
    const sum = (xs: FileSize[]) => ({ bytes: xs.reduce((a, s) => a + s.bytes, 0), gzip: xs.reduce((a, s) => a + s.gzip, 0) });
    const dataModules = [
      ...new Set(stats.flatMap((c) => c.modules.map((m) => m.id)).filter(isDataModule).map(shortId)),
    ].sort();
    result.popup = {
      all: prodPopup ? { bytes: prodPopup.bytes, gzip: prodPopup.gzip } : { bytes: 0, gzip: 0 },
      code: { files: code, ...sum(code) },
      data: { files: data, ...sum(data) },
      dataModules,
    };
    for (const f of [...cs.map((e) => e.files[0]!.file), ...code.filter((f) => f.file.endsWith('.js')).map((f) => f.file)]) {
      const c = composition(stats, f);
      if (c) result.composition.push(c);
    }
  } catch (err) {
    result.error = err instanceof Error ? err.message : String(err);
    log(`sizes: ${result.error}`);
  } finally {
    if (out) rmSync(out, { recursive: true, force: true });
  }
  return result;
}
