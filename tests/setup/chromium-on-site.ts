/**
 * For a test file that drives Debian's Chromium over the built site: starts both before the file's
 * tests and closes them after. Use the returned object's `browser` and `site` inside tests (they
 * are set once the file's tests start).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serveDist, type StaticServer } from '../../scripts/lib/static-server.ts';

export function chromiumOnSite(dir = 'dist'): { browser: Browser; site: StaticServer } {
  const env = {} as { browser: Browser; site: StaticServer };
  beforeAll(async () => {
    [env.browser, env.site] = await Promise.all([launchChromium(), serveDist(dir)]);
  }, 120_000);
  afterAll(async () => {
    await env.browser?.close();
    await env.site?.close();
  });
  return env;
}
