/** Briefings printed to A4 PDF in Chromium, read back with poppler's pdftotext; the builder in use. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { watchErrors } from '../../scripts/lib/chromium.ts';
import { siteConfig } from '#src/site.config.ts';
import { runAxe } from '../setup/axe.ts';
import { chromiumOnSite } from '../setup/chromium-on-site.ts';
import { requireTools } from '../setup/require-tools.ts';

requireTools({ pdftotext: 'poppler-utils', pdfinfo: 'poppler-utils' });
const env = chromiumOnSite();
const out = mkdtempSync(join(tmpdir(), 'homegrown-pdf-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Prints a page to A4 PDF as a browser's print dialog does; returns its text, the text of each page and the page count. */
async function printToPdf(
  page: Page,
  name: string,
): Promise<{ text: string; pages: number; pageTexts: string[]; pageLines: number[]; links: string[] }> {
  await page.emulateMedia({ media: 'print' });
  const pdf = join(out, `${name}.pdf`);
  writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  // The addresses the PDF links to (its link annotations): text in two columns does not read back in order.
  const links = execFileSync('pdfinfo', ['-url', pdf], { encoding: 'utf8' })
    .split('\n')
    .slice(1)
    .map((line) => line.trim().split(/\s+/)[2] ?? '')
    .filter(Boolean);
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
  // pdftotext separates pages with a form feed.
  const printed = text.split('\f').slice(0, pages);
  const pageTexts = printed.map((t) => t.replace(/\s+/g, ' ').trim());
  // The printed lines of each page, its footer included (two columns of sources side by side are one line).
  const pageLines = printed.map((t) => t.split('\n').filter((line) => line.trim()).length);
  return { text: text.replace(/\s+/g, ' '), pages, pageTexts, pageLines, links };
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
    const page = await env.browser.newPage();
    await page.goto(`${env.site.origin}/${lang}/briefings/gn/`);
    const { text, pages } = await printToPdf(page, `briefing-${lang}`);
    expect(text).toContain(title);
    expect(text).toContain(lifecycle);
    expect(text).toContain(solution);
    expect(text).toContain('TELEMO');
    expect(text).toContain('The New Times');
    // One appendix of sources, each with its address (in two columns, which pdftotext interleaves).
    expect(text).toContain('https://www.newtimes.co.rw/article/');
    expect(text).not.toContain(skip);
    expect(text).not.toMatch(lang === 'en' ? /Search the site|Lire en français/ : /Rechercher sur le site|Read in English/);
    expect(text).toContain(`/${lang}/briefings/gn/`);
    expect(text).not.toMatch(/Not known|Inconnu/);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(12);
    await page.close();
  });
});

