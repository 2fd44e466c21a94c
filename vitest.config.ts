import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

export default defineConfig({
  plugins: [WxtVitest()],
  resolve: {
    // WXT's test setup imports `wxt/testing`, whose index also re-exports the Vitest plugin and
    // with it esbuild; esbuild refuses to load under jsdom (its TextEncoder invariant fails).
    // Tests only need the fake browser, so point the bare specifier at that file alone.
    alias: [
      {
        find: /^wxt\/testing$/,
        replacement: fileURLToPath(
          new URL('./node_modules/wxt/dist/testing/fake-browser.mjs', import.meta.url),
        ),
      },
    ],
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'jsdom',
    setupFiles: ['tests/unit/setup-i18n.ts'],
  },
});
