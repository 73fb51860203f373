/**
 * `/` opens the visitor's language before it paints: its constant, hashed script runs first in
 * <body> and hides the page as it sends the visitor on, so a phone never shows the bare chooser
 * while the language's home page loads (it did for about 0.7 s with a module script).
 */
import { expect, test } from 'vitest';
import { watchErrors } from '../../scripts/lib/chromium.ts';
import { chromiumOnSite } from '../setup/chromium-on-site.ts';

const WAIT = 30_000;
const env = chromiumOnSite();

test('a French browser lands on /fr/ and never sees the chooser: / paints no content, and its language links are hidden once parsed', async () => {
  const context = await env.browser.newContext({ locale: 'fr-FR', viewport: { width: 390, height: 844 } });
  // Runs in every document before its own scripts: on `/`, notes in the tab's session what a
  // person could see there (the paints of the page, the language links shown once it is parsed).
  await context.addInitScript(() => {
    if (location.pathname !== '/') return;
    const note = (event: string) => sessionStorage.setItem('root', `${sessionStorage.getItem('root') ?? ''}${event};`);
    note('opened');
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => note(entry.name))).observe({ type: 'paint', buffered: true });
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      const shown = Array.from(document.querySelectorAll('a[data-lang-switch]')).filter((link) => link.getClientRects().length > 0);
      note(`parsed, ${shown.length} links shown`);
    });
  });
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT);
  const errors = await watchErrors(page);
  await page.goto(`${env.site.origin}/`, { timeout: WAIT * 3 });
  await page.waitForURL('**/fr/', { timeout: WAIT });
  await page.locator('h1').waitFor({ state: 'visible', timeout: WAIT });
  expect(await page.locator('html').getAttribute('lang')).toBe('fr');
  const events = ((await page.evaluate(() => sessionStorage.getItem('root'))) ?? '').split(';').filter(Boolean);
  // `/` was opened in this tab; it painted no content (a module script let it paint the chooser:
  // "first-paint", "first-contentful-paint", "parsed, 2 links shown").
  expect(events[0]).toBe('opened');
  expect(events).not.toContain('first-contentful-paint');
  expect(events.filter((event) => event.startsWith('parsed') && event !== 'parsed, 0 links shown')).toEqual([]);
  expect(errors).toEqual([]);
});

test('without JavaScript, / shows both languages and nothing hides them', async () => {
  const context = await env.browser.newContext({ locale: 'fr-FR', javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${env.site.origin}/`, { timeout: WAIT * 3 });
  expect(await page.getByRole('link', { name: 'English' }).isVisible({ timeout: WAIT })).toBe(true);
  expect(await page.getByRole('link', { name: 'Français' }).isVisible({ timeout: WAIT })).toBe(true);
});