describe('the briefing builder', () => {
  test('select and reload restores the same briefing; print holds the one-pager', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    const errors = await watchErrors(page);
    await page.goto(`${env.site.origin}/en/briefings/`);
    await page.getByRole('checkbox', { name: 'Umucyo e-procurement', exact: true }).check();
    await page.getByLabel('Visiting country (optional)').selectOption('gn');
    await expect.poll(() => new URL(page.url()).search, { timeout: 20_000 }).toBe('?s=umucyo&c=gn');
    await expect.poll(() => page.locator('[data-builder-preview] [data-one-pager]').count(), { timeout: 20_000 }).toBe(1);
    // The contact is Rwanda Cooperation's site (it publishes no e-mail address): the request link goes there.
    expect(await page.locator('[data-builder-mail]').getAttribute('href')).toBe(siteConfig.contact.href);

    await page.reload();
    expect(await page.getByRole('checkbox', { name: 'Umucyo e-procurement', exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel('Visiting country (optional)').inputValue()).toBe('gn');
    await expect
      .poll(() => page.locator('[data-builder-preview] [data-one-pager]').getAttribute('data-one-pager'), { timeout: 20_000 })
      .toBe('umucyo');

    const { text } = await printToPdf(page, 'builder');
    expect(text).toContain('Umucyo e-procurement');
    expect(text).toContain('Rwanda Public Procurement Authority');
    expect(errors, 'console errors or CSP violations').toEqual([]);
    await context.close();
  });

  test('reordering moves a solution and the URL and preview follow', async () => {
    const slugs = readdirSync('content/solutions').sort();
    expect(slugs.length, 'two solutions in content/solutions to reorder').toBeGreaterThanOrEqual(2);
    const context = await env.browser.newContext();
    const page = await context.newPage();
    const [a = '', b = ''] = slugs;
    await page.goto(`${env.site.origin}/en/briefings/?s=${a},${b}`);
    await expect.poll(() => page.locator('[data-builder-preview] [data-one-pager]').count(), { timeout: 20_000 }).toBe(2);
    await page.locator('[data-builder-order] li').first().locator('button').nth(1).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('s'), { timeout: 20_000 }).toBe(`${b},${a}`);
    await expect
      .poll(() => page.locator('[data-builder-preview] [data-one-pager]').first().getAttribute('data-one-pager'), { timeout: 20_000 })
      .toBe(b);
    await context.close();
  });

  test('keyboard only, and axe finds no violations', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${env.site.origin}/fr/briefings/`);
    const box = page.getByRole('checkbox', { name: 'Umucyo, les marchés publics en ligne', exact: true });
    await box.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => new URL(page.url()).searchParams.get('s'), { timeout: 20_000 }).toBe('umucyo');
    const results = await runAxe(page);
    expect(results.violations.map((v) => v.id)).toEqual([]);
    await context.close();
  }, 120_000);

  test('without JavaScript it says what the builder needs and offers the country briefings and one-pagers as links', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${env.site.origin}/en/briefings/`);
    expect(await page.getByText('Building your own briefing needs JavaScript').isVisible()).toBe(true);
    expect(await page.locator('[data-builder-noscript] a[href="#country-briefings"]').isVisible()).toBe(true);
    expect(await page.locator('a[href="/en/briefings/gn/"]').isVisible()).toBe(true);
    expect(await page.locator('a[href="/en/briefings/solutions/umucyo/"]').isVisible()).toBe(true);
    expect(await page.locator('[data-builder]').isVisible()).toBe(false);
    await context.close();
  });
});

