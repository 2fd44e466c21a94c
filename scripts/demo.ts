/**
 * `npm run demo`: builds the test build of the extension, serves our sample article on
 * 127.0.0.1 and opens Chromium with the extension and highlighting switched on for that site.
 *
 * With a display (DISPLAY set) a window opens on the article; the demo ends when you close it.
 * Without one it runs headless, saves three screenshots to demo-output/ (the highlighted article,
 * an open tooltip and the popup's summary of the article) and prints the summary and their paths.
 * In a window, the popup's summary opens in a second tab (`popup.html?tab=<article tab>`), as the
 * toolbar button would show it.
 *
 * Flags: --no-build (reuse .output/chrome-mv3-e2e), --headless (even with a display).
 */
import { spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launch, waitForStatus, type Lens } from '../tests/e2e/harness';
import { popupSettled, readPopupDom, type PopupReading } from '../tests/e2e/popup-reading';

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

/** Opens the popup on the article's tab and waits until it shows its results (or a state). */
async function openSummary(lens: Lens, article: Page): Promise<{ popup: Page; reading: PopupReading }> {
  const popup = await lens.openPopup(article);
  await popup.waitForFunction(popupSettled, null, { timeout: 15_000 });
  return { popup, reading: await popup.evaluate(readPopupDom) };
}

function printSummary(reading: PopupReading): void {
  console.log(`Popup summary of "${reading.title}" (${reading.state}): ${reading.balance}`);
  for (const [section, speakers] of Object.entries(reading.sections)) {
    if (speakers.length) console.log(`  ${section}: ${speakers.join('; ')}`);
  }
  console.log(`  Terms in this article: ${reading.terms.length}`);
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

  const { popup, reading } = await openSummary(lens, page);
  if (reading.state !== 'ready') throw new Error(`The popup did not summarise the sample article (state: ${reading.state})`);
  printSummary(reading);
  await popup.setViewportSize({ width: 420, height: 760 });
  // The site switch animates into its state once the site list loads; let it finish.
  await popup.waitForTimeout(400);
  const popupPng = join(OUT_DIR, 'popup.png');
  await popup.screenshot({ path: popupPng });

  console.log(articlePng);
  console.log(tooltipPng);
  console.log(popupPng);
}

async function headed(lens: Lens): Promise<void> {
  const page = await lens.page(ARTICLE);
  await waitForStatus(page).catch(() => {});
  // The harness opens an about:blank tab at launch; leave the reader only the article.
  for (const p of lens.context.pages()) if (p !== page && p.url() === 'about:blank') await p.close();
  const { reading } = await openSummary(lens, page);
  printSummary(reading);
  await page.bringToFront();
  console.log(`Chromium is open on ${lens.url(ARTICLE)} — hover or Tab to a highlighted term.`);
  console.log('The second tab is the popup summary of the article (also behind the toolbar button).');
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
