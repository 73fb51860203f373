/**
 * For a test file that drives Debian's Chromium over the built site: starts both before the file's
 * tests and closes them after. Use the returned object's `browser` and `site` inside tests (they
 * are set once the file's tests start). Every browser context a test opens is closed after it,
 * passed or failed, so a failing test leaves no pages running beside the next ones.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchChromium, watchErrors } from '../../scripts/lib/chromium.ts';
import { serveDist, type StaticServer } from '../../scripts/lib/static-server.ts';

/** The phone the users' tasks are written for (390 x 844, touch) and the desktop beside it. */
export const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 900 } };

/** The folder screenshots go to when the run sets SHOTS=<dir> (created), or undefined. */
export function shotsDir(): string | undefined {
  const dir = process.env['SHOTS'];
  if (dir) mkdirSync(dir, { recursive: true });
  return dir;
}

/** Per navigation and per action: Playwright's 30 s was not enough at a load average of 20. */
const NAVIGATION_TIMEOUT = 90_000;
const ACTION_TIMEOUT = 60_000;

/** `browser` whose contexts (and the pages `newPage` makes, each in a context of its own) wait generously. */
function patient(browser: Browser): Browser {
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options?: BrowserContextOptions) => {
    const context = await newContext(options);
    context.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT);
    context.setDefaultTimeout(ACTION_TIMEOUT);
    return context;
  };
  return browser;
}

export function chromiumOnSite(dir = 'dist'): { browser: Browser; site: StaticServer } {
  const env = {} as { browser: Browser; site: StaticServer };
  beforeAll(async () => {
    const [browser, site] = await Promise.all([launchChromium(), serveDist(dir)]);
    env.browser = patient(browser);
    env.site = site;
  }, 120_000);
  afterEach(async () => {
    await Promise.all(env.browser?.contexts().map((context) => context.close()) ?? []);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.site?.close();
  });
  return env;
}

/**
 * Opens `path` of the site in a new context: each wait on the page gets `wait` ms (and the
 * navigation `navigation` ms, when given), and the page's console and CSP errors are collected
 * (none without JavaScript).
 */
export async function openOnSite(
  env: { browser: Browser; site: StaticServer },
  path: string,
  options: BrowserContextOptions,
  wait: number,
  navigation?: number,
): Promise<{ page: Page; errors: string[] }> {
  const context = await env.browser.newContext(options);
  const page = await context.newPage();
  page.setDefaultTimeout(wait);
  const errors = options.javaScriptEnabled === false ? [] : await watchErrors(page);
  await page.goto(`${env.site.origin}${path}`, navigation === undefined ? {} : { timeout: navigation });
  return { page, errors };
}
