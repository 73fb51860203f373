/**
 * A delegation's path, as its members would walk it: from the home page to their country and to a
 * country's story, on a phone in French (390 x 844, touch) and on a desktop in English. Every wait
 * has its own generous timeout. With SHOTS=<dir>, the home and a country page are saved as
 * screenshots at 390 and 1280 px in both languages.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { describeViolations, runAxe } from '../setup/axe.ts';
import { DESKTOP, PHONE, chromiumOnSite, openOnSite, shotsDir } from '../setup/chromium-on-site.ts';

const WAIT = 30_000;
const SHOTS = shotsDir();

const env = chromiumOnSite();
const open = (path: string, options: BrowserContextOptions) => openOnSite(env, path, options, WAIT, WAIT);

/** The element lies wholly inside the first screen (the viewport, not scrolled). */
async function onFirstScreen(page: Page, selector: string): Promise<void> {
  const box = await page.locator(selector).first().boundingBox();
  const height = page.viewportSize()?.height ?? 0;
  expect(box, `${selector} has no box`).not.toBeNull();
  expect(box?.y).toBeGreaterThanOrEqual(0);
  expect((box?.y ?? Infinity) + (box?.height ?? 0), `${selector} ends below the first screen`).toBeLessThanOrEqual(height);
}

describe.each([true, false])('with JavaScript %s', (javaScriptEnabled) => {
  test("fr, 390 x 844: from /fr/ to Guinea's TELEMO story in 3 taps, the first on the first screen", async () => {
    const { page, errors } = await open('/fr/', { ...PHONE, javaScriptEnabled });
    await expect.poll(() => page.locator('#home-start').textContent(), { timeout: WAIT }).toBe('Commencez par votre pays');
    const chooser = '[data-country-chooser] > summary';
    await onFirstScreen(page, '#home-start');
    await onFirstScreen(page, chooser);
    expect(await page.locator(chooser).textContent()).toMatch(/^\s*Choisir votre pays \(\d+\)\s*▾\s*$/);

    // Tap 1: open the chooser; the countries appear on the same screen.
    await page.locator(chooser).tap();
    await page.locator('[data-country-chooser][open]').waitFor({ timeout: WAIT });
    const guinea = page.locator('[data-country-chooser] a', { hasText: 'Guinée' });
    await guinea.waitFor({ state: 'visible', timeout: WAIT });
    await onFirstScreen(page, '[data-country-chooser] a[href="/fr/countries/gn/"]');
    if (SHOTS && javaScriptEnabled) await page.screenshot({ path: join(SHOTS, '390-fr-home-chooser.png') });
    // "My country is not listed" leads somewhere useful: every solution.
    expect(await page.locator('[data-country-chooser]').textContent()).toContain('Mon pays n’est pas dans la liste');
    expect(await page.locator('[data-country-chooser] a[href="/fr/solutions/"]').count()).toBe(1);

    // Tap 2: the country.
    await guinea.tap();
    await page.waitForURL('**/fr/countries/gn/', { timeout: WAIT });
    expect(await page.locator('h1').textContent()).toBe('Guinée');

    // Tap 3: the TELEMO story, among what Guinea did.
    const story = page.locator('#country-case-studies ~ ul a', { hasText: 'TELEMO' }).first();
    await story.tap();
    await page.waitForURL('**/fr/case-studies/guinea-e-procurement/', { timeout: WAIT });
    expect(await page.locator('h1').textContent()).toMatch(/^Guinée\u202f: TELEMO/);
    await expect.poll(() => page.locator('#lifecycle ~ ol').textContent(), { timeout: WAIT }).toContain('(TELEMO)');
    expect(errors).toEqual([]);
  });
});

