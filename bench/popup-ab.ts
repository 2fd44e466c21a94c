import { launch } from '../tests/e2e/harness';
import { arg } from './cli-args';
import { openPopupsOnSeed, popupPhases, type PopupOpen } from './popup';
import { HOST_ON } from './session';
import { median } from './stats';

/**
 * Popup open-to-results of two or more builds, alternating: `npx tsx bench/popup-ab.ts DIR_A DIR_B
 * [--rounds=6] [--opens=6]`. Each round starts a browser per build (the order reversed every other
 * round) and opens the popup on the seed article; the first open of each browser is dropped (the
 * extension's process starting). On a shared machine one build measured alone drifts by tens of
 * milliseconds between runs; alternating puts the drift on both.
 */

const dirs = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (dirs.length < 2) {
  console.error('usage: npx tsx bench/popup-ab.ts DIR_A DIR_B [...] [--rounds=6] [--opens=6]');
  process.exit(2);
}
const rounds = Number(arg('rounds', '6'));
const opens = Number(arg('opens', '6'));

const seen = new Map<string, PopupOpen[]>(dirs.map((d) => [d, []]));

for (let round = 0; round < rounds; round++) {
  for (const dir of round % 2 ? [...dirs].reverse() : dirs) {
    const lens = await launch({ extensionDir: dir });
    try {
      await lens.enableSite(HOST_ON);
      // (The first open of each browser starts the extension's process: left out.)
      seen.get(dir)!.push(...(await openPopupsOnSeed(lens, opens)).slice(1));
    } finally {
      await lens.close();
    }
  }
  console.error(`[popup-ab] round ${round + 1}/${rounds}`);
}

for (const [dir, runs] of seen) {
  const ready = Math.round(median(runs.map((r) => r.readyMs)));
  const afterBoot = Math.round(median(runs.map((r) => r.readyMs - (r.timings?.bootMs ?? NaN))));
  console.log(`${dir}: ready ${ready} ms (after boot ${afterBoot}; ${popupPhases(runs) ?? 'no phases'}; n ${runs.length})`);
}
