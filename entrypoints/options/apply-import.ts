import { browser } from 'wxt/browser';
import { getPrefs, getSites, replacePrefs, setSites, type Prefs, type Site } from '../../utils/settings';
import { releasablePatterns } from '../../utils/site-control';

/**
 * Replaces the reader's settings with an imported set. Either both parts are stored or neither
 * is: on a failed write the previous values are put back.
 */
export async function applyImport(sites: Site[], prefs: Prefs): Promise<void> {
  const before = { sites: await getSites(), prefs: await getPrefs() };
  try {
    await setSites(sites);
    await replacePrefs(prefs);
  } catch (err) {
    await setSites(before.sites).catch(() => {});
    await replacePrefs(before.prefs).catch(() => {});
    throw err;
  }
  // Sites that the file dropped give their permission back, as switching them off would.
  const kept = new Set(sites.map((s) => s.host));
  const dropped = before.sites.filter((s) => !kept.has(s.host));
  const origins = [...new Set(dropped.flatMap((s) => releasablePatterns(s, sites)))];
  if (origins.length > 0) await browser.permissions.remove({ origins }).catch(() => false);
}
