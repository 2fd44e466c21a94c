import { launch, waitForStatus } from '../tests/e2e/harness';
import { SEED_PATH } from './popup';
import { HOST_ON } from './session';
import { median } from './stats';

/**
 * Popup open-to-results of two or more builds, alternating: `npx tsx bench/popup-ab.ts DIR_A DIR_B
 * [--rounds=6] [--opens=6]`. Each round starts a browser per build (the order reversed every other
 * round) and opens the popup on the seed article; the first open of each browser is dropped (the
 * extension's process starting). On a shared machine one build measured alone drifts by tens of
 * milliseconds between runs; alternating puts the drift on both.
 */

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const hit = args.find((a) => a.startsWith(`--${name}=`));
  return hit ? Number(hit.split('=')[1]) : fallback;
};
const dirs = args.filter((a) => !a.startsWith('--'));
if (dirs.length < 2) {
  console.error('usage: npx tsx bench/popup-ab.ts DIR_A DIR_B [...] [--rounds=6] [--opens=6]');
  process.exit(2);
}
const rounds = flag('rounds', 6);
const opens = flag('opens', 6);

type Timings = Record<string, number>;
const seen = new Map<string, Timings[]>(dirs.map((d) => [d, []]));

for (let round = 0; round < rounds; round++) {
  for (const dir of round % 2 ? [...dirs].reverse() : dirs) {
    const lens = await launch({ extensionDir: dir });
    try {
      await lens.enableSite(HOST_ON);
      const article = await lens.page(SEED_PATH, { host: HOST_ON });
      await waitForStatus(article, undefined, 15_000);
      const tabId = await lens.tabIdOf(article);
      for (let i = 0; i < opens; i++) {
        const popup = await lens.openPopup(tabId);
        await popup.waitForFunction(() => document.documentElement.dataset.elensReadyMs !== undefined, undefined, {
          timeout: 20_000,
        });
        const t = await popup.evaluate(() => document.documentElement.dataset.elensTimings ?? null);
        await popup.close();
        if (!t) throw new Error(`${dir}: the popup did not show results`);
        if (i > 0) seen.get(dir)!.push(JSON.parse(t) as Timings);
      }
    } finally {
      await lens.close();
    }
  }
  console.error(`[popup-ab] round ${round + 1}/${rounds}`);
}

for (const [dir, runs] of seen) {
  const of = (k: string) => Math.round(median(runs.map((r) => r[k] ?? NaN)));
  const afterBoot = Math.round(median(runs.map((r) => (r.readyMs ?? NaN) - (r.bootMs ?? NaN))));
  const phases = Object.keys(runs[0] ?? {})
    .filter((k) => k !== 'readyMs')
    .map((k) => `${k.replace(/Ms$/, '')} ${of(k)}`)
    .join(' · ');
  console.log(`${dir}: ready ${of('readyMs')} ms (after boot ${afterBoot}; ${phases}; n ${runs.length})`);
}