describe('the built briefing printed to A4', () => {
  test.each([
    ['en', 'Briefing: Jamaica', 'Contents', 'Generated on', 'Page {n} of {total}', 'What Jamaica studied or adopted'],
    ['fr', 'Note d’information : Jamaïque', 'Sommaire', 'Générée le', 'Page {n} sur {total}', 'Études, accords et adoptions : Jamaïque'],
  ])(
    '/%s/: a cover naming the country, the solutions, the case studies, one appendix, a footer on every page',
    async (lang, title, contents, generated, pageOf, lifecycle) => {
      const page = await env.browser.newPage();
      const errors = await watchErrors(page);
      const query = '?s=abunzi,gacaca,integrated-electronic-case-management&c=jm';
      await page.goto(`${env.site.origin}/${lang}/briefings/${query}`);
      await page.locator('[data-builder-preview][data-ready] [data-country-lifecycle]').waitFor({ timeout: 30_000 });
      const { pages, pageTexts } = await printToPdf(page, `built-${lang}`);
      expect(pages).toBeLessThanOrEqual(6);
      const [cover = ''] = pageTexts;
      expect(cover).toContain(title);
      expect(cover).toContain(contents);
      expect(cover).toContain(generated);
      expect(cover.replace(/\s/g, '')).toContain(`/${lang}/briefings/${query}`);
      // The contents, in the chosen order.
      expect(cover).toMatch(
        lang === 'en' ? /Abunzi.+Gacaca.+Integrated electronic case management/ : /Abunzi.+Gacaca.+gestion électronique/,
      );
      const all = pageTexts.join(' ');
      expect(all).toContain(lifecycle);
      // One appendix of sources, after everything else.
      expect(all.match(/\bSources\b/g)?.length).toBe(1);
      pageTexts.forEach((text, i) => {
        expect(text, `page ${i + 1}`).toContain(pageOf.replace('{n}', String(i + 1)).replace('{total}', String(pages)));
        // No blank or near-blank page: each holds more than its footer and a few lines.
        expect(text.length, `page ${i + 1} is near-blank`).toBeGreaterThan(400);
      });
      expect(errors, 'console errors or CSP violations').toEqual([]);
      await page.close();
    },
  );

  test('"Download as Word" gives the same briefing as a .docx, the library loaded on that click only', async () => {
    const context = await env.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const errors = await watchErrors(page);
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(`${env.site.origin}/fr/briefings/?s=umucyo,irembo&c=gn`);
    await page.locator('[data-builder-preview][data-ready] [data-country-lifecycle]').waitFor({ timeout: 30_000 });
    const before = scripts.length;
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.getByRole('button', { name: 'Télécharger en Word' }).click(),
    ]);
    expect(scripts.length, 'a script is loaded on the click').toBeGreaterThan(before);
    const path = join(out, 'builder.docx');
    await download.saveAs(path);
    const { value: html } = await mammoth.convertToHtml({ path });
    expect(html).toContain('Note d’information\u202f: Guinée');
    expect(html).toContain('<h1>Umucyo, les marchés publics en ligne</h1>');
    expect(html).toContain('<h1>Irembo, les services publics en ligne</h1>');
    expect(html).toContain('<h2>Chiffres clés</h2>');
    // A figure with its date as French writes it (« en juin 2016 »), never « au » before a month or a year.
    expect(html).toMatch(/\(en [^)]*\d{4}\) \[\d+\]/);
    expect(html).not.toMatch(/\(au (?:[a-zéû]+ )?\d{4}\)/);
    expect(html).toMatch(/<h1>Sources<\/h1><ol><li>.+<a href="https:\/\//);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('one-pagers printed to A4', () => {
  const slugs = readdirSync('content/solutions').sort();
  test.each(['en', 'fr'])(
    'every /%s/ one-pager fits on one page (fails above two)',
    async (lang) => {
      const page = await env.browser.newPage();
      const counts: Record<string, number> = {};
      for (const slug of slugs) {
        await page.goto(`${env.site.origin}/${lang}/briefings/solutions/${slug}/`, { timeout: 20_000 });
        const { pages, text } = await printToPdf(page, `one-pager-${lang}-${slug}`);
        counts[slug] = pages;
        expect(text).not.toMatch(/Not known|Inconnu/);
      }
      // The page count of every one-pager, then those longer than one page.
      console.log(
        `/${lang}/ one-pagers, A4 pages: ${Object.entries(counts)
          .map(([s, p]) => `${s} ${p}`)
          .join(', ')}`,
      );
      const over = Object.entries(counts).filter(([, pages]) => pages > 1);
      console.log(
        `/${lang}/ one-pagers longer than one page: ${over.length === 0 ? 'none' : over.map(([s, p]) => `${s} (${p})`).join(', ')}`,
      );
      expect(
        over.filter(([, pages]) => pages > 2),
        'one-pagers above two pages',
      ).toEqual([]);
      expect(over, 'one-pagers above one page').toEqual([]);
      await page.close();
    },
    300_000,
  );
});

/** Headings of a solution's section: none of them may be the last line of a printed page. */
const SECTION_HEADINGS = {
  en: ['The problem it solved', 'How it works', 'Key figures', 'Sources'],
  fr: ['Le problème résolu', 'Fonctionnement', 'Chiffres clés', 'Sources'],
} as const;

