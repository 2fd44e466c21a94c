import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

/**
 * Bundles the page-side scripts (bench/page/*.ts) into plain IIFE source, once per run.
 * esbuild rather than tsx-compiled functions passed to `evaluate`: those carry `__name` helpers
 * and cannot import the highlighter's modules.
 */

const PAGE_DIR = fileURLToPath(new URL('./page/', import.meta.url));

export async function bundle(file: string): Promise<string> {
  const result = await build({
    entryPoints: [PAGE_DIR + file],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    minify: false,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const out = result.outputFiles[0];
  if (!out) throw new Error(`esbuild produced nothing for ${file}`);
  return out.text;
}

export interface PageScripts {
  /** Init script: the main-thread probe (bench/page/probe.ts). */
  probe: string;
  /** The highlighter, a bare walk and naive mark.js on `window.__elensBench` (bench/page/api.ts). */
  api: string;
}

export async function bundlePageScripts(): Promise<PageScripts> {
  const [probe, api] = await Promise.all([bundle('probe.ts'), bundle('api.ts')]);
  return { probe, api };
}
