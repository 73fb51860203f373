/** Comparing side by side, as a delegate does it: on a phone in French, on a desktop in English, shared by its URL, printed, and without JavaScript. */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { watchErrors } from '../../scripts/lib/chromium.ts';
import { describeViolations, runAxe } from '../setup/axe.ts';
import { chromiumOnSite } from '../setup/chromium-on-site.ts';

const env = chromiumOnSite();
const PAIR = 's=abunzi,access-to-justice-bureaus';

/** Waits until the comparison for `query` is on the page. */
async function comparisonReady(page: Page, query: string): Promise<void> {
  await page.locator(`[data-compare-output][data-ready="${query}"]`).waitFor({ state: 'attached', timeout: 30_000 });
}

/** Whether an element is on screen, wholly within the viewport's width. */
async function onScreen(page: Page, selector: string): Promise<boolean> {
  const box = await page.locator(selector).boundingBox();
  const width = await page.evaluate(() => window.innerWidth);
  return box !== null && box.width > 0 && box.x >= 0 && box.x + box.width <= width;
}

const pageScrollsSideways = (page: Page) => page.evaluate(() => (document.scrollingElement?.scrollWidth ?? 0) > window.innerWidth);

describe.each([
  ['fr', { width: 390, height: 844 }, 'Les comités de médiation Abunzi', 'Début'],
  ['en', { width: 1280, height: 900 }, 'Abunzi community mediation committees', 'Started'],
] as const)('Abunzi beside the access-to-justice bureaus (/%s/, %o)', (lang, viewport, abunzi, started) => {
  test('both titles and the start date a source gives are on screen, the page never scrolls sideways, and the URL brings it back', async () => {
    const context = await env.browser.newContext({ viewport, isMobile: viewport.width < 500 });
    const page = await context.newPage();
    const errors = await watchErrors(page);
    await page.goto(`${env.site.origin}/${lang}/compare/?${PAIR}`);
    await comparisonReady(page, PAIR);

    const heads = page.locator('[data-comparison="solutions"] th[data-compare-column]');
    expect(await heads.evaluateAll((ths) => ths.map((th) => th.getAttribute('data-compare-column')))).toEqual([
      'abunzi',
      'access-to-justice-bureaus',
    ]);
    expect(await heads.first().innerText()).toBe(abunzi);
    expect(await heads.nth(1).innerText()).toMatch(/Acc[eè]s (à|to) (la )?Justice/);
    expect(await onScreen(page, '[data-compare-column="abunzi"]')).toBe(true);
    expect(await onScreen(page, '[data-compare-column="access-to-justice-bureaus"]')).toBe(true);

    // Abunzi's start (2004, from the Rwanda Governance Board) is on screen; no source gives the
    // bureaus' founding year, so their cell stays empty rather than guessed.
    const start = page.locator('[data-compare-row="start"]');
    expect(await start.locator('th:visible').innerText()).toBe(started);
    await start.scrollIntoViewIfNeeded();
    expect(await start.locator('td').first().innerText()).toMatch(/^2004 .*\[\d+\]/s);
    expect(await onScreen(page, '[data-compare-row="start"] td:first-of-type [data-compare-start]')).toBe(true);
    expect(await start.locator('td').nth(1).innerText()).toBe('');

    expect(await pageScrollsSideways(page)).toBe(false);
    // The address is the comparison: opened afresh, it shows the same.
    expect(new URL(page.url()).search).toBe(`?${PAIR}`);
    const again = await context.newPage();
    await again.goto(page.url());
    await comparisonReady(again, PAIR);
    expect(await again.locator('[data-comparison="solutions"] th[data-compare-column]').allInnerTexts()).toEqual(
      await heads.allInnerTexts(),
    );

    expect(describeViolations(await runAxe(page))).toEqual([]);
    expect(errors, 'console errors or CSP violations').toEqual([]);
  }, 120_000);
});

describe('choosing', () => {
  test('a third solution from the list joins the table and the URL; on a phone the wider table scrolls inside its frame', async () => {
    const context = await env.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
    const page = await context.newPage();
    await page.goto(`${env.site.origin}/en/compare/?${PAIR}`);
    await comparisonReady(page, PAIR);
    await page.locator('[data-compare-pick="s"] summary').click();
    await page.getByRole('checkbox', { name: 'Umucyo e-procurement', exact: true }).check();
    const three = `${PAIR},umucyo`;
    await comparisonReady(page, three);
    expect(new URL(page.url()).search).toBe(`?${three}`);
    expect(await page.locator('[data-comparison="solutions"] th[data-compare-column]').count()).toBe(3);
    expect(await pageScrollsSideways(page)).toBe(false);
    // The countries that took Umucyo up, with how far each went, link to their case studies.
    const guinea = page.locator('[data-compare-row="adopters"] td').nth(2).locator('[data-adopter="gn"]');
    expect(await guinea.innerText()).toMatch(/^Guinea\s+\S.+$/);
    // Its furthest stage is a badge on the stage's colour.
    expect(await guinea.locator('.stage-badge').getAttribute('data-stage')).toBeTruthy();
    expect(await guinea.locator('a').getAttribute('href')).toBe('/en/case-studies/guinea-e-procurement/');
    const frame = page.locator('[data-comparison="solutions"] [data-compare-scroll]');
    expect(await frame.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    // The row labels stay in view while the table scrolls.
    await frame.evaluate((el) => el.scrollBy(200, 0));
    expect(await onScreen(page, '[data-compare-row="start"] .compare-group span')).toBe(true);
  }, 120_000);

  test('two countries side by side: each one’s stages in each solution, by date', async () => {
    const context = await env.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
    const page = await context.newPage();
    await page.goto(`${env.site.origin}/fr/compare/?c=gn,sz`);
    await comparisonReady(page, 'c=gn,sz');
    const table = page.locator('[data-comparison="countries"]');
    expect(await table.locator('th[data-compare-column]').allInnerTexts()).toEqual(['Guinée', 'Eswatini']);
    expect(await table.locator('[data-compare-row="umucyo"] td').first().innerText()).toContain('TELEMO');
    expect(await pageScrollsSideways(page)).toBe(false);
    expect(describeViolations(await runAxe(page))).toEqual([]);
  }, 120_000);
});

test('without JavaScript the page says what it needs and links every solution', async () => {
  const context = await env.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${env.site.origin}/fr/compare/?${PAIR}`);
  expect(await page.getByText('La comparaison côte à côte demande JavaScript').isVisible()).toBe(true);
  expect(await page.locator('[data-compare-noscript] a[href="/fr/solutions/abunzi/"]').isVisible()).toBe(true);
  expect(await page.locator('[data-compare-noscript] a[href="/fr/briefings/solutions/abunzi/"]').isVisible()).toBe(true);
  expect(await page.locator('[data-compare]').isVisible()).toBe(false);
});
