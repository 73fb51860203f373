/**
 * Builds the site once into dist/, as `npm run build` does, for every project that reads it
 * (site, browser, full). SKIP_SITE_BUILD=1 reuses the dist/ already there.
 *
 * The build date is fixed to the start of the day (SOURCE_DATE_EPOCH) and handed to the tests,
 * so the reproducibility test can rebuild and compare byte for byte with this dist/.
 */
import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    sourceDateEpoch: string;
    /** dist/ was built by this run, with sourceDateEpoch (not reused through SKIP_SITE_BUILD). */
    builtThisRun: boolean;
  }
}

export default function setup(project: TestProject): void {
  process.env['SOURCE_DATE_EPOCH'] ??= String(Math.floor(Date.now() / 86_400_000) * 86_400);
  project.provide('sourceDateEpoch', process.env['SOURCE_DATE_EPOCH']);
  if (process.env['SKIP_SITE_BUILD'] !== '1' && process.env['HOMEGROWN_SITE_BUILT'] !== '1') {
    execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], { stdio: 'inherit' });
    // Every project that reads dist/ names this setup; the later ones find the site built.
    process.env['HOMEGROWN_SITE_BUILT'] = '1';
  }
  project.provide('builtThisRun', process.env['HOMEGROWN_SITE_BUILT'] === '1');
}
