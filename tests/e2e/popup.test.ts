import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { launch, waitForHighlightCount, type Lens } from './harness';
import { axeViolations } from './axe';
import {
  nodeAnalysis,
  popupSettled,
  readLabels,
  readPopupDom,
  sectionOf,
  SECTION_OF,
  type PopupReading,
  paragraphInView,
} from './popup-reading';
import { FIXTURES_DIR, SHARED_FIXTURES_DIR } from './server';
import { analyzeDocument } from '../../analysis';
import { parseHtml, readHtmlFile } from '../../cli/load';

/**
 * The popup in a real Chromium, pointed at a tab with `popup.html?tab=<id>`: it reads the page
 * through scripting (the e2e build grants loopback, as activeTab would on a click), runs the
 * shared analysis, and must show what the labels and the analysis say. "Show in page" must
 * scroll the article's tab; the switch must highlight and unhighlight it without a reload.
 */


/** Waits until the popup has left its loading state and reads what it shows. */
async function readPopup(popup: Page): Promise<PopupReading> {
  await popup.waitForFunction(popupSettled);
  return popup.evaluate(readPopupDom);
}

/** Tab ids from the background, to find tabs whose URL the extension may not see. */
async function allTabIds(lens: Lens): Promise<number[]> {
  return lens.serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>> } } };
    return (await chrome.tabs.query({})).flatMap((t) => (t.id === undefined ? [] : [t.id]));
  });
}

async function openUntracked(lens: Lens, url: string): Promise<{ page: Page; tabId: number }> {
  const before = new Set(await allTabIds(lens));
  const page = await lens.context.newPage();
  await page.goto(url).catch(() => {});
  const fresh = (await allTabIds(lens)).filter((id) => !before.has(id));
  assert.equal(fresh.length, 1, `one new tab for ${url}`);
  return { page, tabId: fresh[0]! };
}

