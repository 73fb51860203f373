/**
 * What a phone reader in French meets first: the header's search box says what to type, the
 * results page shows the query in it, and the home map describes itself and says where the same
 * countries are listed (the country chooser), never "the table" the home page does not have.
 */
import { expect, test } from 'vitest';
import { runAxe } from '../setup/axe.ts';
import { DESKTOP, PHONE, chromiumOnSite, openOnSite } from '../setup/chromium-on-site.ts';

const env = chromiumOnSite();
const WAIT = 60_000;

test.each([
  ['fr', PHONE, 'Rechercher sur le site', 'ex. Gacaca, Tchad'],
  ['en', DESKTOP, 'Search the site', 'e.g. Gacaca, Chad'],
  ['fr', { viewport: { width: 640, height: 900 } }, 'Rechercher sur le site', 'ex. Gacaca, Tchad'],
] as const)('%s, %o: the header search box shows its placeholder in full', async (lang, options, name, placeholder) => {
  const { page, errors } = await openOnSite(env, `/${lang}/`, options, WAIT);
  const box = page.getByRole('search', { name }).getByRole('searchbox');
  await box.waitFor({ state: 'visible' });
  expect(await box.getAttribute('placeholder')).toBe(placeholder);
  expect(await box.inputValue()).toBe('');
  // The placeholder shows in full: its text is narrower than the box's content width.
  const fit = await box.evaluate((input: HTMLInputElement) => {
    const style = getComputedStyle(input);
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = style.font;
    const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return { text: context.measureText(input.placeholder).width, room };
  });
  expect(fit.text).toBeLessThan(fit.room);
  // The header keeps the site's name, the box and the language link on one row from 640 px up.
  if ((options.viewport?.width ?? 0) >= 640) {
    const tops = await page.evaluate(() =>
      ['header a[href$="/"]', '#site-search', 'header a[hreflang]'].map(
        (selector) => document.querySelector(selector)?.getBoundingClientRect().top ?? -1,
      ),
    );
    expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(20);
  }
  expect(errors).toEqual([]);
});

test('fr, 390 x 844: the home map says what it shows and that the chooser lists the same countries', async () => {
  const { page, errors } = await openOnSite(env, '/fr/', PHONE, WAIT);
  const map = page.locator('#home-map ~ figure > div > svg');
  await map.waitFor({ state: 'attached' });
  const description = await map.evaluate((svg) => {
    const id = svg.getAttribute('aria-describedby') ?? '';
    return document.getElementById(id)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  });
  expect(description).toContain('chaque pays en couleur mène à sa page');
  expect(description).toContain('Commencez par votre pays');
  expect(description).not.toMatch(/tableau/i);
  const all = await page.locator('main').innerText();
  expect(all).not.toMatch(/figurent dans le tableau/);
  // The description is visible under the map and its link goes to the chooser.
  const link = page.locator('#map-listed a');
  expect(await link.isVisible()).toBe(true);
  await link.click();
  await page.waitForURL(/#home-start$/);
  expect(await page.locator('[data-country-chooser] summary').isVisible()).toBe(true);
  expect((await runAxe(page)).violations.map((v) => v.id)).toEqual([]);
  expect(errors).toEqual([]);
});

test('fr, 390 x 844: on the results page the header box holds the query searched for', async () => {
  const { page, errors } = await openOnSite(env, '/fr/search/?q=gacaca', PHONE, WAIT);
  const header = page.locator('#site-search');
  await expect.poll(() => header.inputValue(), { timeout: WAIT, interval: 500 }).toBe('gacaca');
  expect(await header.isVisible()).toBe(true);
  // A new query typed on the page follows in the header box.
  await page.locator('#search-query').fill('umucyo');
  await expect.poll(() => header.inputValue(), { timeout: WAIT, interval: 500 }).toBe('umucyo');
  expect(errors).toEqual([]);
});
