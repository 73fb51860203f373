/**
 * Axe (WCAG 2.2 AA and best practices) over every page in the sitemap, both languages, at 320 and
 * 1280 px. Slow, so it runs in .ci/run (FULL_GATES=1), not in every `npm test`.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromium } from '../setup/browser.ts';
import { serveDist } from '../setup/static-server.ts';

const enabled = process.env['FULL_GATES'] === '1';
let browser: Browser;
let site: Awaited<ReturnType<typeof serveDist>>;

beforeAll(async () => {
  if (enabled) [browser, site] = await Promise.all([launchChromium(), serveDist()]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const pages = [...readFileSync('dist/sitemap-0.xml', 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);

test.skipIf(!enabled)(
  `axe finds no violation on any of the ${pages.length} pages at 320 and 1280 px`,
  async () => {
    const failures: string[] = [];
    // The two widths run side by side, one browser context each: axe is CPU-bound and the
    // machine has two cores.
    await Promise.all(
      [320, 1280].map(async (width) => {
        const context = await browser.newContext({ viewport: { width, height: 900 } });
        const page = await context.newPage();
        for (const path of pages) {
          await page.goto(`${site.origin}${path}`);
          const results = await new AxeBuilder({ page })
            .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
            .analyze();
          for (const v of results.violations) failures.push(`${width}px ${path}: ${v.id} (${v.nodes.length})`);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          if (width === 320 && overflow > 0) failures.push(`320px ${path}: horizontal scrolling (${overflow} px)`);
        }
        await context.close();
      }),
    );
    console.log(`axe: ${pages.length} pages x 2 widths checked, ${failures.length} failures`);
    expect(failures).toEqual([]);
  },
  // 450 pages x 2 widths one after the other took more than 30 minutes on this 2-core machine.
  3_600_000,
);
