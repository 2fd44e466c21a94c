/**
 * `tsx bench/stats-build.ts <outDir>`: a second Chrome build, for telling code from data.
 *
 * Identical to `npm run build` except that (1) the modules that are only data (DATA_MODULES)
 * are put in a chunk of their own, `chunks/data-*.js`, in the multi-page build (popup, options,
 * glossary page), and (2) every Vite build writes `stats-*.json`: each chunk's modules with their
 * rendered code, so the bench can say what a bundle is made of. The content script is a single
 * IIFE and is built exactly as in production.
 *
 * Run by the bench as a child process under `ELENS_BUILD_LOCK` when set (bench/lock.ts) (WXT's build writes .wxt/).
 * `--e2e --no-minify` makes the unminified test build that `bench/profile.ts --extension` loads.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { build } from 'wxt';
import { isDataModule, type ChunkStats } from './data-modules';

const outBase = resolve(process.argv[2] ?? '.output/bench-stats');
/** `--e2e --no-minify`: the test build with readable function names, for profiling the real content script. */
const e2e = process.argv.includes('--e2e');
const minify = !process.argv.includes('--no-minify');
if (e2e) process.env.ELENS_E2E = '1';
const TEMPLATE = 'chrome-mv3';
let builds = 0;

function statsPlugin(): Plugin {
  return {
    name: 'elens-bench-stats',
    enforce: 'post',
    outputOptions(options) {
      if (options.format !== 'es') return null;
      return {
        ...options,
        manualChunks(id: string) {
          return isDataModule(id) ? 'data' : undefined;
        },
      };
    },
    writeBundle(options, bundle) {
      const chunks: ChunkStats[] = [];
      for (const item of Object.values(bundle)) {
        if (item.type !== 'chunk') continue;
        chunks.push({
          fileName: item.fileName,
          name: item.name,
          isEntry: item.isEntry,
          modules: Object.entries(item.modules).map(([id, m]) => ({ id, code: m.code ?? '' })),
        });
      }
      const dir = options.dir ?? join(outBase, TEMPLATE);
      writeFileSync(join(dir, `stats-${++builds}-${options.format}.json`), JSON.stringify(chunks));
    },
  };
}

// Logs go to stderr: the bench's stdout is reserved for its JSON.
const log = console.log;
console.log = (...args: unknown[]) => console.error(...args);
await build({
  outDir: outBase,
  outDirTemplate: TEMPLATE,
  vite: () => ({ plugins: [statsPlugin()], ...(minify ? {} : { build: { minify: false } }) }),
});
console.log = log;
