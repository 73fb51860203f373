/**
 * "Request a study visit" as a delegation uses it: reached from a case study with its country and
 * solution preselected, filled in, printed as a one-page letter (read back with pdftotext) and
 * saved as a Word file (read back with mammoth); without JavaScript it says what to write and
 * where. With SHOTS=<dir>, screenshots at 390 and 1280 px and the letter's PDF pages as images.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { watchErrors } from '../../scripts/lib/chromium.ts';
import { runAxe, describeViolations } from '../setup/axe.ts';
import { chromiumOnSite, shotsDir } from '../setup/chromium-on-site.ts';
import { requireTools } from '../setup/require-tools.ts';

requireTools({ pdftotext: 'poppler-utils', pdfinfo: 'poppler-utils' });
const WAIT = 30_000;
const SHOTS = shotsDir();
const env = chromiumOnSite();
const out = mkdtempSync(join(tmpdir(), 'homegrown-visit-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const LANGS = {
  en: {
    link: 'Request a study visit',
    country: 'Guinea',
    solution: 'Umucyo e-procurement',
    subject: 'Request for a study visit to Rwanda',
    opening: 'We request a study visit to Rwanda to learn about:',
    dates: '1 March 2027 to 5 March 2027',
    noscript: 'Composing the letter on this page needs JavaScript',
  },
  fr: {
    link: 'Demander une visite d’étude',
    country: 'Guinée',
    solution: 'Umucyo, les marchés publics en ligne',
    subject: 'Demande de visite d’étude au Rwanda',
    opening: 'Nous souhaitons effectuer une visite d’étude au Rwanda pour découvrir\u202f:',
    dates: 'du 1er mars 2027 au 5 mars 2027',
    noscript: 'La rédaction de la lettre sur cette page nécessite JavaScript',
  },
} as const;

async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/** Fills in the rest of the request as a Guinean delegation would. */
async function fillIn(page: Page): Promise<void> {
  await page.locator('#visit-delegation').fill('Minister of the Economy and Finance, two procurement officers');
  await page.locator('#visit-from').fill('2027-03-01');
  await page.locator('#visit-to').fill('2027-03-05');
  await page.locator('#visit-name').fill('Aissatou Camara');
  await page.locator('#visit-position').fill('Chief of staff');
}

describe.each(Object.entries(LANGS))('/%s/visit/', (lang, words) => {
  test('from the Guinea case study, the request comes with Guinea and Umucyo chosen, and prints as a one-page letter', async () => {
    const context = await env.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
    const page = await context.newPage();
    page.setDefaultTimeout(WAIT);
    const errors = await watchErrors(page);
    await page.goto(`${env.site.origin}/${lang}/case-studies/guinea-e-procurement/`);
    await page.locator('section[data-visit] a[href*="/visit/"]').tap();
    await page.waitForURL(/\/visit\/\?c=gn&s=umucyo$/, { timeout: WAIT });
    expect(await page.locator('#visit-country').inputValue()).toBe('gn');
    expect(await page.getByRole('checkbox', { name: words.solution, exact: true }).isChecked()).toBe(true);
    await fillIn(page);
    // On a phone the letter is below the form: the button at its end moves there.
    await page.locator('[data-visit-show]').tap();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), { timeout: WAIT }).toBe('visit-letter');
    const letter = page.locator('[data-visit-letter-body]');
    await expect.poll(() => letter.textContent(), { timeout: WAIT }).toContain('Aissatou Camara');
    const shown = (await letter.textContent()) ?? '';
    for (const text of [words.country, words.solution, words.subject, words.dates, 'Rwanda Cooperation']) expect(shown).toContain(text);
    // No e-mail is offered while the site has no address for requests (the default).
    expect(await page.locator('[data-visit-mail]').count()).toBe(0);
    await shot(page, `visit-390-${lang}`);

    await page.emulateMedia({ media: 'print' });
    const pdf = join(out, `visit-${lang}.pdf`);
    writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
    const layout = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    // The letter spans the page's width: its opening sentence holds on one line.
    const oneLine = (line: string) => line.replace(/[\s\u202f]+/g, ' ').trim();
    expect(layout.split('\n').map(oneLine)).toContain(oneLine(words.opening));
    const text = layout.replace(/\s+/g, ' ');
    for (const expected of [words.country, words.solution, words.subject, 'Aissatou Camara']) expect(text).toContain(expected);
    // Only the letter: not the form, the menu or the page's heading.
    expect(text).not.toContain(words.noscript);
    expect(text).not.toContain('Chief of staff Phone');
    expect(text.match(new RegExp(words.link, 'g')) ?? []).toEqual([]);
    expect(Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1])).toBe(1);
    if (SHOTS) execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(SHOTS, `visit-pdf-${lang}`)]);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  test('the Word file holds the same letter', async () => {
    const context = await env.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    page.setDefaultTimeout(WAIT);
    await page.goto(`${env.site.origin}/${lang}/visit/?c=gn&s=umucyo`);
    await fillIn(page);
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.locator('[data-visit-word]').click()]);
    expect(download.suggestedFilename()).toMatch(/-(guinea|guinee)-\d{4}-\d{2}-\d{2}\.docx$/);
    const path = join(out, `visit-${lang}.docx`);
    await download.saveAs(path);
    const { value } = await mammoth.extractRawText({ path });
    const printed = (await page.locator('[data-visit-letter-body]').innerText()).replace(/\s+/g, ' ').trim();
    const word = value.replace(/\s+/g, ' ').trim();
    for (const expected of [words.country, words.solution, words.subject, words.dates, 'Aissatou Camara']) expect(word).toContain(expected);
    expect(word).toBe(printed);
    await context.close();
  }, 120_000);

  test('at 1280 px: axe finds no violations', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(WAIT);
    await page.goto(`${env.site.origin}/${lang}/visit/?c=gn&s=umucyo`);
    await fillIn(page);
    await shot(page, `visit-1280-${lang}`);
    expect(describeViolations(await runAxe(page))).toEqual([]);
    await context.close();
  }, 120_000);

  test('without JavaScript: what to write, and the official page of Rwanda Cooperation', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    page.setDefaultTimeout(WAIT);
    await page.goto(`${env.site.origin}/${lang}/visit/`);
    expect(await page.getByText(words.noscript).isVisible()).toBe(true);
    expect(await page.locator('[data-visit-noscript] a[href="https://cooperation.rw/"]').isVisible()).toBe(true);
    for (const id of ['#visit-country', '#visit-delegation', '#visit-from', '#visit-name'])
      expect(await page.locator(id).isVisible()).toBe(true);
    expect(await page.locator('[data-visit-letter]').isVisible()).toBe(false);
    expect(await page.locator('[data-visit-show]').isVisible()).toBe(false);
    await shot(page, `visit-nojs-390-${lang}`);
    await context.close();
  }, 60_000);
});

test('the menu, and every solution and country page, lead to the request with their item chosen', async () => {
  const page = await env.browser.newPage();
  await page.goto(`${env.site.origin}/en/solutions/umucyo/`);
  expect(await page.locator('nav a[href="/en/visit/"]').textContent()).toBe('Request a visit');
  expect(await page.locator('section[data-visit] a[href*="/visit/"]').getAttribute('href')).toBe('/en/visit/?s=umucyo');
  await page.goto(`${env.site.origin}/fr/countries/gn/`);
  expect(await page.locator('section[data-visit] a[href*="/visit/"]').getAttribute('href')).toBe('/fr/visit/?c=gn');
  await page.close();
});
