import { defineConfig } from 'vitest/config';

/**
 * Three projects: `unit` (stages, fast, no build), `site` (builds the demo
 * archive once with Eleventy and Pagefind, then reads it and opens it in
 * Chromium) and `eval` (the evaluation floors of `tools/eval/baseline.json`,
 * on the labelled data of `../shared/data`; skipped, with a line that says
 * so, when that folder is not beside the repository).
 * The unit tests read the seed articles from the demo content, so a clone
 * without `../shared` runs them too. `npx vitest run
 * --project unit` runs the fast ones alone. All write their temporary
 * folders into one that the run removes (`tests/support/temp-root.ts`).
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
          exclude: ['tests/site/**', 'tests/browser/**', 'tests/robustness/**', 'tests/eval/floors/**'],
          globalSetup: ['tests/support/temp-root.ts', 'tests/eval/shared-check.ts'],
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
      {
        extends: true,
        test: {
          name: 'eval',
          include: ['tests/eval/floors/**/*.test.ts'],
          globalSetup: ['tests/support/temp-root.ts', 'tests/eval/shared-check.ts'],
          // Each file runs a whole evaluation (a build of real pages, clustering ECB+) in its hooks and tests.
          testTimeout: 900_000,
          hookTimeout: 900_000,
          // After the other projects, so the browser tests' timeouts do not compete with it for the cores.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
