import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import LongestFirst from './tests/setup/sequencer.ts';

/**
 * Tests in layers, each a Vitest project:
 * - unit: pure modules, checks and scripts; no build (`npm run test:unit`).
 * - site: reads the one dist/ built by tests/setup/build-site.ts.
 * - browser: Chromium on that same dist/ (the build runs once for site and browser).
 * - build: tests that run builds of their own (the build gate, the test-only locale and
 *   reproducibility on small catalogues in copies of the project, the sub-path site), one file at
 *   a time; they never read dist/, so they do not ask for it.
 * - full: the slow gates (axe over every page, Lighthouse, the benchmark), only with FULL_GATES=1
 *   (`.ci/run` runs `FULL_GATES=1 npm test`): they start first and run beside the other projects,
 *   on the same dist/.
 * - host: that dist/ served by Cloudflare's runtime (`wrangler pages dev`, offline), also only with
 *   FULL_GATES=1: headers, caching and 404s as a real host sends them.
 * `npm test` runs every project but full.
 */
const fullGates = process.env['FULL_GATES'] === '1';
/** Folders whose unit-test coverage has a floor (set just under what the tests reach). */
const COVERED = ['src/lib', 'src/data', 'src/checks', 'src/schemas'] as const;
const FLOORS: Record<(typeof COVERED)[number], { lines: number; functions: number; branches: number; statements: number }> = {
  'src/lib': { lines: 85, functions: 77, branches: 84, statements: 86 },
  // src/data statements: 95.7 % after the open-data dictionary and compare queries came in (2026-12-07).
  'src/data': { lines: 96, functions: 94, branches: 73, statements: 95.5 },
  'src/checks': { lines: 95, functions: 95, branches: 83, statements: 94 },
  'src/schemas': { lines: 95, functions: 93, branches: 89, statements: 95 },
};
const builtSite = { globalSetup: ['tests/setup/build-site.ts'] };

export default defineConfig({
  test: {
    testTimeout: 60_000,
    // A test that asserts nothing fails (a test that cannot fail is a defect).
    expect: { requireAssertions: true },
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
      // A page load on a loaded machine took over 30 s (Playwright's default): browser tests get
      // 3 minutes each, and their contexts 90 s per navigation (tests/setup/chromium-on-site.ts).
      { test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], testTimeout: 180_000, ...builtSite } },
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'], fileParallelism: false } },
      ...(fullGates
        ? [
            { test: { name: 'full', include: ['tests/full/**/*.test.ts'], ...builtSite } },
            { test: { name: 'host', include: ['tests/host/**/*.test.ts'], ...builtSite } },
          ]
        : []),
    ],
  },
});
