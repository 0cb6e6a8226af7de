import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (stages, fast, no build) and `site` (builds the demo
 * archive once with Eleventy and Pagefind, then reads it and opens it in
 * Chromium). `npx vitest run --project unit` runs the fast ones alone.
 * Both write their temporary folders into one that the run removes
 * (`tests/support/temp-root.ts`).
 */
export default defineConfig({
  test: {
    // Builds and browsers take seconds, not milliseconds.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: 'forks',
    reporters: ['default', './tests/support/closing-line.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/site/**', 'tests/browser/**', 'tests/robustness/**'],
          globalSetup: ['tests/support/temp-root.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts', 'tests/browser/**/*.test.ts', 'tests/robustness/**/*.test.ts'],
          globalSetup: ['tests/support/temp-root.ts', 'tests/support/global-setup.ts'],
          // One browser and one build at a time on a two-core machine.
          fileParallelism: false,
        },
      },
    ],
  },
});