describe('popup', { timeout: 180_000 }, () => {
  let lens: Lens;

  before(async () => {
    lens = await launch();
  });
  after(async () => {
    await lens?.close();
  });

  // The seed's required labels must all be right (issue 3); on other articles, label accuracy
  // is `npm run eval`'s business and this test checks that the popup shows what the analysis found.
  for (const [name, path, file, checkLabels] of [
    ['seed article', '/shared/seed-article.html', join(SHARED_FIXTURES_DIR, 'seed-article.html'), true],
    ['sample article', '/sample-article.html', join(FIXTURES_DIR, 'sample-article.html'), false],
  ] as const) {
    test(`${name}: positions in their sections and the terms, as the analysis finds them`, async (t) => {
      const labels = readLabels(file.replace(/\.html$/, '.json'));
      const page = await lens.page(path);
      const popup = await lens.openPopup(page);
      const r = await readPopup(popup);
      t.diagnostic(`open to results: ${r.readyMs} ms; timings ${await popup.evaluate(() => document.documentElement.dataset.elensTimings)}`);
      assert.equal(r.state, 'ready');
      assert.equal(r.title, labels.title);
      assert.match(r.balance, /^\d+ voices? for access · \d+ for strong encryption/);

      if (checkLabels) {
        for (const label of labels.positions.filter((l) => !l.optional)) {
          assert.equal(sectionOf(r, label), SECTION_OF[label.stance], `${label.speaker} should be under ${SECTION_OF[label.stance]}`);
        }
      } else {
        assert.ok((r.sections['For access'] ?? []).length > 0, 'someone for access');
        assert.ok((r.sections['For strong encryption'] ?? []).length > 0, 'someone for strong encryption');
      }

      const expected = nodeAnalysis(file);
      assert.ok(expected, 'the analysis finds the article');
      const shownSpeakers = Object.values(r.sections).flat().sort();
      assert.deepEqual(shownSpeakers, expected.positions.map((p) => p.speaker).sort());
      for (const p of expected.positions) {
        assert.ok(r.sections[SECTION_OF[p.stance]]?.includes(p.speaker), `${p.speaker} under ${SECTION_OF[p.stance]}`);
      }
      assert.equal(r.terms.length, expected.terms.length);
      assert.ok(r.terms.length > 0);
      assert.ok(Number.isFinite(r.readyMs) && r.readyMs > 0);
      assert.deepEqual(lens.errors(popup), []);
      await popup.close();
      await page.close();
    });
  }

  test('a side the rules leave open and the learned model reads from the words: shown with the words it leaned on', async () => {
    const file = join(FIXTURES_DIR, 'pages/learned-stance.html');
    // The fixture's premise, checked in Node: the rules alone leave the deputy neutral.
    const rules = analyzeDocument(parseHtml(readHtmlFile(file)), { learned: false });
    assert.equal(rules?.positions.find((p) => p.speaker === 'Ewa Gwiazdowska')?.stance, 'neutral');
    const page = await lens.page('/pages/learned-stance.html');
    const popup = await lens.openPopup(page);
    const r = await readPopup(popup);
    assert.equal(r.state, 'ready');
    assert.ok(r.sections['For strong encryption']?.includes('Ewa Gwiazdowska'), JSON.stringify(r.sections));
    assert.ok(r.sections['Unclear']?.includes('Nadia Ferreira'), JSON.stringify(r.sections));
    const why = await popup.evaluate(() => {
      const card = [...document.querySelectorAll('article')].find((a) => a.querySelector('h3')?.textContent?.includes('Ewa Gwiazdowska'));
      const details = card?.querySelector('details.why') as HTMLDetailsElement | null;
      details?.querySelector('summary')?.click();
      return { open: details?.open ?? false, text: (details?.querySelector('p')?.textContent ?? '').replace(/\s+/g, ' ').trim() };
    });
    assert.equal(why.open, true);
    assert.match(why.text, /^leans on: '[^']+'(?:, '[^']+')*/);
    assert.deepEqual(lens.errors(popup), []);
    await popup.close();
    await page.close();
  });

  test('the learned model turns a weak rule verdict, and shows as Unclear a speaker the rules set aside but the model reads as in the debate', async () => {
    const file = join(FIXTURES_DIR, 'pages/learned-overrule.html');
    // The premise, checked in Node: the rules alone read the assemblywoman's bill as the access
    // side (weakly) and set the commission's spokeswoman and the lecturer aside.
    const rules = analyzeDocument(parseHtml(readHtmlFile(file)), { learned: false, aside: true });
    const price = rules?.positions.find((p) => p.speaker === 'Teresa Price');
    assert.equal(price?.stance, 'pro-access');
    assert.ok(price && price.confidence <= 0.6, String(price?.confidence));
    for (const name of ['Petra Lunde', 'Mira Castell']) assert.equal(rules?.positions.find((p) => p.speaker === name)?.aside, true, name);
    const page = await lens.page('/pages/learned-overrule.html');
    const popup = await lens.openPopup(page);
    const r = await readPopup(popup);
    assert.equal(r.state, 'ready');
    assert.deepEqual(r.sections['For access'], ['Anna Berg'], JSON.stringify(r.sections));
    assert.deepEqual(r.sections['For strong encryption'], ['Teresa Price'], JSON.stringify(r.sections));
    assert.deepEqual(r.sections['Unclear'], ['Petra Lunde'], JSON.stringify(r.sections));
    const why = await popup.evaluate(() => {
      const card = [...document.querySelectorAll('article')].find((a) => a.querySelector('h3')?.textContent?.includes('Teresa Price'));
      const details = card?.querySelector('details.why') as HTMLDetailsElement | null;
      details?.querySelector('summary')?.click();
      return (details?.querySelector('p')?.textContent ?? '').replace(/\s+/g, ' ').trim();
    });
    assert.match(why, /^leans on: '[^']+'(?:, '[^']+')*/);
    assert.deepEqual(lens.errors(popup), []);
    await popup.close();
    await page.close();
  });

  test('a dateline is no speaker; a subject with a description after it, and a plural possessive, still find theirs', async () => {
    const page = await lens.page('/pages/dateline-descriptions.html');
    const popup = await lens.openPopup(page);
    const r = await readPopup(popup);
    assert.equal(r.state, 'ready');
    // "SAN TELMO: …, Deputy Interior Minister Ilse Marrow said": the place before the colon is not a transcript's speaker.
    assert.deepEqual(r.sections['For access'], ['Ilse Marrow'], JSON.stringify(r.sections));
    // "A spokesman for Nexo Talk, one of the apps …, said"; "The Ardent Free Press Trust, a journalists' group, called for Part 4 to be withdrawn".
    assert.deepEqual(r.sections['For strong encryption']?.slice().sort(), ['Ardent Free Press Trust', 'Nexo Talk'], JSON.stringify(r.sections));
    assert.equal(r.sections['Unclear'], undefined, JSON.stringify(r.sections));
    assert.deepEqual(lens.errors(popup), []);
    await popup.close();
    await page.close();
  });

  test('a wire dateline is no speaker; an office speaks for its body; "calling …" and "took no position, saying …" find their speakers', async () => {
    const page = await lens.page('/pages/wire-descriptions.html');
    const popup = await lens.openPopup(page);
    const r = await readPopup(popup);
    assert.equal(r.state, 'ready');
    // "The regional office of the Harbour Police Authority said …".
    assert.deepEqual(r.sections['For access'], ['Harbour Police Authority'], JSON.stringify(r.sections));
    // "The messaging app Corvina, popular with students across the region, said …"; "Councillor Petra Lind was blunter, calling the draft …".
    assert.deepEqual(r.sections['For strong encryption']?.slice().sort(), ['Corvina', 'Petra Lind'], JSON.stringify(r.sections));
    // "The Harbour Business Council took no position on the draft, saying …"; "PORTO VALE, Nov 28 (Test Wire) - …" gives no card.
    assert.deepEqual(r.sections['Unclear'], ['Harbour Business Council'], JSON.stringify(r.sections));
    assert.deepEqual(lens.errors(popup), []);
    await popup.close();
    await page.close();
  });

  test('a group\'s named examples each get a card; a plural possessive stays in a body\'s name; "in favour of" is support; "Below is …" is no speaker', async () => {
    const page = await lens.page('/pages/group-examples.html');
    const popup = await lens.openPopup(page);
    const r = await readPopup(popup);
    assert.equal(r.state, 'ready');
    // "Eleven civil society groups, including A, B and the union C, signed a letter opposing …"; "The Editors' Guild said …".
    assert.deepEqual(r.sections['For strong encryption']?.slice().sort(), ["Cape Justice Centre", "Editors' Guild", 'Mediaworkers SA', 'Ubuntu Privacy Network'], JSON.stringify(r.sections));
    // "The Harbour Police Union is firmly in favour of the decryption clause."
    assert.deepEqual(r.sections['For access'], ['Harbour Police Union'], JSON.stringify(r.sections));
    assert.equal(r.sections['Unclear'], undefined, JSON.stringify(r.sections));
    assert.deepEqual(lens.errors(popup), []);
    await popup.close();
    await page.close();
  });

  test('sides claimed in the other side\'s words: urging a firm not to bow to pressure to scan, crime helped by encryption, providers that will not help, encryption that protects children, a provider that cooperates already', async () => {
    // At the start of the twenty-second session every one of these six speakers was on the wrong side.
    const page = await lens.page('/pages/sides-claimed.html');
    const popup = await lens.openPopup(page);
    const r = await readPopup(popup);
    assert.equal(r.state, 'ready');
    assert.deepEqual(r.sections['For strong encryption']?.slice().sort(), ['Fernhill Capital', 'Ines Calloway', 'Marlow Pension Trust', 'Quillpost'], JSON.stringify(r.sections));
    assert.deepEqual(r.sections['For access']?.slice().sort(), ['Agnes Whitlow', 'Ravi Kohli'], JSON.stringify(r.sections));
    // The screen-reader status and the "Show in page" subject, read from _locales since this session.
    assert.match(await popup.locator('#popup-status').innerText(), /^Article read: 6 positions and \d+ terms?\.$/);
    await popup.getByRole('button', { name: /^Show in page: reported statement by Ines Calloway$/ }).click();
    await popup.waitForFunction(() => /Shown in the page|Could not find/.test(document.getElementById('popup-status')?.textContent ?? ''));
    assert.equal(await popup.locator('#popup-status').innerText(), 'Shown in the page: Ines Calloway’s statement.');
    assert.deepEqual(lens.errors(popup), []);
    await popup.close();
    await page.close();
  });

  test('a letter speaks for its signatories: each named signatory gets a card on the side the letter takes', async () => {
    const file = join(FIXTURES_DIR, 'pages/letter-signatories.html');
    // The premise, checked in Node: the signatories are named in one sentence and the letter
    // speaks in the next; the rules alone attribute its words to each of them.
    const rules = analyzeDocument(parseHtml(readHtmlFile(file)), { learned: false });
    const signatories = ['Harbour Privacy Trust', 'Lantern Mail', 'Society of Data Engineers'];
    for (const name of signatories) assert.equal(rules?.positions.find((p) => p.speaker === name)?.stance, 'pro-encryption', name);
    const page = await lens.page('/pages/letter-signatories.html');
    const popup = await lens.openPopup(page);
    const r = await readPopup(popup);
    assert.equal(r.state, 'ready');
    for (const name of signatories) assert.ok(r.sections['For strong encryption']?.includes(name), JSON.stringify(r.sections));
    assert.ok(r.sections['For access']?.includes('Carla Weiss'), JSON.stringify(r.sections));
    assert.deepEqual(lens.errors(popup), []);
    await popup.close();
    await page.close();
  });

  test('a radio transcript: each labelled turn is its speaker’s, the presenter is nobody’s position, a caller named in brackets counts', async () => {
    const file = join(FIXTURES_DIR, 'pages/transcript-radio.html');
    // The premise, checked in Node with the rules alone: the turns carry no quotation marks
    // and no "said"; only the labels say who speaks.
    const rules = analyzeDocument(parseHtml(readHtmlFile(file)), { learned: false });
    assert.deepEqual(rules?.positions.map((p) => `${p.speaker}: ${p.stance}`).sort(), ['Hollis Quarrie: pro-access', 'Pauline: pro-access', 'Tobias Grenville: pro-encryption']);
    const page = await lens.page('/pages/transcript-radio.html');
    const popup = await lens.openPopup(page);
    const r = await readPopup(popup);
    assert.equal(r.state, 'ready');
    assert.ok(r.sections['For access']?.includes('Hollis Quarrie'), JSON.stringify(r.sections));
    assert.ok(r.sections['For access']?.includes('Pauline'), JSON.stringify(r.sections));
    assert.ok(r.sections['For strong encryption']?.includes('Tobias Grenville'), JSON.stringify(r.sections));
    assert.ok(!JSON.stringify(r.sections).includes('Maren Osei'), 'the presenter takes no position');
    // "Show in page" finds a turn under its label in the live page.
    await popup.getByRole('button', { name: /^Show in page: .* by Tobias Grenville$/ }).first().click();
    await popup.waitForFunction(() => /Shown in the page|Could not find/.test(document.getElementById('popup-status')?.textContent ?? ''));
    assert.match(await popup.locator('#popup-status').innerText(), /Shown in the page/);
    assert.deepEqual(lens.errors(popup), []);
    await popup.close();
    await page.close();
  });

  test('a letters page: every letter is read (not only the longest), each is its signer’s, a letter off the subject is nobody’s', async () => {
    const file = join(FIXTURES_DIR, 'pages/letters-page.html');
    const rules = analyzeDocument(parseHtml(readHtmlFile(file)), { learned: false });
    assert.deepEqual(rules?.positions.map((p) => `${p.speaker}: ${p.stance}`).sort(), ['Eleri Watcyn: pro-encryption', 'Gareth Pryce-Morgan: pro-access']);
    const page = await lens.page('/pages/letters-page.html');
    const popup = await lens.openPopup(page);
    const r = await readPopup(popup);
    assert.equal(r.state, 'ready');
    assert.ok(r.sections['For access']?.includes('Gareth Pryce-Morgan'), JSON.stringify(r.sections));
    assert.ok(r.sections['For strong encryption']?.includes('Eleri Watcyn'), JSON.stringify(r.sections));
    assert.ok(!JSON.stringify(r.sections).includes('Glenys Parry-Owen'), 'the letter about bins takes no side');
    assert.deepEqual(lens.errors(popup), []);
    await popup.close();
    await page.close();
  });

  test('voices and views: a spokesperson is one card with their organisation, "For X, …" is X’s view, a city is nobody, an undecided chair is Unclear', async () => {
    const file = join(FIXTURES_DIR, 'pages/voices-and-views.html');
    // The premise, checked in Node with the rules alone (no learned model): every card is the rules' own.
    const rules = analyzeDocument(parseHtml(readHtmlFile(file)), { learned: false });
    assert.deepEqual(rules?.positions.map((p) => `${p.speaker}: ${p.stance}`), [
      'Kelvarra Police Service: pro-access',
      'Parlance: pro-encryption',
      'Marta Quiroga: pro-encryption',
      'Halima Osei: neutral',
    ]);
    const page = await lens.page('/pages/voices-and-views.html');
    const popup = await lens.openPopup(page);
    const r = await readPopup(popup);
    assert.equal(r.state, 'ready');
    assert.deepEqual(r.sections['For access'], ['Kelvarra Police Service'], JSON.stringify(r.sections));
    assert.deepEqual(r.sections['For strong encryption'], ['Parlance', 'Marta Quiroga'], JSON.stringify(r.sections));
    assert.deepEqual(r.sections['Unclear'], ['Halima Osei'], JSON.stringify(r.sections));
    // The spokespeople speak inside their organisations' cards, not in cards of their own.
    const shown = JSON.stringify(r.sections);
    for (const name of ['Dana Whitlow', 'Owen Trevail', 'Brno', 'Ana Hrubec']) assert.ok(!shown.includes(name), `${name} has no card`);
    assert.match(r.balance, /^1 voice for access · 2 for strong encryption · 1 unclear/);
    // "Show in page" on the police card finds the spokeswoman's sentence.
    await popup.getByRole('button', { name: /^Show in page: .* by Kelvarra Police Service$/ }).last().click();
    await popup.waitForFunction(() => /Shown in the page|Could not find/.test(document.getElementById('popup-status')?.textContent ?? ''));
    assert.match(await popup.locator('#popup-status').innerText(), /Shown in the page/);
    assert.deepEqual(lens.errors(popup), []);
    await popup.close();
    await page.close();
  });

  test('an officer and the organisation they speak for, on the same side: one card that names the organisation and holds both', async () => {
    const page = await lens.page('/sample-article.html');
    const popup = await lens.openPopup(page);
    const r = await readPopup(popup);
    assert.equal(r.state, 'ready');
    const shown = Object.values(r.sections).flat();
    assert.ok(shown.includes('Tomas Berg') && !shown.includes('Kite'), JSON.stringify(r.sections));
    const card = popup.locator('article.position', { has: popup.locator('h3.speaker', { hasText: /^Tomas Berg$/ }) });
    assert.equal(await card.locator('.role').innerText(), 'chief executive, Kite');
    // The company's own statement is in the card, first in page order.
    assert.match(await card.locator('.statements li').first().innerText(), /would rather leave the market/);
    await card.locator('.statements li').first().getByRole('button', { name: /^Show in page:/ }).click();
    await popup.waitForFunction(() => /Shown in the page|Could not find/.test(document.getElementById('popup-status')?.textContent ?? ''));
    assert.match(await popup.locator('#popup-status').innerText(), /Shown in the page/);
    assert.deepEqual(lens.errors(popup), []);
    await popup.close();
    await page.close();
  });

  test('a live blog: every entry is read, and a post embedded under "has just published this:" is its publisher’s', async () => {
    const file = join(FIXTURES_DIR, 'pages/live-blog.html');
    // The premise, checked in Node with the rules alone: the app's words carry no quotation
    // marks and no "said"; only the post's introduction says whose they are.
    const rules = analyzeDocument(parseHtml(readHtmlFile(file)), { learned: false });
    assert.equal(rules?.positions.find((p) => p.speaker === 'Kestrel')?.stance, 'pro-encryption');
    const page = await lens.page('/pages/live-blog.html');
    const popup = await lens.openPopup(page);
    const r = await readPopup(popup);
    assert.equal(r.state, 'ready');
    assert.ok(r.sections['For strong encryption']?.includes('Kestrel'), JSON.stringify(r.sections));
    // Entries other than the longest are read too.
    assert.ok(r.sections['For strong encryption']?.includes('Eleni Hadjiou'), JSON.stringify(r.sections));
    assert.ok(r.sections['For access']?.includes('Stelios Pafitou'), JSON.stringify(r.sections));
    assert.deepEqual(lens.errors(popup), []);
    await popup.close();
    await page.close();
  });

  test('"Show in page" scrolls the tab to the sentence and flashes it', async () => {
    const page = await lens.page('/shared/seed-article.html');
    await page.setViewportSize({ width: 900, height: 360 });
    const popup = await lens.openPopup(page);
    await readPopup(popup);
    const before = await page.evaluate(() => scrollY);
    const body = await page.evaluate(() => document.body.innerHTML);
    // A reported statement near the end of the article.
    const button = popup.getByRole('button', { name: /^Show in page: .* by Rafael Laguna$/ }).first();
    await button.click();
    await popup.waitForFunction(() => /Shown in the page|Could not find/.test(document.getElementById('popup-status')?.textContent ?? ''));
    assert.match(await popup.locator('#popup-status').innerText(), /Shown in the page/);
    const after = await page.evaluate(paragraphInView, 'oxymoron');
    assert.notEqual(after.scrollY, before, 'the tab scrolled');
    assert.ok(after.top < after.height && after.bottom > 0, `sentence in the viewport (${after.top}…${after.bottom} of ${after.height})`);
    // The flash is a custom highlight over the statement (it blinks, so wait for an "on" phase).
    const flashed = await page.waitForFunction(() => {
      const reg = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights;
      const key = [...reg.keys()].find((k) => k.startsWith('elens-reveal-'));
      return key ? [...reg.get(key)!].map((r) => r.toString()).join(' ') : null;
    });
    assert.match(String(await flashed.jsonValue()), /oxymoron/);
    // The flash leaves the page's DOM alone.
    assert.equal(await page.evaluate(() => document.body.innerHTML), body);
    await popup.close();
    await page.close();
  });

  test('clicking a term scrolls to its first use', async () => {
    const page = await lens.page('/shared/seed-article.html');
    await page.setViewportSize({ width: 900, height: 300 });
    const popup = await lens.openPopup(page);
    const r = await readPopup(popup);
    const stux = r.terms.find((t) => /stuxnet/i.test(t));
    assert.ok(stux, `Stuxnet listed among ${r.terms.join(', ')}`);
    await popup.getByRole('button', { name: new RegExp(`^${stux}: show first use in page$`) }).click();
    await popup.waitForFunction(() => /Shown in the page/.test(document.getElementById('popup-status')?.textContent ?? ''));
    const inView = await page.evaluate(() => {
      const p = [...document.querySelectorAll('article p')].find((el) => /Stuxnet/.test(el.textContent ?? ''))!;
      const r = p.getBoundingClientRect();
      return r.bottom > 0 && r.top < innerHeight && scrollY > 0;
    });
    assert.ok(inView);
    await popup.close();
    await page.close();
  });

  test('"Show in page" survives hostile page CSS and leaves the DOM as it was', async () => {
    const filler = Array.from(
      { length: 30 },
      (_, i) => `<p>Paragraph ${i + 1} of the council's weekly transport notes covers bus timetables, road works and parking.</p>`,
    ).join('\n');
    const off = lens.server.route(
      '/e2e-popup/hostile.html',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Quillchat refuses to weaken encryption</title>
      <style>
        * { all: unset !important; }
        html { scroll-behavior: smooth !important; }
        p, h1, article, body, html { display: block !important; font-size: 18px !important; line-height: 1.6 !important; }
        ::highlight(elens-reveal) { background-color: transparent !important; color: inherit !important; }
        mark, [style] { display: none !important; }
      </style></head><body><main><article>
      <h1>Quillchat refuses to weaken encryption</h1>
      ${filler}
      <p>"We will never weaken end-to-end encryption for anyone," said Mara Linde, head of policy at the messaging app Quillchat, on Monday.</p>
      <p>The interior ministry wants lawful access to encrypted messages and has asked the company for a backdoor, which Linde rejected.</p>
      </article></main></body></html>`,
    );
    try {
      const page = await lens.page('/e2e-popup/hostile.html');
      await page.setViewportSize({ width: 900, height: 400 });
      const body = await page.evaluate(() => document.body.innerHTML);
      const popup = await lens.openPopup(page);
      const r = await readPopup(popup);
      assert.equal(r.state, 'ready');
      const term = r.terms.find((t) => /end-to-end/i.test(t));
      assert.ok(term, `end-to-end encryption among ${r.terms.join(', ')}`);
      await popup.getByRole('button', { name: new RegExp(`^${term}: show first use in page$`) }).click();
      await popup.waitForFunction(() => /Shown in the page/.test(document.getElementById('popup-status')?.textContent ?? ''));
      const seen = await page.evaluate(() => {
        const p = [...document.querySelectorAll('p')].find((el) => /never weaken/.test(el.textContent ?? ''))!;
        const rect = p.getBoundingClientRect();
        return { inView: rect.bottom > 0 && rect.top < innerHeight, scrollY };
      });
      assert.ok(seen.scrollY > 0 && seen.inView, JSON.stringify(seen));
      assert.equal(await page.evaluate(() => document.body.innerHTML), body);
      assert.deepEqual(lens.errors(page), []);
      await popup.close();
      await page.close();
    } finally {
      off();
    }
  });

  test('before its script runs, the popup already shows its name and a loading skeleton, not a blank panel', async () => {
    const popup = await lens.context.newPage();
    const cdp = await lens.context.newCDPSession(popup);
    // The state of every open while the code is still loading, held still: scripts off.
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
    await popup.goto(`chrome-extension://${lens.extensionId}/popup.html`);
    assert.equal(await popup.locator('.brand-name').textContent(), 'Encryption Lens');
    assert.ok(await popup.locator('.loading .skeleton').first().isVisible(), 'a skeleton on screen');
    assert.equal(await popup.locator('main').getAttribute('aria-busy'), 'true');
    const box = await popup.locator('.loading').boundingBox();
    assert.ok(box && box.height > 100 && box.width > 200, `the skeleton fills the panel (${JSON.stringify(box)})`);
    await popup.close();
  });

  test('restricted pages: a browser page and about:blank get an explanation and no switch', async () => {
    for (const url of ['chrome://version', 'about:blank']) {
      const { page, tabId } = await openUntracked(lens, url);
      const popup = await lens.openPopup(tabId);
      const r = await readPopup(popup);
      assert.equal(r.state, 'restricted', url);
      assert.ok(r.title.length > 0, 'an explanation heading');
      assert.equal(await popup.locator('[role="switch"]').count(), 0);
      assert.deepEqual(lens.errors(popup), []);
      await popup.close();
      await page.close();
    }
  });

  test('a page without an article says so and keeps the switch', async () => {
    const off = lens.server.route(
      '/e2e-popup/no-article.html',
      `<!doctype html><html lang="en"><head><title>Sign in</title></head><body>
       <form><label>Email <input type="email"></label><button>Sign in</button></form></body></html>`,
    );
    try {
      const page = await lens.page('/e2e-popup/no-article.html');
      const popup = await lens.openPopup(page);
      const r = await readPopup(popup);
      assert.equal(r.state, 'no-article');
      assert.equal(r.title, 'No article found on this page');
      assert.equal(await popup.getByRole('switch', { name: 'Highlight terms on 127.0.0.1' }).count(), 1);
      await popup.close();
      await page.close();
    } finally {
      off();
    }
  });

  test('the switch highlights the open tab without reload, and off removes every highlight', async () => {
    const page = await lens.page('/sample-article.html');
    const marker = await page.evaluate(() => {
      (window as unknown as { __notReloaded: boolean }).__notReloaded = true;
      return document.body.innerHTML;
    });
    const popup = await lens.openPopup(page);
    await readPopup(popup);
    const sw = popup.getByRole('switch', { name: 'Highlight terms on 127.0.0.1' });
    assert.equal(await sw.getAttribute('aria-checked'), 'false');
    await sw.click();
    await popup.waitForFunction(() => document.querySelector('[role="switch"]')?.getAttribute('aria-checked') === 'true');
    const n = await waitForHighlightCount(page, (c) => c > 0);
    assert.ok(n > 0);
    assert.equal(await page.evaluate(() => (window as unknown as { __notReloaded?: boolean }).__notReloaded), true);
    assert.deepEqual((await lens.getSites()).map((s) => s.host), ['127.0.0.1']);

    await sw.click();
    await popup.waitForFunction(() => document.querySelector('[role="switch"]')?.getAttribute('aria-checked') === 'false');
    await waitForHighlightCount(page, 0);
    assert.deepEqual(await lens.getSites(), []);
    assert.equal(await page.evaluate(() => document.body.innerHTML), marker);
    await popup.close();
    await page.close();
  });

  test('keyboard: Tab reaches the switch, the cards and the terms; keys operate them', async () => {
    const page = await lens.page('/shared/seed-article.html');
    const popup = await lens.openPopup(page);
    await readPopup(popup);
    const focused = () =>
      popup.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el) return '';
        const by = el.getAttribute('aria-labelledby');
        const name = by
          ? by.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ')
          : (el.getAttribute('aria-label') ?? el.textContent ?? '');
        return name.replace(/\s+/g, ' ').trim();
      });
    const tabTo = async (test: RegExp, max = 80) => {
      for (let i = 0; i < max; i++) {
        await popup.keyboard.press('Tab');
        if (test.test(await focused())) return;
      }
      throw new Error(`Tab never reached ${test}`);
    };
    await tabTo(/^Highlight terms on/);
    await popup.keyboard.press('Space');
    await popup.waitForFunction(() => document.querySelector('[role="switch"]')?.getAttribute('aria-checked') === 'true');
    await popup.keyboard.press('Enter');
    await popup.waitForFunction(() => document.querySelector('[role="switch"]')?.getAttribute('aria-checked') === 'false');

    await tabTo(/^Show in page: /);
    await popup.keyboard.press('Enter');
    await popup.waitForFunction(() => /Shown in the page/.test(document.getElementById('popup-status')?.textContent ?? ''));

    await tabTo(/^Why this side\?$/);
    await popup.keyboard.press('Enter');
    assert.equal(await popup.evaluate(() => (document.activeElement?.parentElement as HTMLDetailsElement).open), true);

    await tabTo(/^About /);
    await popup.keyboard.press('Enter');
    assert.equal(await popup.evaluate(() => document.activeElement?.getAttribute('aria-expanded')), 'true');
    await popup.close();
    await page.close();
  });

  test('no accessibility violations, light and dark', async () => {
    const page = await lens.page('/shared/seed-article.html');
    for (const theme of ['light', 'dark'] as const) {
      await lens.setPrefs({ theme });
      const popup = await lens.openPopup(page);
      await readPopup(popup);
      await popup.waitForFunction((t) => document.documentElement.dataset.theme === t, theme);
      // Open a term's explanation and a reason so their contents are checked too.
      await popup.locator('.disclosure').first().click();
      await popup.locator('details.why summary').first().click();
      assert.deepEqual(await axeViolations(popup), [], theme);
      await popup.close();
    }
    await lens.setPrefs({ theme: 'auto' });
    await page.close();
  });
});
