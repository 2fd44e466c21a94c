import { defineConfig } from 'vitest/config';
import base from '../../vitest.config';

/**
 * The unit-level robustness suites (issue 6): property-based and fuzz tests that try thousands
 * of generated inputs each, kept out of `test:unit` so that the everyday run stays quick.
 * Browser-level suites live in `e2e/` and run with node:test after a build.
 * (Spread rather than `mergeConfig`, which would add the unit tests' `include` to ours.)
 */
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['tests/robustness/*.test.ts'],
    globalSetup: ['tests/robustness/tally-setup.ts'],
    // Each suite runs thousands of inputs; the per-input limits inside are what matter.
    testTimeout: 240_000,
    hookTimeout: 60_000,
    // Two cores shared with other work: one file at a time keeps the timings honest.
    fileParallelism: false,
  },
});