test('en, 1280 x 900: every country on the map is a link with a name; Guinea leads to its page', async () => {
  const { page, errors } = await open('/en/', DESKTOP);
  const links = page.locator('#home-map ~ figure svg a');
  const names = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('aria-label') ?? ''));
  const chooser = await page.locator('[data-country-chooser] li a').count();
  expect(names.length).toBe(chooser);
  for (const name of names) expect(name).toMatch(/^\S.*: \S/);
  const legend = page.locator('#home-map ~ figure figcaption');
  expect(await legend.isVisible()).toBe(true);
  expect(await legend.locator(`a[href="/en/stages/"]`).count()).toBe(1);

  // Guinea's outline wraps around its neighbours' edges: reach it as a keyboard user does.
  await page.getByRole('link', { name: 'Guinea: Adapted', exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.waitForURL('**/en/countries/gn/', { timeout: WAIT });
  expect(await page.locator('h1').textContent()).toBe('Guinea');
  expect(errors).toEqual([]);
});

test("en, 1280 x 900: the country page offers a delegation's actions, peers, and sourced milestones", async () => {
  const { page, errors } = await open('/en/countries/gn/', DESKTOP);
  const actions = page.locator('#country-actions + ul');
  expect(await actions.locator('a[href="/en/briefings/gn/"]').textContent()).toBe('Print the country brief');
  const builder = await actions.getByRole('link', { name: 'Build a briefing for this country' }).getAttribute('href');
  expect(builder).toMatch(/^\/en\/briefings\/\?s=[a-z0-9-,]*umucyo[a-z0-9-,]*&c=gn$/);
  expect(await actions.locator('a[href="/en/briefings/case-studies/guinea-e-procurement/"]').count()).toBe(1);
  // Every milestone names its source.
  const milestones = page.locator('#country-timeline ~ ol > li');
  expect(await milestones.count()).toBeGreaterThan(0);
  for (const text of await milestones.allTextContents()) expect(text).toMatch(/Sources?: \S/);
  // Peers: West African and French-speaking countries, with their case studies.
  expect(await page.locator('#country-peers ~ ul > li > a').count()).toBeGreaterThan(0);
  expect(await page.locator('#country-peers ~ ul').textContent()).toContain('West Africa');

  // The builder opens preset to Guinea and the solutions its case studies name.
  await page.goto(`${env.site.origin}${builder}`, { timeout: WAIT });
  await expect.poll(() => page.locator('input[value="umucyo"]').isChecked(), { timeout: WAIT }).toBe(true);
  expect(errors).toEqual([]);
});

test('fr, 390 x 844: the stages page defines each stage, and badges link to it; axe finds nothing on the new pages', async () => {
  const { page, errors } = await open('/fr/case-studies/guinea-e-procurement/', PHONE);
  const badge = page.locator('#lifecycle ~ ol a[href="/fr/stages/#stage-adapted"]');
  expect(await badge.textContent()).toBe('Adaptée (TELEMO)');
  await badge.tap();
  await page.waitForURL('**/fr/stages/#stage-adapted', { timeout: WAIT });
  const adapted = page.locator('#stage-adapted');
  expect(await adapted.textContent()).toContain('sous un nom qui lui est propre');
  await onFirstScreen(page, '#stage-adapted h2');
  if (SHOTS) await page.screenshot({ path: join(SHOTS, '390-fr-stages.png'), fullPage: true });
  expect(await page.locator('ol > li[id^="stage-"]').count()).toBe(7);
  for (const path of ['/fr/stages/', '/fr/', '/fr/countries/gn/']) {
    await page.goto(`${env.site.origin}${path}`, { timeout: WAIT });
    expect(describeViolations(await runAxe(page)), path).toEqual([]);
  }
  expect(errors).toEqual([]);
});

describe.runIf(SHOTS)('screenshots', () => {
  test.each(
    [390, 1280].flatMap((width) => ['en', 'fr'].flatMap((lang) => ['', 'countries/gn/'].map((path) => [width, lang, path] as const))),
  )('%i px /%s/%s', async (width, lang, path) => {
    const { page } = await open(`/${lang}/${path}`, { viewport: { width, height: width === 390 ? 844 : 900 } });
    const name = `${width}-${lang}-${path ? 'gn' : 'home'}`;
    await page.screenshot({ path: join(SHOTS ?? '.', `${name}.png`) });
    await page.screenshot({ path: join(SHOTS ?? '.', `${name}-full.png`), fullPage: true });
    expect(existsSync(join(SHOTS ?? '.', `${name}.png`))).toBe(true);
  });
});
