import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { staticHighlightCss } from './entrypoints/content/styles';
import { HIGHLIGHT_CSS_FILE } from './utils/extension-files';
import { blankPageFiles } from './bench/blank-page';

// The e2e build additionally grants the loopback origins so automated tests can switch a
// site on without a permission prompt (which automation cannot click). Store builds never do.
const e2e = process.env.ELENS_E2E === '1';
const LOOPBACK = ['http://127.0.0.1/*', 'http://localhost/*'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  outDir: '.output',
  outDirTemplate: `{{browser}}-mv{{manifestVersion}}${e2e ? '-e2e' : ''}`,
  vite: () => ({
    plugins: [preact()],
    define: { 'import.meta.env.ELENS_E2E': JSON.stringify(e2e) },
    // Terser packs the bundles ~4% smaller than esbuild's minifier (popup code 60.2 → see the
    // bench), at a few seconds of build time and no runtime weight.
    // (No module-preload polyfill: every browser the extension supports preloads modules itself.)
    // pure_getters and unsafe_arrows take ~100 bytes more off the popup's code (59,958 → 59,855):
    // no code of ours or of our libraries reads a property for its side effect (no forced
    // reflow by `el.offsetWidth;`), calls `new` on a function expression or reads its prototype.
    build: { minify: 'terser', terserOptions: { ecma: 2020, module: true, compress: { passes: 3, pure_getters: true, unsafe_arrows: true, keep_fargs: false } }, modulePreload: { polyfill: false } },
  }),
  hooks: {
    // The highlight sheet the background registers at document_start, written from the same
    // rules the content script and the options preview use, so the three cannot drift apart.
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: HIGHLIGHT_CSS_FILE, contents: staticHighlightCss() });
      // The test build only: an extension page with nothing in it, whose open-to-script time is
      // the floor under the popup's on the same machine (bench section 5).
      if (e2e) files.push(...blankPageFiles());
    },
  },
  manifest: ({ browser }) => ({
    name: 'Encryption Lens',
    // The popup's and the site switch's text is in public/_locales (utils/i18n.ts).
    default_locale: 'en',
    description:
      'Defines encryption-policy terms in the articles you read and sums up who argues for access and who for strong encryption.',
    permissions: ['storage', 'activeTab', 'scripting'],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    ...(e2e ? { host_permissions: LOOPBACK } : {}),
    commands: {
      'toggle-site': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Turn highlighting on or off for this site',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // data_collection_permissions is read from Firefox 140 (142 on Android): the
            // extension collects nothing, and AMO asks every new add-on to say so.
            gecko: {
              id: 'encryption-lens@example.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
