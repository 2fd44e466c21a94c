/**
 * `npm run demo`: builds the test build of the extension, serves our sample article on
 * 127.0.0.1 and opens Chromium with the extension and highlighting switched on for that site.
 *
 * With a display (DISPLAY set) a window opens on the article; the demo ends when you close it.
 * Without one it runs headless, saves two screenshots to demo-output/ (the highlighted article
 * and an open tooltip) and prints their paths.
 *
 * Flags: --no-build (reuse .output/chrome-mv3-e2e), --headless (even with a display).
 */
import { spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launch, waitForStatus, type Lens } from '../tests/e2e/harness';

const REPO = resolve(fileURLToPath(new URL('..', import.meta.url)));
const OUT_DIR = join(REPO, 'demo-output');
const ARTICLE = '/sample-article.html';

function build(): void {
  console.log('Building the extension (npm run build:e2e)…');
  const res = spawnSync('npm', ['run', '--silent', 'build:e2e'], { cwd: REPO, stdio: 'inherit' });
  if (res.status !== 0) throw new Error(`npm run build:e2e failed (exit ${res.status ?? res.signal})`);
}

/** The first highlight that is on screen once scrolled to: the tooltip opens over it. */
async function firstHighlight(page: Page) {
  const mark = page.locator('[data-elens-term]').first();
  await mark.waitFor({ state: 'visible', timeout: 10_000 });
  return mark;
}

/** True once the tooltip's shadow root shows something with a size. */
async function tooltipVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const host = document.querySelector('elens-tooltip');
    const root = host?.shadowRoot;
    if (!root) return false;
    return [...root.querySelectorAll('*')].some((el) => {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return r.width > 40 && r.height > 20 && style.visibility !== 'hidden' && style.display !== 'none';
    });
  });
}

async function openTooltip(page: Page): Promise<void> {
  const mark = await firstHighlight(page);
  await mark.scrollIntoViewIfNeeded();
  // Hover first, as a reader would; keyboard focus is the fallback (tooltips on focus too).
  await mark.hover();
  const deadline = Date.now() + 5_000;
  while (!(await tooltipVisible(page))) {
    if (Date.now() > deadline) {
      await mark.focus();
      await page.waitForFunction(
        () => {
          const root = document.querySelector('elens-tooltip')?.shadowRoot;
          return !!root && [...root.querySelectorAll('*')].some((el) => el.getBoundingClientRect().height > 20);
        },
        null,
        { timeout: 5_000 },
      );
      return;
    }
    await page.waitForTimeout(100);
  }
}

async function headless(lens: Lens): Promise<void> {
  const page = await lens.page(ARTICLE);
  const status = await waitForStatus(page);
  if (status !== 'highlighted') throw new Error(`The sample article was not highlighted (status: ${status})`);
  await mkdir(OUT_DIR, { recursive: true });

  const articlePng = join(OUT_DIR, 'article.png');
  await page.screenshot({ path: articlePng });

  await openTooltip(page);
  // Let the tooltip's entrance settle so the picture shows it as a reader sees it.
  await page.waitForTimeout(300);
  const tooltipPng = join(OUT_DIR, 'tooltip.png');
  await page.screenshot({ path: tooltipPng });

  const count = await page.locator('[data-elens-term]').count();
  console.log(`Highlighted ${count} terms on the sample article.`);
  console.log(articlePng);
  console.log(tooltipPng);
}

async function headed(lens: Lens): Promise<void> {
  const page = await lens.page(ARTICLE);
  await waitForStatus(page).catch(() => {});
  // The harness opens an about:blank tab at launch; leave the reader only the article.
  for (const p of lens.context.pages()) if (p !== page && p.url() === 'about:blank') await p.close();
  await page.bringToFront();
  console.log(`Chromium is open on ${lens.url(ARTICLE)} — hover or Tab to a highlighted term.`);
  console.log('Close the window (or press Ctrl+C) to end the demo.');
  await new Promise<void>((done) => {
    lens.context.on('close', () => done());
    // Closing the last tab leaves an empty window in some setups; treat it as done too.
    lens.context.on('page', (p) => p.on('close', () => lens.context.pages().length === 0 && done()));
    page.on('close', () => lens.context.pages().length === 0 && done());
    process.once('SIGINT', () => done());
    process.once('SIGTERM', () => done());
  });
}

async function main(): Promise<void> {
  const args = new Set(process.argv.slice(2));
  if (!args.has('--no-build')) build();
  const display = !!process.env.DISPLAY && !args.has('--headless');
  const lens = await launch({ headed: display, viewport: display ? null : { width: 1200, height: 800 } });
  try {
    await lens.enableSite('127.0.0.1');
    if (display) await headed(lens);
    else await headless(lens);
  } finally {
    await lens.close();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
