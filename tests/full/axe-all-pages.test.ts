/**
 * Axe (WCAG 2.2 AA and best practices) over every page in the sitemap, both languages, and no
 * horizontal scrolling at 320 px on any of them. Runs with FULL_GATES=1 (`.ci/run`), beside the
 * rest of the suite and on the dist/ it built.
 *
 * Every page is loaded at 1280 px and at 320 px. Axe runs on every page at 1280 px; at 320 px it
 * runs on one page per template (the heaviest: see tests/setup/page-patterns.ts), because what
 * changes with the width is the template's layout, while what content can break (names, headings,
 * contrast of its components, links) axe sees at either width. The overflow check, which content
 * can break at 320 px (a long word, a table), runs on every page.
 */
import { readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { describeViolations, runAxe } from '../setup/axe.ts';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { heaviestPerPattern } from '../setup/page-patterns.ts';
import { serveDist } from '../../scripts/lib/static-server.ts';

const enabled = process.env['FULL_GATES'] === '1';
const NARROW = 320;
const WIDE = 1280;
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
const htmlBytes = (path: string) => statSync(`dist${path}index.html`).size;

interface Check {
  path: string;
  width: number;
  axe: boolean;
}

test.skipIf(!enabled)(
  'axe finds no violation on any page at 1280 px, nor on any template at 320 px; no page scrolls sideways at 320 px',
  async () => {
    const narrowAxe = new Set(heaviestPerPattern(pages, htmlBytes));
    const queue: Check[] = pages.flatMap((path) => [
      { path, width: WIDE, axe: true },
      { path, width: NARROW, axe: narrowAxe.has(path) },
    ]);
    const failures: string[] = [];
    let axeRuns = 0;
    const check = async (page: Page, { path, width, axe }: Check) => {
      await page.goto(`${site.origin}${path}`, { timeout: 120_000 });
      if (axe) {
        axeRuns += 1;
        for (const line of describeViolations(await runAxe(page))) failures.push(`${width}px ${path}: ${line}`);
      }
      if (width === NARROW) {
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) failures.push(`${width}px ${path}: horizontal scrolling (${overflow} px)`);
      }
    };
    // Lanes, each with a tab per width, take the next check from one queue: axe is CPU-bound, so
    // one lane per core plus one to cover page loads.
    const lanes = Math.min(availableParallelism() + 1, 6);
    await Promise.all(
      Array.from({ length: lanes }, async () => {
        const tabs = new Map<number, Page>();
        for (const width of [NARROW, WIDE]) {
          const context = await browser.newContext({ viewport: { width, height: 900 } });
          tabs.set(width, await context.newPage());
        }
        for (let task = queue.shift(); task; task = queue.shift()) await check(tabs.get(task.width)!, task);
        await Promise.all([...tabs.values()].map((page) => page.context().close()));
      }),
    );
    console.log(
      `axe: ${pages.length} pages at ${WIDE} px and ${narrowAxe.size} templates at ${NARROW} px (${axeRuns} runs), ` +
        `overflow at ${NARROW} px on every page, ${lanes} lanes: ${failures.length} failures`,
    );
    expect(pages.length, 'the sitemap lists the pages').toBeGreaterThan(100);
    expect(axeRuns).toBe(pages.length + narrowAxe.size);
    expect(failures).toEqual([]);
  },
  // About half a second of CPU per axe run on this 2-core machine; generous for a loaded one.
  3_600_000,
);
