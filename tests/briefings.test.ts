/** Briefings printed to A4 PDF in Chromium, read back with poppler's pdftotext; the builder in use. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, watchErrors } from './setup/browser.ts';
import { serveDist } from './setup/static-server.ts';

let browser: Browser;
let site: Awaited<ReturnType<typeof serveDist>>;
const out = mkdtempSync(join(tmpdir(), 'homegrown-pdf-'));

beforeAll(async () => {
  [browser, site] = await Promise.all([launchChromium(), serveDist()]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  rmSync(out, { recursive: true, force: true });
});

/** Prints a page to A4 PDF; returns its text, its page count and the path of page 1 as PNG. */
async function printToPdf(page: Page, name: string): Promise<{ text: string; pages: number; png: string }> {
  await page.emulateMedia({ media: 'print' });
  const pdf = join(out, `${name}.pdf`);
  writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, join(out, name)]);
  return { text: text.replace(/\s+/g, ' '), pages, png: join(out, `${name}-1.png`) };
}

describe.each([
  ['en', 'Briefing: Guinea', 'What Guinea studied or adopted', 'Umucyo e-procurement', 'Skip to main content'],
  [
    'fr',
    'Note d’information : Guinée',
    'Études, accords et adoptions : Guinée',
    'Umucyo, les marchés publics en ligne',
    'Aller au contenu principal',
  ],
])('/%s/briefings/gn/ printed to A4', (lang, title, lifecycle, solution, skip) => {
  test('has the briefing, its solutions and their sources, and none of the site chrome', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.origin}/${lang}/briefings/gn/`);
    const { text, pages } = await printToPdf(page, `briefing-${lang}`);
    expect(text).toContain(title);
    expect(text).toContain(lifecycle);
    expect(text).toContain(solution);
    expect(text).toContain('TELEMO');
    expect(text).toContain('The New Times');
    // Link addresses are printed after their text (wrapped across lines in the PDF).
    expect(text.replace(/\s/g, '')).toContain('(https://www.newtimes.co.rw/article/22095/');
    expect(text).not.toContain(skip);
    expect(text).not.toMatch(lang === 'en' ? /Search the site|Lire en français/ : /Rechercher sur le site|Read in English/);
    expect(text).toContain(`/${lang}/briefings/gn/`);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(12);
    await page.close();
  });
});

describe('the briefing builder', () => {
  test('select and reload restores the same briefing; print holds the one-pager', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = await watchErrors(page);
    await page.goto(`${site.origin}/en/briefings/`);
    await page.getByRole('checkbox', { name: 'Umucyo e-procurement', exact: true }).check();
    await page.getByLabel('Visiting country (optional)').selectOption('gn');
    await expect.poll(() => new URL(page.url()).search, { timeout: 15_000 }).toBe('?s=umucyo&c=gn');
    await expect.poll(() => page.locator('[data-builder-preview] [data-one-pager]').count(), { timeout: 15_000 }).toBe(1);
    expect(await page.locator('[data-builder-mail]').getAttribute('href')).toMatch(/^mailto:.+\?subject=.*Umucyo.*&body=.*Guinea/);

    await page.reload();
    expect(await page.getByRole('checkbox', { name: 'Umucyo e-procurement', exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel('Visiting country (optional)').inputValue()).toBe('gn');
    await expect
      .poll(() => page.locator('[data-builder-preview] [data-one-pager]').getAttribute('data-one-pager'), { timeout: 15_000 })
      .toBe('umucyo');

    const { text } = await printToPdf(page, 'builder');
    expect(text).toContain('Umucyo e-procurement');
    expect(text).toContain('Rwanda Public Procurement Authority');
    expect(errors, 'console errors or CSP violations').toEqual([]);
    await context.close();
  });

  const slugs = readdirSync('content/solutions').sort();
  test.skipIf(slugs.length < 2)('reordering moves a solution and the URL and preview follow', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const [a = '', b = ''] = slugs;
    await page.goto(`${site.origin}/en/briefings/?s=${a},${b}`);
    await expect.poll(() => page.locator('[data-builder-preview] [data-one-pager]').count(), { timeout: 15_000 }).toBe(2);
    await page.locator('[data-builder-order] li').first().locator('button').nth(1).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('s'), { timeout: 15_000 }).toBe(`${b},${a}`);
    await expect
      .poll(() => page.locator('[data-builder-preview] [data-one-pager]').first().getAttribute('data-one-pager'), { timeout: 15_000 })
      .toBe(b);
    await context.close();
  });

  test('keyboard only, and axe finds no violations', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.origin}/fr/briefings/`);
    const box = page.getByRole('checkbox', { name: 'Umucyo, les marchés publics en ligne', exact: true });
    await box.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => new URL(page.url()).searchParams.get('s'), { timeout: 15_000 }).toBe('umucyo');
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    await context.close();
  }, 120_000);

  test('without JavaScript it offers the country briefings and one-pagers as links', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/en/briefings/`);
    expect(await page.locator('a[href="/en/briefings/gn/"]').isVisible()).toBe(true);
    expect(await page.locator('a[href="/en/briefings/solutions/umucyo/"]').isVisible()).toBe(true);
    expect(await page.locator('[data-builder]').isVisible()).toBe(false);
    await context.close();
  });
});
