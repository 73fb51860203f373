/**
 * Adoption over time, as a delegate sees it: Umucyo's page and Guinea's country page on a phone in
 * French (390 x 844) and on a desktop in English (1280 x 900). The chart is drawn and fits the
 * screen, the page never scrolls sideways, the same rows are readable as a table (opened on the
 * country page, open when printed), and axe finds nothing. With SHOTS=<dir>, the pages are saved
 * as screenshots and Guinea's page as a PDF.
 */
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { describeViolations, runAxe } from '../setup/axe.ts';
import { DESKTOP, PHONE, chromiumOnSite, openOnSite, shotsDir } from '../setup/chromium-on-site.ts';

const WAIT = 30_000;
const SHOTS = shotsDir();

const env = chromiumOnSite();
const pageScrollsSideways = (page: Page) => page.evaluate(() => (document.scrollingElement?.scrollWidth ?? 0) > window.innerWidth);

/** The element is on screen, drawn, and wholly within the viewport's width. */
async function fitsWidth(page: Page, locator: Locator): Promise<void> {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  const width = await page.evaluate(() => window.innerWidth);
  expect(box, 'it has a box').not.toBeNull();
  expect(box?.width).toBeGreaterThan(100);
  expect(box?.x).toBeGreaterThanOrEqual(0);
  expect((box?.x ?? 0) + (box?.width ?? Infinity)).toBeLessThanOrEqual(width);
}

/** The chart's image has loaded (it is lazy) and is on screen, within the width. */
async function chartDrawn(page: Page, src: string): Promise<Locator> {
  const img = page.locator(`img[src="${src}"]`);
  await fitsWidth(page, img);
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth), { timeout: WAIT }).toBeGreaterThan(0);
  expect(await img.isVisible()).toBe(true);
  return img;
}

describe.each([
  ['fr', PHONE, 'Guinée', 'Adaptée (TELEMO)', 'Le graphique sous forme de tableau', 'Umucyo, les marchés publics en ligne'],
  ['en', DESKTOP, 'Guinea', 'Adapted (TELEMO)', 'The chart as a table', 'Umucyo e-procurement'],
] as const)('/%s/ at %o', (lang, options, guinea, adapted, summary, umucyo) => {
  test("Umucyo's page: the chart fits, and its table lists each country with its stages, Guinea's TELEMO among them", async () => {
    const { page, errors } = await openOnSite(env, `/${lang}/solutions/umucyo/`, options, WAIT, WAIT);
    await chartDrawn(page, `/charts/${lang}/solutions/umucyo.svg`);
    const table = page.locator(`img[src="/charts/${lang}/solutions/umucyo.svg"] ~ table`);
    await fitsWidth(page, table);
    const row = table.locator('tr', { has: page.locator(`th a:text-is("${guinea}")`) });
    expect(await row.locator('td').innerText()).toContain(adapted);
    expect(await row.locator('a[href$="/briefings/case-studies/guinea-e-procurement/"]').isVisible()).toBe(true);
    expect(await table.locator('tr:has(th[scope="row"])').count()).toBeGreaterThanOrEqual(4);
    expect(await pageScrollsSideways(page)).toBe(false);
    expect(await page.locator(`a[href="/${lang}/compare/?s=umucyo"]`).isVisible()).toBe(true);
    expect(describeViolations(await runAxe(page))).toEqual([]);
    if (SHOTS) {
      await page.screenshot({ path: join(SHOTS, `${options.viewport?.width}-${lang}-umucyo.png`), fullPage: true });
      await page
        .locator('section[aria-labelledby="travelled"]')
        .screenshot({ path: join(SHOTS, `${options.viewport?.width}-${lang}-umucyo-chart.png`) });
    }
    expect(errors).toEqual([]);
  });

  test("Guinea's page: the chart fits; its table opens from the disclosure and prints open", async () => {
    const { page, errors } = await openOnSite(env, `/${lang}/countries/gn/`, options, WAIT, WAIT);
    await chartDrawn(page, `/charts/${lang}/countries/gn.svg`);
    const disclosure = page.locator('details.chart-table');
    const table = disclosure.locator('table');
    expect(await table.isVisible()).toBe(false);
    await disclosure.locator('summary', { hasText: summary }).click();
    await fitsWidth(page, table);
    const row = table.locator('tr', { has: page.locator(`th a:text-is("${umucyo}")`) });
    expect(await row.locator('td').innerText()).toContain(adapted);
    expect(await pageScrollsSideways(page)).toBe(false);
    expect(describeViolations(await runAxe(page))).toEqual([]);
    if (SHOTS) {
      await page.screenshot({ path: join(SHOTS, `${options.viewport?.width}-${lang}-gn.png`), fullPage: true });
      await page
        .locator('section[aria-labelledby="adoption-chart"]')
        .screenshot({ path: join(SHOTS, `${options.viewport?.width}-${lang}-gn-chart.png`) });
    }

    // Paper has no disclosure to open: printed, the table shows without a click.
    await page.reload();
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => page.locator('details.chart-table table').isVisible(), { timeout: WAIT }).toBe(true);
    if (SHOTS) await page.pdf({ path: join(SHOTS, `print-${lang}-gn.pdf`), format: 'A4', printBackground: false });
    expect(errors).toEqual([]);
  });
});

describe.runIf(SHOTS)('screenshots', () => {
  test.each(
    [390, 1280].flatMap((width) =>
      ['en', 'fr'].flatMap((lang) => ['solutions/umucyo/', 'countries/gn/'].map((path) => [width, lang, path] as const)),
    ),
  )('%i px /%s/%s', async (width, lang, path) => {
    const { page } = await openOnSite(env, `/${lang}/${path}`, { viewport: { width, height: width === 390 ? 844 : 900 } }, WAIT, WAIT);
    const chart = page.locator('img[src^="/charts/"]');
    await chart.scrollIntoViewIfNeeded();
    await expect.poll(() => chart.evaluate((el: HTMLImageElement) => el.naturalWidth), { timeout: WAIT }).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS ?? '.', `view-${width}-${lang}-${path.includes('umucyo') ? 'umucyo' : 'gn'}.png`) });
  });
});
