/**
 * The site deployed under a sub-path, as GitHub Pages serves a project site: built with
 * BASE_PATH=/homegrown/ (or the deploy's PAGES_BASE_PATH) into dist-base/ and served only there.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromium, watchErrors } from '../../scripts/lib/chromium.ts';
import { serveDist, type StaticServer } from '../../scripts/lib/static-server.ts';
import { PATIENT_CRAWL, describeBroken } from '../setup/links.ts';

// The deploy sets PAGES_BASE_PATH to the repository's sub-path and publishes this very build.
const BASE = process.env['PAGES_BASE_PATH'] || '/homegrown/';
const OUT = 'dist-base';
let site: StaticServer;
let browser: Browser;

beforeAll(async () => {
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent', '--outDir', OUT], {
    env: { ...process.env, BASE_PATH: BASE },
    stdio: 'inherit',
  });
  [site, browser] = await Promise.all([serveDist(OUT, { base: BASE }), launchChromium()]);
}, 600_000);
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

test('every internal link, asset and fragment resolves under the base path', async () => {
  const { LinkChecker } = await import('linkinator');
  const result = await new LinkChecker().check({
    path: `${site.origin}${BASE}`,
    recurse: true,
    linksToSkip: ['^https?://(?!127\\.0\\.0\\.1)', '^mailto:'],
    checkFragments: true,
    // Bounded and retried (at a load average of 48 a Word file under the base path came back broken once, with no status).
    ...PATIENT_CRAWL,
  });
  const broken = result.links.filter((link) => link.state === 'BROKEN').map(describeBroken);
  expect(broken).toEqual([]);
  // Pages, maps, scripts, styles, feeds and data files: the whole site was crawled.
  const urls = new Set(result.links.map((link) => link.url));
  for (const path of ['en/solutions/umucyo/', 'fr/countries/gn/', 'maps/world.svg', 'en/rss.xml', 'data/solutions.json', 'favicon.svg']) {
    expect(urls, path).toContain(`${site.origin}${BASE}${path}`);
  }
  expect([...urls].filter((url) => url.startsWith(`${site.origin}/_astro/`))).toEqual([]);
}, 300_000);

test('sitemap, feeds, social images and open data name URLs under the base path', () => {
  const sitemaps = readdirSync(OUT).filter((file) => /^sitemap-\d+\.xml$/.test(file));
  const locs = sitemaps.flatMap((file) =>
    [...readFileSync(join(OUT, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? ''),
  );
  expect(locs.length).toBeGreaterThan(100);
  expect(locs.filter((loc) => !new URL(loc).pathname.startsWith(BASE))).toEqual([]);
  const feed = readFileSync(join(OUT, 'en/rss.xml'), 'utf8');
  const links = [...feed.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => new URL(m[1] ?? '').pathname);
  expect(links.filter((path) => !path.startsWith(BASE))).toEqual([]);
  const solution = readFileSync(join(OUT, 'en/solutions/umucyo/index.html'), 'utf8');
  expect(solution).toMatch(new RegExp(`<meta property="og:image" content="[^"]*${BASE}og/en/solutions/umucyo\\.png"`));
  const data = JSON.parse(readFileSync(join(OUT, 'data/solutions.json'), 'utf8')) as { items: { url: { en: string } }[] };
  // Without SITE_URL, open data gives paths from the site's root (src/data/public-url.ts); the base is in them.
  expect(new URL(data.items[0]?.url.en ?? '', 'https://any.example').pathname.startsWith(`${BASE}en/solutions/`)).toBe(true);
  expect(readFileSync(join(OUT, 'robots.txt'), 'utf8')).toContain(`${BASE}sitemap-index.xml`);
});

test('a search under the base path loads Pagefind and links results under the base', async () => {
  const page = await browser.newPage();
  const errors = await watchErrors(page);
  await page.goto(`${site.origin}${BASE}en/search/?q=umucyo`, { timeout: 30_000 });
  const result = page.locator('[data-search-results] a').first();
  await result.waitFor({ state: 'visible', timeout: 30_000 });
  expect(await result.getAttribute('href')).toMatch(new RegExp(`^${BASE}en/`));
  await result.click({ timeout: 15_000 });
  await page.waitForURL(`**${BASE}en/**`, { timeout: 15_000 });
  expect(await page.locator('h1').count()).toBe(1);
  expect(errors).toEqual([]);
  await page.close();
}, 120_000);

test('the French 404 under the base path is in French', async () => {
  const page = await browser.newPage();
  const errors = await watchErrors(page);
  const response = await page.goto(`${site.origin}${BASE}fr/nulle-part/`, { timeout: 30_000 });
  expect(response?.status()).toBe(404);
  await page.waitForFunction(() => document.documentElement.lang === 'fr', undefined, { timeout: 15_000 });
  await page.waitForFunction(() => document.title.startsWith('Page introuvable'), undefined, { timeout: 15_000 });
  expect(await page.title()).toBe('Page introuvable | Homegrown');
  expect((await page.locator('h1').textContent())?.trim()).toBe('Page introuvable');
  expect(await page.locator('nav[aria-label="Navigation principale"]').count()).toBe(1);
  expect(await page.locator('footer').textContent()).toContain('Organiser une visite d’étude');
  expect(page.url()).toBe(`${site.origin}${BASE}fr/nulle-part/`);
  expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
  await page.close();
}, 60_000);
