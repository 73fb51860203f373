import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Tests in layers, each a Vitest project:
 * - unit: pure modules, checks and scripts; no build (`npm run test:unit`).
 * - site: reads the one dist/ built by tests/setup/build-site.ts.
 * - browser: Chromium on that same dist/ (the build runs once for site and browser).
 * - build: tests that run builds of their own (the build gate, the sub-path deploy).
 * - full: slow gates over every page (axe), run by .ci/run with FULL_GATES=1 on the dist/ the
 *   suite built.
 * `npm test` runs every project but full.
 */
const builtSite = { globalSetup: ['tests/setup/build-site.ts'] };

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // Browser tests mostly wait on pages: one worker per core plus one keeps both cores busy.
    maxWorkers: availableParallelism() + 1,
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/*.test.ts'] } },
      { test: { name: 'site', include: ['tests/site/**/*.test.ts'], ...builtSite } },
      { test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], ...builtSite } },
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'] } },
      ...(process.env['FULL_GATES'] === '1' ? [{ test: { name: 'full', include: ['tests/full/**/*.test.ts'], ...builtSite } }] : []),
    ],
  },
});
