import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core violations in the page, or only inside `selector` (a shadow host's tree included).
 * Evaluated through DevTools, so the page's CSP does not apply.
 */
export async function axeViolations(page: Page, selector?: string): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (sel) => {
    type V = { id: string; help: string; nodes: Array<{ target: unknown }> };
    const axe = (globalThis as unknown as { axe: { run(ctx: Element | Document, o: object): Promise<{ violations: V[] }> } })
      .axe;
    const ctx = sel ? document.querySelector(sel) : document;
    if (!ctx) throw new Error(`axe: nothing matches ${sel}`);
    const r = await axe.run(ctx, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}× e.g. ${JSON.stringify(v.nodes[0]?.target)})`);
  }, selector ?? null);
}
