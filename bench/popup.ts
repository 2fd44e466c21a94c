import { waitForStatus, type Lens } from '../tests/e2e/harness';
import { BLANK_PAGE } from './blank-page';
import { HOST_ON, type Session } from './session';
import { median, round } from './stats';

/**
 * Section 5 (browser half): the popup opened on the seed article, from navigation to results.
 * The popup writes the figure itself on `<html data-elens-ready-ms>` (performance.now() when the
 * results are on screen), with a breakdown in `data-elens-timings`.
 */

export const SEED_PATH = '/shared/seed-article.html';
const OPENS = 7;

export interface PopupOpen {
  readyMs: number;
  state: string;
  timings: Record<string, number> | null;
}

export interface PopupResult {
  opens: PopupOpen[];
  firstMs: number;
  medianMs: number;
  /** The same opens of an empty extension page (bench/blank-page.ts): the machine's floor. */
  blankMs: number[];
  blankMedianMs: number | null;
}

/**
 * Opens the popup `opens` times on the seed article (in a tab switched on, as a reader's) and
 * reads each open's own timings; throws if one did not end with results. Shared by the bench and
 * `bench/popup-ab.ts`.
 */
export async function openPopupsOnSeed(lens: Lens, opens: number): Promise<PopupOpen[]> {
  const article = await lens.page(SEED_PATH, { host: HOST_ON });
  try {
    await waitForStatus(article, undefined, 15_000);
    const tabId = await lens.tabIdOf(article);
    const results: PopupOpen[] = [];
    for (let i = 0; i < opens; i++) {
      const popup = await lens.openPopup(tabId);
      try {
        await popup.waitForFunction(() => document.documentElement.dataset.elensReadyMs !== undefined, undefined, {
          timeout: 15_000,
        });
        results.push(
          await popup.evaluate(() => {
            const d = document.documentElement.dataset;
            return {
              readyMs: Number(d.elensReadyMs),
              state: d.elensState ?? '',
              timings: d.elensTimings ? (JSON.parse(d.elensTimings) as Record<string, number>) : null,
            };
          }),
        );
      } finally {
        await popup.close();
      }
    }
    const notReady = results.filter((r) => r.state !== 'ready');
    if (notReady.length) throw new Error(`popup did not show results: ${notReady.map((r) => r.state).join(', ')}`);
    return results;
  } finally {
    await article.close();
  }
}

export async function measurePopup(session: Session, opens = OPENS): Promise<PopupResult> {
  session.log(`popup: ${opens} opens on the seed article`);
  const results = await openPopupsOnSeed(session.lens, opens);
  const blankMs = await openBlankPages(session, opens);
  return {
    opens: results,
    firstMs: results[0]!.readyMs,
    medianMs: round(median(results.map((r) => r.readyMs))),
    blankMs,
    blankMedianMs: blankMs.length ? round(median(blankMs)) : null,
  };
}

/** Opens the empty page as the popup is opened; none when the build has no such page. */
async function openBlankPages(session: Session, opens: number): Promise<number[]> {
  const { lens } = session;
  const times: number[] = [];
  for (let i = 0; i < opens; i++) {
    const page = await lens.context.newPage();
    try {
      const res = await page.goto(lens.extensionUrl(BLANK_PAGE)).catch(() => null);
      if (!res?.ok()) return [];
      await page.waitForFunction(() => document.documentElement.dataset.elensReadyMs !== undefined, undefined, {
        timeout: 15_000,
      });
      times.push(Number(await page.evaluate(() => document.documentElement.dataset.elensReadyMs)));
    } finally {
      await page.close();
    }
  }
  return times;
}

/** "boot 40 ms · snapshot 90 ms · …" from the popup's own timings, medians over the opens. */
export function popupPhases(opens: readonly PopupOpen[]): string | null {
  const timed = opens.map((o) => o.timings).filter((t): t is Record<string, number> => t !== null);
  if (!timed.length) return null;
  const keys = Object.keys(timed[0]!).filter((k) => k !== 'readyMs');
  return keys
    .map((k) => {
      const values = timed.map((t) => t[k]).filter((v): v is number => typeof v === 'number');
      return values.length ? `${k.replace(/Ms$/, '')} ${round(median(values))} ms` : null;
    })
    .filter((s): s is string => s !== null)
    .join(' · ');
}
