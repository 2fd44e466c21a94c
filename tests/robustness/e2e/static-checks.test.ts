import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { launch, waitForStatus, type Lens } from '../../e2e/harness';
import { waitForMarks } from './support';

/**
 * Static checks, run as tests: the built extension evaluates no strings as code and loads no
 * remote code; our source builds no HTML from strings; the manifest opens no door to web pages.
 * Then, in the browser: web pages cannot reach the background, and malformed messages from our
 * own contexts are ignored without an error and without an effect.
 */

const REPO = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const STORE_BUILDS = ['chrome-mv3', 'firefox-mv3'].map((b) => join(REPO, '.output', b));
const SOURCE_DIRS = ['entrypoints', 'components', 'utils', 'analysis', 'glossary'].map((d) => join(REPO, d));

function filesUnder(dir: string, test: (f: string) => boolean): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path, test));
    else if (test(path)) out.push(path);
  }
  return out;
}

interface Finding {
  file: string;
  rule: string;
  excerpt: string;
}

type Rule = [name: string, pattern: RegExp];

/** Strings run as code, and code fetched from elsewhere. */
const CODE_RULES: Rule[] = [
  ['eval(', /(?<![\w$])eval\s*\(/g],
  ['new Function(', /new\s+Function\s*\(/g],
  ['string timer', /\bset(?:Timeout|Interval)\s*\(\s*["'`]/g],
  ['remote import()', /\bimport\s*\(\s*["'`](?:https?:)?\/\//g],
  ['remote static import', /\bfrom\s*["'`](?:https?:)?\/\//g],
  ['importScripts', /\bimportScripts\s*\(/g],
];

/** Network APIs. Vite's modulepreload polyfill fetches the page's own preload links: allowed. */
const NETWORK_RULES: Rule[] = [
  ['fetch(', /(?<![\w$])fetch\s*\(/g],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/g],
  ['sendBeacon', /\bsendBeacon\b/g],
  ['WebSocket', /\bWebSocket\b/g],
  ['EventSource', /\bEventSource\b/g],
];

/** Ways of turning a string into DOM. */
const HTML_RULES: Rule[] = [
  ['innerHTML/outerHTML assignment', /\.(?:inner|outer)HTML\s*\+?=(?!=)/g],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/g],
  ['dangerouslySetInnerHTML', /\bdangerouslySetInnerHTML\b/g],
  ['document.write', /\bdocument\.write(?:ln)?\s*\(/g],
  ['createContextualFragment', /\bcreateContextualFragment\b/g],
  ['setHTMLUnsafe', /\bsetHTMLUnsafe\b/g],
  ['srcdoc', /\bsrcdoc\b/g],
];

function scan(text: string, file: string, rules: Rule[], allow: (match: RegExpExecArray, text: string) => boolean = () => false): Finding[] {
  const found: Finding[] = [];
  for (const [rule, pattern] of rules) {
    for (const m of text.matchAll(new RegExp(pattern.source, pattern.flags))) {
      if (allow(m, text)) continue;
      found.push({ file: relative(REPO, file), rule, excerpt: text.slice(Math.max(0, m.index - 50), m.index + 60) });
    }
  }
  return found;
}

/** The one fetch in the bundle: Vite's polyfill for <link rel="modulepreload"> (our own files). */
function isModulePreloadPolyfill(m: RegExpExecArray, text: string): boolean {
  return m[0].startsWith('fetch') && text.slice(Math.max(0, m.index - 1500), m.index).includes('modulepreload');
}

const show = (f: Finding[]) => f.map((x) => `${x.file}: ${x.rule} … ${x.excerpt.replace(/\s+/g, ' ')} …`);

describe('static checks', () => {
  test('the detectors catch what they look for (self-check)', () => {
    const bad = [
      'x.innerHTML = page.text;',
      'el.outerHTML+=s',
      'el.insertAdjacentHTML("beforeend", s)',
      '<div dangerouslySetInnerHTML={{ __html: s }} />',
      'document.write(s)',
      'window.eval(s)',
      'const f = new Function("return 1")',
      'setTimeout("alert(1)", 0)',
      'import("https://cdn.example/x.js")',
      'fetch(url)',
      'navigator.sendBeacon(u)',
    ].join('\n');
    const rules = [...CODE_RULES, ...NETWORK_RULES, ...HTML_RULES];
    assert.equal(scan(bad, join(REPO, 'probe.ts'), rules).length, 11);
    const fine = ['if (a.innerHTML === b) {}', 'const x = el.outerHTML;', 'evaluate(x)', 'prefetch(x)', 'retrieval(x)'].join('\n');
    assert.deepEqual(show(scan(fine, join(REPO, 'probe.ts'), rules)), []);
  });

  for (const build of STORE_BUILDS) {
    const name = relative(REPO, build);
    const command = name.endsWith('firefox-mv3') ? 'npm run build:firefox' : 'npm run build';
    test(`${name}: no strings run as code, no remote code, no network API but the preload polyfill`, () => {
      assert.ok(existsSync(join(build, 'manifest.json')), `${name} is not built: run \`${command}\` first`);
      const scripts = filesUnder(build, (f) => /\.(?:m?js)$/.test(f));
      assert.ok(scripts.length >= 4, `only ${scripts.length} scripts in ${name}`);
      const findings = scripts.flatMap((f) => {
        const text = readFileSync(f, 'utf8');
        return [...scan(text, f, CODE_RULES), ...scan(text, f, NETWORK_RULES, isModulePreloadPolyfill)];
      });
      assert.deepEqual(show(findings), []);

      // Every page loads scripts and styles from the extension itself.
      for (const html of filesUnder(build, (f) => f.endsWith('.html'))) {
        const refs = [...readFileSync(html, 'utf8').matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)\s*=\s*["']([^"']+)["']/gi)].map((m) => m[1]!);
        assert.ok(refs.length > 0, `${relative(REPO, html)} loads nothing?`);
        const remote = refs.filter((r) => /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(r));
        assert.deepEqual(remote, [], `${relative(REPO, html)} loads remote resources`);
      }
    });

    test(`${name}: the manifest opens nothing to web pages and asks for no site up front`, () => {
      assert.ok(existsSync(join(build, 'manifest.json')), `${name} is not built: run \`${command}\` first`);
      const manifest = JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8')) as Record<string, unknown>;
      assert.equal(manifest.externally_connectable, undefined, 'externally_connectable lets web pages message the background');
      assert.equal(manifest.web_accessible_resources, undefined, 'web-accessible resources let pages load (and fingerprint) our files');
      assert.equal(manifest.host_permissions, undefined, 'store builds ask for sites only when the reader turns one on');
      assert.deepEqual(manifest.content_scripts ?? [], [], 'the content script is registered per site at run time');
      const csp = JSON.stringify(manifest.content_security_policy ?? '');
      assert.doesNotMatch(csp, /unsafe-eval|unsafe-inline|https?:|\*/, `loosened CSP: ${csp}`);
      const permissions = (manifest.permissions as string[] | undefined) ?? [];
      assert.deepEqual(permissions.filter((p) => !['storage', 'activeTab', 'scripting'].includes(p)), []);
    });
  }

  test('our source builds no HTML from strings and calls no network API', () => {
    const files = SOURCE_DIRS.flatMap((d) => filesUnder(d, (f) => /\.(?:ts|tsx|js|mjs)$/.test(f) && !f.endsWith('.d.ts')));
    assert.ok(files.length > 40, `only ${files.length} source files found`);
    const findings = files.flatMap((f) => {
      const text = readFileSync(f, 'utf8');
      return [...scan(text, f, HTML_RULES), ...scan(text, f, CODE_RULES), ...scan(text, f, NETWORK_RULES)];
    });
    assert.deepEqual(show(findings), []);
  });
});

/** The worker's `chrome`, untyped in this project (no @types/chrome): the calls used here. */
type WorkerChrome = {
  scripting: {
    executeScript(o: {
      target: { tabId: number };
      func: (m: unknown, n: unknown) => Promise<unknown>;
      args: unknown[];
    }): Promise<Array<{ result?: unknown }>>;
  };
};

/**
 * Sends `message` with runtime.sendMessage from our content-script world in the page's tab,
 * wrapped `depth` times in `{ type: 'elens:wrapper', inner }` there (deep objects are built in
 * the page: DevTools' own serialisation of the arguments gives up on them first).
 */
async function sendFromContentWorld(lens: Lens, tabId: number, message: unknown, depth = 0): Promise<unknown> {
  return lens.serviceWorker.evaluate(
    async ([id, msg, d]) => {
      const { chrome } = globalThis as unknown as { chrome: WorkerChrome };
      const [res] = await chrome.scripting.executeScript({
        target: { tabId: id },
        func: async (m, n) => {
          const rt = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime;
          let wrapped = m;
          for (let i = 0; i < (n as number); i++) wrapped = { type: 'elens:wrapper', inner: wrapped };
          try {
            return { reply: (await rt.sendMessage(wrapped)) ?? null };
          } catch (err) {
            return { error: String(err) };
          }
        },
        args: [msg, d],
      });
      return res?.result;
    },
    [tabId, message, depth] as const,
  );
}

/** Messages that must be ignored: wrong types, wrong shapes, hostile ids, junk. */
function malformedMessages(): unknown[] {
  return [
    null,
    0,
    42,
    '',
    'elens:disable-site',
    true,
    [],
    [{ type: 'elens:disable-site' }],
    {},
    { type: null },
    { type: 42 },
    { type: ['elens:disable-site'] },
    { type: 'ELENS:DISABLE-SITE' },
    { type: 'elens:disable-site ' },
    { type: 'elens:enable-site', host: 'evil.example' },
    { type: 'elens:set-prefs', prefs: { theme: 'dark' } },
    { type: 'elens:open-glossary' },
    { type: 'elens:open-glossary', id: 42 },
    { type: 'elens:open-glossary', id: '' },
    { type: 'elens:open-glossary', id: '../options.html' },
    { type: 'elens:open-glossary', id: 'https://evil.example/' },
    { type: 'elens:open-glossary', id: 'javascript:alert(1)' },
    { type: 'elens:open-glossary', id: 'Backdoor' },
    { type: 'elens:open-glossary', id: 'backdoor#x' },
    { type: 'elens:open-glossary', id: 'backdoor\n' },
    { type: 'elens:open-glossary', id: 'a'.repeat(65) },
    { type: 'elens:open-glossary', id: 'x'.repeat(2_000_000) },
    { type: 'elens:open-glossary', id: ['backdoor'] },
    { type: 'elens:open-glossary', id: { toString: 'backdoor' } },
    JSON.parse('{"__proto__": {"type": "elens:disable-site", "polluted": true}}'),
    { constructor: { prototype: { polluted: true } }, type: 'elens:nope' },
  ];
}

describe('messages', { timeout: 240_000 }, () => {
  let lens: Lens;
  let page: Page;
  let tabId: number;

  before(async () => {
    lens = await launch();
    await lens.enableSite();
    page = await lens.page('/hostile/article.html');
    await waitForStatus(page, 'highlighted');
    tabId = await lens.tabIdOf(page);
  });
  after(async () => {
    await lens?.close();
  });

  test('a web page has no way to the background (no externally_connectable) and its window messages change nothing', async () => {
    const manifest = await lens.serviceWorker.evaluate(
      () => (globalThis as unknown as { chrome: { runtime: { getManifest(): Record<string, unknown> } } }).chrome.runtime.getManifest(),
    );
    assert.equal(manifest.externally_connectable, undefined);
    const reachable = await page.evaluate(() => {
      const c = (globalThis as unknown as { chrome?: { runtime?: { sendMessage?: unknown; connect?: unknown } } }).chrome;
      return { sendMessage: typeof c?.runtime?.sendMessage, connect: typeof c?.runtime?.connect };
    });
    assert.deepEqual(reachable, { sendMessage: 'undefined', connect: 'undefined' });

    const marks = await waitForMarks(page, 3);
    const pagesBefore = lens.context.pages().length;
    await page.evaluate(() => {
      for (const m of [
        { type: 'elens:disable-site' },
        { type: 'elens:open-glossary', id: 'backdoor' },
        'elens:disable-site',
        { type: 'wxt:content-script-started', contentScriptName: 'content', messageId: 'page' },
        null,
      ]) {
        window.postMessage(m, '*');
      }
      document.dispatchEvent(new CustomEvent('elens:disable-site'));
    });
    await page.waitForTimeout(700);
    assert.equal(await page.evaluate(() => document.getElementsByTagName('elens-mark').length), marks);
    assert.deepEqual(await lens.getSites(), [{ host: '127.0.0.1', subdomains: false }]);
    assert.equal(lens.context.pages().length, pagesBefore, 'no tab opened');
    assert.deepEqual(lens.errors(page), []);
  });

  test('malformed messages from our own content-script world are ignored, without error or effect', async () => {
    const pagesBefore = lens.context.pages().length;
    const messages = malformedMessages();
    const replies: string[] = [];
    for (const m of messages) replies.push(JSON.stringify(await sendFromContentWorld(lens, tabId, m)));
    // A valid message buried 1,000 levels deep.
    replies.push(JSON.stringify(await sendFromContentWorld(lens, tabId, { type: 'elens:open-glossary', id: 'backdoor' }, 1000)));
    // No answer at all: the background does not respond to what it does not understand.
    assert.deepEqual(
      replies.filter((r) => r !== '{"reply":null}'),
      [],
      `${messages.length + 1} messages`,
    );
    await page.waitForTimeout(300);
    assert.equal(lens.context.pages().length, pagesBefore, 'a tab was opened');
    assert.deepEqual(await lens.getSites(), [{ host: '127.0.0.1', subdomains: false }]);
    assert.equal(await lens.serviceWorker.evaluate(() => (Object.prototype as Record<string, unknown>).polluted ?? null), null);
    assert.ok((await page.evaluate(() => document.getElementsByTagName('elens-mark').length)) > 0, 'highlights still there');
    assert.deepEqual(lens.backgroundErrors(), []);
    assert.deepEqual(lens.errors(page), []);

    // The same channel still works for a well-formed message (the checks above are not vacuous).
    const opened = lens.context.waitForEvent('page', { predicate: (p) => p.url().includes('/glossary.html#backdoor') });
    assert.equal(JSON.stringify(await sendFromContentWorld(lens, tabId, { type: 'elens:open-glossary', id: 'backdoor' })), '{"reply":{"ok":true}}');
    await (await opened).close();
  });

  test('an extension page without a tab cannot switch a site off by message', async () => {
    const options = await lens.page(lens.extensionUrl('/options.html'));
    const replies = await options.evaluate(async (msgs) => {
      const rt = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime;
      const out: unknown[] = [];
      for (const m of msgs) out.push((await rt.sendMessage(m).catch((e: unknown) => `error: ${String(e)}`)) ?? null);
      return out;
    }, [{ type: 'elens:disable-site' }, { type: 'elens:open-glossary', id: 42 }, { type: 'elens:wipe' }]);
    assert.deepEqual(replies, [{ ok: false }, null, null]);
    assert.deepEqual(await lens.getSites(), [{ host: '127.0.0.1', subdomains: false }]);
    assert.deepEqual(lens.backgroundErrors(), []);
    assert.deepEqual(lens.errors(options), []);
    await options.close();
  });
});