describe('briefings printed to A4: the cover names the country formally, and sections start cleanly', () => {
  test.each([
    ['en', '/en/briefings/gm/', 'Briefing: The Gambia', 'Republic of The Gambia'],
    ['fr', '/fr/briefings/sz/', 'Note d’information : Eswatini', 'Royaume d’Eswatini'],
    ['en', '/en/briefings/?s=umucyo&c=gm', 'Briefing: The Gambia', 'Republic of The Gambia'],
    ['fr', '/fr/briefings/?s=umucyo&c=sz', 'Note d’information : Eswatini', 'Royaume d’Eswatini'],
  ] as const)('%s %s: page 1 gives the official name under the common one', async (_lang, path, title, official) => {
    const page = await env.browser.newPage();
    await page.goto(`${env.site.origin}${path}`);
    if (path.includes('?')) await page.locator('[data-builder-preview][data-ready] [data-country-lifecycle]').waitFor({ timeout: 30_000 });
    const { pageTexts } = await printToPdf(page, `official-${path.replace(/\W+/g, '-')}`);
    const [cover = ''] = pageTexts;
    expect(cover).toContain(`${title} ${official}`);
    // Elsewhere the common short name: the official one is on the cover only.
    expect(pageTexts.slice(1).join(' ')).not.toContain(official);
    await page.close();
  });

  test.each([
    ['en', '/en/briefings/jm/', 'Briefing: Jamaica'],
    ['fr', '/fr/briefings/gn/', 'Note d’information : Guinée'],
    ['en', '/en/briefings/?s=abunzi,gacaca,integrated-electronic-case-management&c=jm', 'Briefing: Jamaica'],
  ] as const)('%s %s: page 1 names the country, at most 6 pages, no page ends on a section heading', async (lang, path, title) => {
    const page = await env.browser.newPage();
    await page.goto(`${env.site.origin}${path}`);
    if (path.includes('?')) await page.locator('[data-builder-preview][data-ready] [data-country-lifecycle]').waitFor({ timeout: 30_000 });
    const { pages, pageTexts } = await printToPdf(page, `sections-${path.replace(/\W+/g, '-')}`);
    console.log(`${path} prints to ${pages} A4 pages`);
    expect(pageTexts[0]).toContain(title);
    expect(pages).toBeLessThanOrEqual(6);
    pageTexts.forEach((text, i) => {
      // The footer ("<title> · <address> · <date>  Page n of N") closes each page's text: what comes before it ends the body.
      const footer = text.lastIndexOf(`${title} · `);
      expect(footer, `page ${i + 1} has its footer`).toBeGreaterThan(-1);
      const body = text.slice(0, footer).trim();
      for (const heading of SECTION_HEADINGS[lang]) expect(body.endsWith(heading), `page ${i + 1} ends on "${heading}"`).toBe(false);
    });
    await page.close();
  });
});

describe('briefings printed to A4 use every page: no page of a few lines of sources at the end', () => {
  const justice = '?s=abunzi,access-to-justice-bureaus,integrated-electronic-case-management&c=jm';
  test.each([
    ['en', `/en/briefings/${justice}`],
    ['fr', `/fr/briefings/${justice}`],
    ['en', '/en/briefings/cv/'],
    ['en', '/en/briefings/jm/'],
    ['en', '/en/briefings/gn/'],
    // Its facts list moved whole to page 4 and left page 3 half empty (a dt's break-after: avoid in a grid).
    ['fr', '/fr/briefings/gn/'],
  ] as const)('%s %s: every page between the cover and the last is full, and the last holds more than a few lines', async (_lang, path) => {
    const page = await env.browser.newPage();
    await page.goto(`${env.site.origin}${path}`);
    if (path.includes('?')) await page.locator('[data-builder-preview][data-ready] [data-country-lifecycle]').waitFor({ timeout: 30_000 });
    const { pages, pageLines } = await printToPdf(page, `full-pages-${path.replace(/\W+/g, '-')}`);
    console.log(`${path}: ${pages} A4 pages of ${pageLines.join(', ')} lines`);
    // A forced page break before the first solution left most of a page blank, and the sources
    // that no longer fitted went on to a last page of their own: 4 lines on Cape Verde's.
    pageLines.slice(1, -1).forEach((lines, i) => expect(lines, `page ${i + 2} is not full`).toBeGreaterThan(30));
    expect(pageLines.at(-1), 'the last page holds only a few lines').toBeGreaterThan(12);
    await page.close();
  });
});

