import { defineConfig } from 'vitest/config';

/**
 * Three projects, run in this order by `npm test` (scripts/test.mjs):
 * - unit: schemas, lint rules, libraries and scripts; no build needed.
 * - build: checks the built site in dist/ (run after `npm run build`).
 * - e2e: drives Debian's Chromium against the built site.
 */
/** Every project removes the temporary folders its test files made (tests/support/temp.ts). */
const setupFiles = ['tests/support/setup.ts'];

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', setupFiles } },
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'], environment: 'node', testTimeout: 60_000, setupFiles } },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          setupFiles,
        },
      },
    ],
  },
});
