/**
 * Axe (WCAG 2.2 AA and best practices) over every page in the sitemap, both languages, at 320 and
 * 1280 px, and no horizontal scrolling at 320 px. It runs in .ci/run (FULL_GATES=1) over the
 * dist/ the test suite built, not in every `npm test`.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { describeViolations, runAxe } from '../setup/axe.ts';
import { launchChromium } from '../setup/browser.ts';
import { serveDist } from '../setup/static-server.ts';

const enabled = process.env['FULL_GATES'] === '1';
const WIDTHS = [320, 1280] as const;
let browser: Browser;
let site: Awaited<ReturnType<typeof serveDist>>;

beforeAll(async () => {
  if (enabled) [browser, site] = await Promise.all([launchChromium(), serveDist()]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const pages = enabled
  ? [...readFileSync('dist/sitemap-0.xml', 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname)
  : [];

test.skipIf(!enabled)(
  'axe finds no violation on any page of the sitemap at 320 and 1280 px',
  async () => {
    const queue = pages.flatMap((path) => WIDTHS.map((width) => ({ path, width })));
    const total = queue.length;
    const failures: string[] = [];
    // Lanes, each a browser context per width, take the next page from one queue: axe is
    // CPU-bound, so one lane per core plus one to cover page loads.
    const lanes = Math.min(availableParallelism() + 1, 6);
    await Promise.all(
      Array.from({ length: lanes }, async () => {
        const tabs = new Map(
          await Promise.all(
            WIDTHS.map(async (width) => {
              const context = await browser.newContext({ viewport: { width, height: 900 } });
              return [width, await context.newPage()] as const;
            }),
          ),
        );
        for (let task = queue.shift(); task; task = queue.shift()) {
          const page = tabs.get(task.width)!;
          await page.goto(`${site.origin}${task.path}`, { timeout: 60_000 });
          for (const line of describeViolations(await runAxe(page))) failures.push(`${task.width}px ${task.path}: ${line}`);
          if (task.width === 320) {
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
            if (overflow > 0) failures.push(`320px ${task.path}: horizontal scrolling (${overflow} px)`);
          }
        }
        await Promise.all([...tabs.values()].map((page) => page.context().close()));
      }),
    );
    console.log(`axe: ${pages.length} pages x ${WIDTHS.length} widths (${total} checks) in ${lanes} lanes, ${failures.length} failures`);
    expect(pages.length, 'the sitemap lists the pages').toBeGreaterThan(100);
    expect(failures).toEqual([]);
  },
  // About 1 s per check per core on this 2-core machine; generous for a loaded one.
  3_600_000,
);