/** The text of a Word file's numbered sources: each item's address, in order. */
async function wordSources(path: string): Promise<string[]> {
  const { value: html } = await mammoth.convertToHtml({ path });
  const list = html.split('<h1>Sources</h1>')[1] ?? '';
  return [...list.matchAll(/<li>[^<]*<a href="([^"]+)"/g)].map((m) => m[1] ?? '');
}

describe('a case study printed on one page', () => {
  test.each([
    ['en', { width: 1280, height: 900 }, 'Print this case study on one page', 'What was adapted', 'Adoption or inspiration?'],
    ['fr', { width: 390, height: 844 }, 'Imprimer cette étude de cas sur une page', 'Ce qui a été adapté', 'Adoption ou inspiration'],
  ] as const)(
    '/%s/ Guinea, from its page: one A4 page naming TELEMO, with its story, what is disputed and its sources, and the address it was opened from',
    async (lang, viewport, link, adapted, disputed) => {
      const context = await env.browser.newContext({ viewport });
      const page = await context.newPage();
      const errors = await watchErrors(page);
      await page.goto(`${env.site.origin}/${lang}/case-studies/guinea-e-procurement/`);
      await page.getByRole('link', { name: link }).click();
      await page.waitForURL(`**/${lang}/briefings/case-studies/guinea-e-procurement/`, { timeout: 20_000 });
      expect((await runAxe(page)).violations.map((v) => v.id)).toEqual([]);
      const { pages, text } = await printToPdf(page, `case-study-gn-${lang}`);
      expect(pages).toBe(1);
      expect(text).toContain('TELEMO');
      expect(text).toContain(adapted);
      expect(text).toContain(disputed);
      // Sources print in two columns, which pdftotext interleaves: their addresses start on a line.
      expect(text).toContain('https://www.newtimes.co.rw/article/');
      // The footer names the address the page was opened from, never the placeholder host.
      expect(text.replace(/\s/g, '').replace(/Page\d+(of|sur)\d+/, '')).toContain(
        `${env.site.origin}/${lang}/briefings/case-studies/guinea-e-procurement/`,
      );
      expect(text).not.toContain('homegrown.example');
      expect(errors, 'console errors or CSP violations').toEqual([]);
      await context.close();
    },
    120_000,
  );
});

