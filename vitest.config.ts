import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import LongestFirst from './tests/setup/sequencer.ts';

/**
 * Tests in layers, each a Vitest project:
 * - unit: pure modules, checks and scripts; no build (`npm run test:unit`).
 * - site: reads the one dist/ built by tests/setup/build-site.ts.
 * - browser: Chromium on that same dist/ (the build runs once for site and browser).
 * - build: tests that run builds of their own (the build gate, the sub-path site, the test-only
 *   locale, reproducibility), one file at a time: builds share Astro's caches.
 * - full: the slow gates (axe over every page, Lighthouse, the benchmark), only with FULL_GATES=1
 *   (`.ci/run` runs `FULL_GATES=1 npm test`): they start first and run beside the other projects,
 *   on the same dist/.
 * `npm test` runs every project but full.
 */
const fullGates = process.env['FULL_GATES'] === '1';
/** Folders whose unit-test coverage has a floor (set just under what the tests reach). */
const COVERED = ['src/lib', 'src/data', 'src/checks', 'src/schemas'] as const;
const FLOORS: Record<(typeof COVERED)[number], { lines: number; functions: number; branches: number; statements: number }> = {
  'src/lib': { lines: 84, functions: 76, branches: 83, statements: 85 },
  'src/data': { lines: 94, functions: 91, branches: 74, statements: 93 },
  'src/checks': { lines: 95, functions: 94, branches: 82, statements: 94 },
  'src/schemas': { lines: 94, functions: 90, branches: 88, statements: 94 },
};
const builtSite = { globalSetup: ['tests/setup/build-site.ts'] };

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // Browser tests mostly wait on pages: one worker per core plus one keeps both cores busy; one
    // more with the full gates, whose Lighthouse and benchmark mostly wait on throttled pages.
    maxWorkers: availableParallelism() + (fullGates ? 2 : 1),
    sequence: { sequencer: LongestFirst },
    // `npm run test:coverage`: the unit tests' coverage of the pure layers, each with a floor.
    coverage: {
      provider: 'v8',
      include: COVERED.map((dir) => `${dir}/**/*.ts`),
      exclude: ['**/*.test.ts', 'src/data/test-catalogue.ts', 'src/schemas/test-factories.ts', 'src/lib/test-briefing-models.ts'],
      reporter: ['text-summary', 'text'],
      thresholds: Object.fromEntries(COVERED.map((dir) => [`${dir}/**/*.ts`, FLOORS[dir]])),
    },
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/*.test.ts'] } },
      { test: { name: 'site', include: ['tests/site/**/*.test.ts'], ...builtSite } },
      { test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], ...builtSite } },
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'], fileParallelism: false, ...builtSite } },
      ...(fullGates ? [{ test: { name: 'full', include: ['tests/full/**/*.test.ts'], ...builtSite } }] : []),
    ],
  },
});
