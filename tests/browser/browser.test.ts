/** What only a browser shows: keyboard use, the language switch, and axe over each page type. */
import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { watchErrors } from '../../scripts/lib/chromium.ts';
import { runAxe } from '../setup/axe.ts';
import { chromiumOnSite } from '../setup/chromium-on-site.ts';

const env = chromiumOnSite();

const first = (dir: string) => readdirSync(`content/${dir}`).sort()[0] ?? '';
const caseStudy = first('case-studies');

test('keyboard only: skip link, then from home to a case study', async () => {
  const page = await env.browser.newPage();
  await page.goto(`${env.site.origin}/en/`);
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Skip to main content');
  await page.keyboard.press('Enter');
  expect(page.url()).toMatch(/#main$/);
  // Tab until the first link to a case study (whichever the home page lists first).
  let href = '';
  for (let i = 0; i < 80 && !/^\/en\/case-studies\/[^/]+\/$/.test(href); i++) {
    await page.keyboard.press('Tab');
    href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href') ?? '');
  }
  expect(href).toMatch(/^\/en\/case-studies\/[^/]+\/$/);
  await page.keyboard.press('Enter');
  await page.waitForURL(`**${href}`);
  expect(await page.locator('h1').count()).toBe(1);
  await page.close();
});

test('the language switch lands on the same page in the other language', async () => {
  const page = await env.browser.newPage();
  await page.goto(`${env.site.origin}/en/case-studies/${caseStudy}/`);
  await page.getByRole('link', { name: 'Lire en français' }).click();
  await page.waitForURL(`**/fr/case-studies/${caseStudy}/`);
  expect(await page.locator('html').getAttribute('lang')).toBe('fr');
  await page.getByRole('link', { name: 'Read in English' }).click();
  await page.waitForURL(`**/en/case-studies/${caseStudy}/`);
  await page.close();
});

const pageTypes = [
  '',
  'solutions',
  `solutions/${first('solutions')}`,
  'solutions/status/active',
  `case-studies/${caseStudy}`,
  'countries',
  'countries/gn',
  'glossary',
  `events/${first('events')}`,
  'about',
  'search',
  // The A to Z for visitors without JavaScript, first page and a later one.
  'search/a-z',
  'search/a-z/2',
  'data',
  'briefings',
  'briefings/gn',
  `briefings/solutions/${first('solutions')}`,
  // What the truth rules add: a "Sources differ" block, "last reported" dates, a one-pager's note on a disputed figure.
  'solutions/umucyo',
  'case-studies/south-africa-a-re-sebetseng',
  'briefings/solutions/community-health-workers',
  // A case study's story printed on one page, and in a country's briefing.
  'briefings/case-studies/guinea-e-procurement',
  'briefings/jm',
];

describe.each([320, 1280])('axe, console and CSP at %i px wide', (width) => {
  test.each(['en', 'fr'].flatMap((lang) => pageTypes.map((type) => `/${lang}/${type}${type ? '/' : ''}`)))(
    '%s has no violations',
    async (path) => {
      const context = await env.browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      const errors = await watchErrors(page);
      await page.goto(`${env.site.origin}${path}`);
      await page.waitForLoadState('networkidle');
      const results = await runAxe(page);
      const violations = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(violations).toEqual([]);
      expect(results.passes.length, 'axe ran its rules').toBeGreaterThan(20);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, 'horizontal scrolling').toBeLessThanOrEqual(0);
      expect(errors, 'console errors or CSP violations').toEqual([]);
      await context.close();
    },
  );
});