describe('the Jamaica briefing built from the three justice solutions', () => {
  const query = '?s=abunzi,access-to-justice-bureaus,integrated-electronic-case-management&c=jm';
  test.each([
    [
      'en',
      { width: 1280, height: 900 },
      ['25 June 2023', '12 November 2025', '37 months', 'US$3 million'],
      'Download as Word',
      /^Briefing: Jamaica, \d{1,2} \p{L}+ \d{4}$/u,
      /^briefing-jamaica-\d{4}-\d{2}-\d{2}\.docx$/,
    ],
    [
      'fr',
      { width: 390, height: 844 },
      ['25 juin 2023', '12 novembre 2025', '37 mois', '3 et 5 millions'],
      'Télécharger en Word',
      /^Note d’information\u202f: Jamaïque, \d{1,2} \p{L}+ \d{4}$/u,
      /^note-information-jamaique-\d{4}-\d{2}-\d{2}\.docx$/,
    ],
  ] as const)(
    '/%s/: the 2023 mission and the 2025 contract, the same facts and sources in the PDF and the Word file, both named after the country and the date',
    async (lang, viewport, facts, word, title, fileName) => {
      const context = await env.browser.newContext({ viewport, acceptDownloads: true });
      const page = await context.newPage();
      const errors = await watchErrors(page);
      await page.goto(`${env.site.origin}/${lang}/briefings/${query}`);
      await page.locator('[data-builder-preview][data-ready] [data-country-lifecycle]').waitFor({ timeout: 30_000 });
      expect(await page.title()).toMatch(title);
      expect((await runAxe(page)).violations.map((v) => v.id)).toEqual([]);
      const appendix = await page
        .locator('[data-builder-preview] [data-source-url]')
        .evaluateAll((items) => items.map((item) => item.getAttribute('data-source-url') ?? ''));
      const { text, links } = await printToPdf(page, `jamaica-${lang}`);
      await page.emulateMedia({ media: 'screen' });
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 60_000 }),
        page.getByRole('button', { name: word }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(fileName);
      const path = join(out, `jamaica-${lang}.docx`);
      await download.saveAs(path);
      const { value: wordText } = await mammoth.extractRawText({ path });
      for (const fact of facts) {
        expect(text, `the PDF says "${fact}"`).toContain(fact);
        expect(wordText.replace(/\s+/g, ' '), `the Word file says "${fact}"`).toContain(fact);
      }
      // One list of sources, the same in the preview, the PDF and the Word file.
      expect(await wordSources(path)).toEqual(appendix);
      expect(appendix.length).toBeGreaterThan(20);
      for (const url of appendix) expect(links, url).toContain(url);
      // Numbered once each, the last number printed.
      expect(text).toContain(`${appendix.length}. `);
      expect(errors, 'console errors or CSP violations').toEqual([]);
      await context.close();
    },
    180_000,
  );

  test("for the country's own solution, the builder's Word file lists the prebuilt jm.docx's sources", async () => {
    const context = await env.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${env.site.origin}/en/briefings/?s=integrated-electronic-case-management&c=jm`);
    await page.locator('[data-builder-preview][data-ready] [data-country-lifecycle]').waitFor({ timeout: 30_000 });
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('button', { name: 'Download as Word' }).click(),
    ]);
    const path = join(out, 'jamaica-own.docx');
    await download.saveAs(path);
    const built = await wordSources(path);
    expect(built.length).toBeGreaterThan(5);
    expect(built).toEqual(await wordSources('dist/en/briefings/jm.docx'));
    await context.close();
  }, 120_000);
});

describe('the builder from the keyboard', () => {
  test('a reorder keeps the focus on the moved item and announces its new place', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${env.site.origin}/en/briefings/?s=abunzi,access-to-justice-bureaus,integrated-electronic-case-management`);
    await page.locator('[data-builder-preview][data-ready]').waitFor({ timeout: 30_000 });
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    const announced = () => page.locator('[data-builder-announce]').textContent();
    await page.getByRole('button', { name: 'Move Abunzi community mediation committees down' }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => new URL(page.url()).searchParams.get('s'), { timeout: 20_000 })
      .toBe('access-to-justice-bureaus,abunzi,integrated-electronic-case-management');
    expect(await focused()).toBe('Move Abunzi community mediation committees down');
    expect(await announced()).toBe('Abunzi community mediation committees: now 2 of 3');
    // Moved to the bottom, its "down" button is disabled: the focus goes to its "up" button.
    await page.keyboard.press('Enter');
    await expect.poll(focused, { timeout: 20_000 }).toBe('Move Abunzi community mediation committees up');
    expect(await announced()).toBe('Abunzi community mediation committees: now 3 of 3');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('s'), { timeout: 20_000 }).toMatch(/^access-to-justice-bureaus,abunzi,/);
    expect(await focused()).toBe('Move Abunzi community mediation committees up');
    await context.close();
  }, 120_000);

  test('the country chooser and the sector filter come before the list of solutions, and the filter narrows it', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${env.site.origin}/en/briefings/`);
    const order = await page
      .locator('[data-builder-form] :is(select, input)')
      .evaluateAll((fields) => fields.map((f) => f.getAttribute('name')));
    expect(order.slice(0, 3)).toEqual(['c', 'sector', 's']);
    await page.getByLabel('Sector', { exact: true }).selectOption('justice');
    const visible = await page
      .locator('[data-builder-form] input[name="s"]:visible')
      .evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));
    expect(visible).toContain('abunzi');
    expect(visible).not.toContain('umucyo');
    await context.close();
  });
});
