/**
 * Search as a visitor's tasks, in Chromium at a phone's size (390 x 844) and a desktop's
 * (1280 x 900), in both languages. Every wait has its own generous timeout: the suite must pass on
 * a loaded 2-core machine. With SHOTS=<dir>, each state is saved as a screenshot and the measured
 * figures are written to <dir>/figures.json.
 */
import { appendFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { chromiumOnSite, openOnSite } from '../setup/chromium-on-site.ts';

const WAIT = 20_000;
const SHOTS = process.env['SHOTS'];

const env = chromiumOnSite();
beforeAll(() => {
  if (SHOTS) mkdirSync(SHOTS, { recursive: true });
});

const open = (path: string, options: BrowserContextOptions) => openOnSite(env, path, options, WAIT);

async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

function note(name: string, value: unknown): void {
  if (SHOTS) appendFileSync(join(SHOTS, 'figures.jsonl'), `${JSON.stringify({ name, value })}\n`);
}

const firstResult = (page: Page) => page.locator('[data-search-results] li > a').first();
const focusedHref = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('href') ?? document.activeElement?.id ?? '');

/** The number in the status line ("12 results for “procurement”"), once the search has finished. */
async function resultCount(page: Page): Promise<number> {
  await page.waitForFunction(() => /^\d/.test(document.querySelector('[data-search-status]')?.textContent ?? ''), null, { timeout: WAIT });
  return Number((await page.locator('[data-search-status]').textContent())?.match(/^\d+/)?.[0]);
}

const STRINGS = {
  en: {
    word: 'procurement',
    filter: 'Filter',
    other: 'Search the French pages',
    switch: 'Lire en français',
    noscript: 'Search needs JavaScript',
  },
  fr: {
    word: 'Guinée',
    filter: 'Filtrer',
    other: 'Chercher dans les pages en anglais',
    switch: 'Read in English',
    noscript: 'La recherche nécessite JavaScript',
  },
} as const;
const LANGS = ['en', 'fr'] as const;

describe.each([
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
])('at $width x $height', (viewport) => {
  const size = `${viewport.width}`;

  test.each(LANGS)(
    '%s: a word typed in the header box shows the first result on the first screen, one Tab after the focused results heading',
    async (lang) => {
      const { page, errors } = await open(`/${lang}/`, { viewport });
      const header = await page.locator('body > header').boundingBox();
      note(`header height /${lang}/ at ${size}`, header?.height);
      if (viewport.width === 390) expect(header?.height).toBeLessThanOrEqual(140);
      await shot(page, `${size}-${lang}-home`);

      await page.locator('#site-search').fill(STRINGS[lang].word);
      await page.locator('#site-search').press('Enter');
      await page.waitForURL(`**/${lang}/search/?q=*`, { timeout: WAIT });
      await firstResult(page).waitFor({ state: 'visible', timeout: WAIT });
      await page.waitForFunction(() => document.activeElement?.id === 'search-results-heading', null, { timeout: WAIT });
      expect(await page.locator('#search-query').inputValue()).toBe(STRINGS[lang].word);

      const box = await firstResult(page).boundingBox();
      note(`first result y, header search "${STRINGS[lang].word}" on /${lang}/ at ${size}`, box);
      expect(box).not.toBeNull();
      expect(box?.y).toBeGreaterThanOrEqual(0);
      expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(viewport.height);
      await shot(page, `${size}-${lang}-header-search`);

      // Keyboard: from the focused heading, one Tab reaches the first result.
      const href = await firstResult(page).getAttribute('href');
      await page.keyboard.press('Tab');
      expect(await focusedHref(page)).toBe(href);
      note(`Tab presses from results heading to first result, /${lang}/ at ${size}`, 1);
      expect(errors).toEqual([]);
    },
  );

  test.each(LANGS)('%s: counts with a query in the URL are those of the results, and empty options stay, shown as (0)', async (lang) => {
    const { page, errors } = await open(`/${lang}/search/?q=procurement`, { viewport });
    const listed = await resultCount(page);
    expect(listed).toBeGreaterThan(0);
    // "procurement" on the French site also lists the English pages that name it, marked as English
    // (they are all on the first page of results); the filters count this language's pages.
    const otherLanguage = await page.locator('[data-search-results] li > a[hreflang]').count();
    note(`other-language results for ?q=procurement (${lang}, ${size})`, otherLanguage);
    const total = listed - otherLanguage;
    // Every page has one type: the type counts add up to this language's results.
    await page.waitForFunction(
      (expected) =>
        [...document.querySelectorAll('[data-count^="type:"]')].reduce(
          (sum, cell) => sum + Number(cell.textContent?.replace(/\D/g, '') || 0),
          0,
        ) === expected,
      total,
      { timeout: WAIT },
    );
    const counts = await page
      .locator('[data-count^="type:"]')
      .evaluateAll((cells) => Object.fromEntries(cells.map((c) => [c.getAttribute('data-count'), c.textContent])));
    note(`counts for ?q=procurement (${lang}, ${size}): ${total} results`, counts);
    // The filters fold behind "Filter" at every width: the first result stays on the first screen.
    const details = page.locator('[data-search-filters]');
    expect(await details.getAttribute('open')).toBeNull();
    const box = await firstResult(page).boundingBox();
    expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(viewport.height);
    await details.locator('summary').click();
    const empty = page.locator('[data-search-filters] label[data-empty]').first();
    await empty.waitFor({ state: 'visible', timeout: WAIT });
    expect(await empty.textContent()).toContain('(0)');
    await shot(page, `${size}-${lang}-counts-procurement`);

    // Checking a filter narrows the results and shows how many filters are on.
    await page.locator('input[name="type"][value="case-study"]').check();
    await page.waitForFunction(() => document.querySelector('[data-search-filter-count]')?.textContent === '(1)', null, { timeout: WAIT });
    await page.waitForFunction(
      (before) => {
        const n = Number(document.querySelector('[data-search-status]')?.textContent?.match(/^\d+/)?.[0] ?? NaN);
        return n > 0 && n < before;
      },
      total,
      { timeout: WAIT },
    );
    expect(new URL(page.url()).searchParams.getAll('type')).toEqual(['case-study']);
    expect(errors).toEqual([]);
  });

  test.each(LANGS)('%s: a misspelt name ("Umuchyo") offers the right one, and the link runs that search', async (lang) => {
    const { page, errors } = await open(`/${lang}/search/?q=Umuchyo`, { viewport });
    const offer = page.locator('[data-search-suggest] a');
    await offer.waitFor({ state: 'visible', timeout: WAIT });
    expect(await offer.textContent()).toBe('Umucyo');
    const status = (await page.locator('[data-search-status]').textContent()) ?? '';
    expect(status).not.toMatch(/^1 (results|résultats)\b/);
    await shot(page, `${size}-${lang}-did-you-mean`);
    await offer.click();
    await page.waitForFunction(() => new URL(window.location.href).searchParams.get('q') === 'Umucyo', null, { timeout: WAIT });
    await page.waitForFunction(
      (want) => document.querySelector('[data-search-results] li > a')?.getAttribute('href') === want,
      `/${lang}/solutions/umucyo/`,
      { timeout: WAIT },
    );
    expect(await page.locator('#search-query').inputValue()).toBe('Umucyo');
    expect(errors).toEqual([]);
  });

  test.each([
    ['en', 'marchés publics', 'fr'],
    ['fr', 'public procurement', 'en'],
  ] as const)('%s: a query in the other language ("%s") offers the other index, which finds Umucyo', async (lang, query, other) => {
    const { page, errors } = await open(`/${lang}/search/?q=${encodeURIComponent(query)}`, { viewport });
    const link = page.getByRole('link', { name: STRINGS[lang].other });
    await link.waitFor({ state: 'visible', timeout: WAIT });
    await shot(page, `${size}-${lang}-other-language`);
    await link.click();
    await page.waitForURL(`**/${other}/search/?q=*`, { timeout: WAIT });
    expect(new URL(page.url()).searchParams.get('q')).toBe(query);
    await page.waitForFunction(
      (want) => [...document.querySelectorAll('[data-search-results] li > a')].some((a) => a.getAttribute('href') === want),
      `/${other}/solutions/umucyo/`,
      { timeout: WAIT },
    );
    await shot(page, `${size}-${other}-from-other-language`);
    expect(errors).toEqual([]);
  });

  test('en: "marchés publics" shows the procurement pages first, not a page that matched "March"', async () => {
    const { page, errors } = await open(`/en/search/?q=${encodeURIComponent('marchés publics')}`, { viewport });
    await firstResult(page).waitFor({ state: 'visible', timeout: WAIT });
    await resultCount(page);
    const hrefs = await page.locator('[data-search-results] li > a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    note(`first results for "marchés publics" on /en/ at ${size}`, hrefs.slice(0, 5));
    // The French page whose name holds both words comes first, marked as French, on the first screen.
    expect(hrefs[0]).toBe('/fr/solutions/umucyo/');
    expect(await firstResult(page).getAttribute('hreflang')).toBe('fr');
    expect(await page.locator('[data-search-results] li').first().textContent()).toContain('French');
    const box = await firstResult(page).boundingBox();
    expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(viewport.height);
    // Every page that names both words ranks above the land-tenure page that only mentions March.
    const land = hrefs.indexOf('/en/case-studies/ethiopia-land-tenure/');
    const procurement = hrefs.filter((href) => /umucyo|e-procurement/.test(href)).map((href) => hrefs.indexOf(href));
    expect(procurement.length).toBeGreaterThan(0);
    if (land !== -1) expect(Math.max(...procurement.filter((i) => hrefs[i]?.startsWith('/fr/')))).toBeLessThan(land);
    await shot(page, `${size}-en-marches-publics`);
    expect(errors).toEqual([]);
  });

  test.each(LANGS)('%s: the language switch keeps the query and filters, and the briefing selection', async (lang) => {
    const other = lang === 'en' ? 'fr' : 'en';
    const { page, errors } = await open(`/${lang}/search/?q=procurement&type=case-study`, { viewport });
    await firstResult(page).waitFor({ state: 'visible', timeout: WAIT });
    await page.getByRole('link', { name: STRINGS[lang].switch }).click();
    await page.waitForURL(`**/${other}/search/?q=procurement&type=case-study`, { timeout: WAIT });
    await firstResult(page).waitFor({ state: 'visible', timeout: WAIT });
    expect(await page.locator('input[name="type"][value="case-study"]').isChecked()).toBe(true);

    await page.goto(`${env.site.origin}/${lang}/briefings/?s=umucyo,abunzi&c=gn`);
    await page.getByRole('link', { name: STRINGS[lang].switch }).click();
    await page.waitForURL(
      (url) =>
        url.pathname === `/${other}/briefings/` && url.searchParams.get('s') === 'umucyo,abunzi' && url.searchParams.get('c') === 'gn',
      { timeout: WAIT },
    );
    expect(errors).toEqual([]);
  });

  test('without JavaScript: the phone menu opens, and search says it needs JavaScript and leads to everything from A to Z', async () => {
    const { page } = await open('/fr/search/?q=Guin%C3%A9e', { viewport, javaScriptEnabled: false });
    const notice = page.locator('[data-search-app] p').first();
    expect(await notice.textContent()).toContain(STRINGS.fr.noscript);
    expect(await notice.isVisible()).toBe(true);
    expect(await page.locator('input[type="checkbox"]:visible').count()).toBe(0);
    // The A to Z is on pages of its own, linked from the notice; together they list every entry once.
    await notice.getByRole('link').click();
    await page.waitForURL('**/fr/search/a-z/', { timeout: WAIT });
    const countries = readdirSync('content/countries').filter((file) => file.endsWith('.yaml')).length;
    const entries = readdirSync('content/solutions').length + readdirSync('content/case-studies').length + countries;
    let listed = await page.locator('main ul.list-disc > li > a').count();
    expect(await page.locator('main a[href="/fr/countries/gn/"]').isVisible()).toBe(true);
    await shot(page, `${size}-fr-no-js-a-z`);
    for (let next = page.locator('a[rel="next"]'); (await next.count()) > 0; next = page.locator('a[rel="next"]')) {
      await next.click();
      await page.waitForLoadState('load');
      listed += await page.locator('main ul.list-disc > li > a').count();
    }
    expect(listed).toBe(entries);
    expect(await page.locator('main a[href="/fr/solutions/umucyo/"]').isVisible()).toBe(true);
    await page.goto(`${env.site.origin}/fr/search/?q=Guin%C3%A9e`);
    await shot(page, `${size}-fr-no-js-search`);
    if (viewport.width === 390) {
      await page.getByText('Menu', { exact: true }).click();
      await page.getByRole('link', { name: 'Glossaire' }).waitFor({ state: 'visible', timeout: WAIT });
      await shot(page, `${size}-fr-no-js-menu`);
    }
  });
});

describe('`/` opens the visitor’s language', () => {
  test.each([
    ['fr-FR', 'fr'],
    ['en-GB', 'en'],
    ['de-DE', 'en'],
  ])('a browser in %s lands on /%s/', async (locale, lang) => {
    const { page, errors } = await open('/', { locale, viewport: { width: 390, height: 844 } });
    await page.waitForURL(`**/${lang}/`, { timeout: WAIT });
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    expect(errors).toEqual([]);
  });

  test('a choice made with the language switch wins over the browser’s language', async () => {
    const { page, errors } = await open('/', { locale: 'fr-FR' });
    await page.waitForURL('**/fr/', { timeout: WAIT });
    await page.getByRole('link', { name: STRINGS.fr.switch }).click();
    await page.waitForURL('**/en/', { timeout: WAIT });
    await page.goto(`${env.site.origin}/`);
    await page.waitForURL('**/en/', { timeout: WAIT });
    // What the visitor sees on coming back: the English home page, offering French.
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('link', { name: STRINGS.en.switch }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: STRINGS.fr.switch }).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  test('without JavaScript it offers both languages', async () => {
    const { page } = await open('/', { locale: 'fr-FR', javaScriptEnabled: false });
    expect(await page.getByRole('link', { name: 'English' }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Français' }).isVisible()).toBe(true);
  });
});
