/** Issue 18 (visits, who else, order, typography) as a visitor gets it from dist/. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { LOCALES } from '#src/config/locales.ts';
import { sortKey } from '#src/lib/collate.ts';

const DIST = 'dist';
const page = (path: string): HTMLElement => parse(readFileSync(join(DIST, path, 'index.html'), 'utf8'));
const folders = (dir: string) =>
  readdirSync(join(DIST, dir), { withFileTypes: true })
    .filter(
      (entry) =>
        entry.isDirectory() &&
        entry.name !== 'page' &&
        // `/en/solutions/2/` is the second page of the list (more than PAGE_SIZE entries), not an entry
        !/^\d+$/.test(entry.name) &&
        !['sector', 'sdg', 'status', 'country', 'region', 'bloc', 'language'].includes(entry.name),
    )
    .map((entry) => `${dir}/${entry.name}`);
const detailPages = LOCALES.flatMap((lang) => [
  ...folders(`${lang}/solutions`),
  ...folders(`${lang}/case-studies`),
  ...folders(`${lang}/countries`),
  `${lang}/about`,
]);

describe('arrange a study visit', () => {
  test.each(detailPages)('%s has the visit block, linking the request page; the footer links the contact setting', (path) => {
    const html = page(path);
    const lang = path.split('/')[0];
    const block = html.querySelector('section[data-visit]');
    expect(block, path).not.toBeNull();
    expect(block?.querySelector('h2')?.text.trim()).toBe(path.startsWith('fr/') ? 'Organiser une visite d’étude' : 'Arrange a study visit');
    expect(block?.querySelector('a[href*="/visit/"]')?.getAttribute('href')).toMatch(new RegExp(`^/${lang}/visit/`));
    expect(html.querySelector('footer [data-visit] a[href="https://cooperation.rw/"]'), path).not.toBeNull();
    expect(html.querySelector(`header nav a[href="/${lang}/visit/"]`), path).not.toBeNull();
  });

  test.each([
    ['en/solutions/umucyo', '/en/visit/?s=umucyo'],
    ['fr/case-studies/guinea-e-procurement', '/fr/visit/?c=gn&s=umucyo'],
    ['en/countries/gn', '/en/visit/?c=gn'],
  ])('%s preselects its country and solutions on the request page', (path, href) => {
    expect(page(path).querySelector('section[data-visit] a[href*="/visit/"]')?.getAttribute('href')).toBe(href);
  });

  test('no page writes to the old placeholder address', () => {
    const html = LOCALES.map((lang) => readFileSync(join(DIST, lang, 'briefings/index.html'), 'utf8')).join('');
    expect(html.match(/[\w.]+@homegrown\.example/g)).toBeNull();
  });

  test.each(LOCALES)('About (%s) names the publisher and how content is sourced', (lang) => {
    const text = page(`${lang}/about`).querySelector('#publisher')?.parentNode?.text ?? '';
    expect(text).toContain(lang === 'en' ? 'Homegrown is published by' : 'Homegrown est publié par');
    expect(text).toContain(lang === 'en' ? 'pull requests' : 'demandes de fusion');
  });
});

describe('who else did this', () => {
  test.each(LOCALES)('a %s case study lists the other countries of its solution and of its region, with stages', (lang) => {
    const html = page(`${lang}/case-studies/namibia-isange`);
    const groups = html.querySelectorAll('section[data-who-else]');
    const headings = groups.map((group) => group.querySelector('h2')?.text.trim() ?? '');
    expect(headings[0]).toMatch(lang === 'en' ? /^Other countries that studied or took up / : /^Autres pays qui ont étudié ou repris /);
    expect(headings.some((h) => (lang === 'en' ? h.startsWith('Also in ') : h.startsWith('Autres pays de la région')))).toBe(true);
    for (const group of groups) {
      const items = group.querySelectorAll('li');
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) {
        expect(item.querySelector('a')?.getAttribute('href')).toMatch(new RegExp(`^/${lang}/(case-studies|countries)/`));
        expect(item.querySelector('span')?.text).toMatch(/ · \S/);
      }
    }
  });

  test('a country page links its region, blocs and languages to "countries like mine"', () => {
    const links = page('en/countries/gn')
      .querySelectorAll('dl a')
      .map((a) => a.getAttribute('href') ?? '');
    expect(links).toContain('/en/countries/region/west-africa/');
    expect(links.some((href) => href.startsWith('/en/countries/bloc/'))).toBe(true);
    expect(links).toContain('/en/countries/language/fr/');
  });

  test('a region table says what each country studied and how far it went', () => {
    const rows = page('fr/countries/region/west-africa').querySelectorAll('tbody tr');
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) expect(row.querySelectorAll('td ul li a').length).toBeGreaterThan(0);
  });

  test('solution cards show "countries that studied it" only above zero', () => {
    for (const lang of LOCALES) {
      const text = page(`${lang}/solutions`).text;
      expect(text).not.toMatch(/(Countries that studied or adopted it|Pays qui l’ont étudiée ou adoptée)\s*\u202f?:\s*0\b/);
    }
  });
});

describe('order, names and typography', () => {
  test('the French list of solutions ignores leading articles', () => {
    const titles = page('fr/solutions')
      .querySelectorAll('main ul > li h2 a')
      .map((a) => a.text.trim());
    expect(titles.length).toBeGreaterThan(5);
    const keys = titles.map((title) => sortKey(title, 'fr'));
    const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
    expect(keys).toEqual([...keys].sort(collator.compare));
    const gacaca = titles.findIndex((title) => /Gacaca/.test(title));
    if (gacaca >= 0 && /^Les? /.test(titles[gacaca] ?? '')) expect(sortKey(titles[gacaca] ?? '', 'fr').startsWith('j')).toBe(true);
  });

  test('countries are shown and sorted by their short names', () => {
    const names = page('en/countries')
      .querySelectorAll('#countries-table tbody th a')
      .map((a) => a.text.trim());
    expect(names).toContain('Eswatini');
    expect(names).toContain('The Gambia');
    const gambia = names.indexOf('The Gambia');
    expect(names[gambia - 1]?.localeCompare('Gambia')).toBeLessThan(0);
    expect(page('fr/countries/sz').querySelector('h1')?.text.trim()).toBe('Eswatini');
  });

  test.each(LOCALES)('event pages (%s) never glue a date to "Source"', (lang) => {
    for (const path of folders(`${lang}/events`)) {
      const text = page(path).querySelector('main')?.text.replace(/\s+/g, ' ') ?? '';
      expect(text, path).not.toMatch(/\d(Source|source)/);
    }
  });

  test('text uses typographic apostrophes and French spacing', () => {
    // Kinyarwanda names (lang="rw") are written as their sources write them.
    const straight = (html: HTMLElement) => {
      for (const element of html.querySelectorAll('[lang="rw"]')) element.remove();
      return html.querySelector('body')?.text.match(/\S*\p{L}'\p{L}\S*/gu) ?? [];
    };
    expect(straight(page('fr/solutions'))).toEqual([]);
    expect(straight(page('en/countries/sz'))).toEqual([]);
    expect(page('fr/about').querySelector('main')?.text).toContain('\u202f:');
  });

  test('the 404 page carries French, and a French page to show in its place under /fr/', () => {
    const html = parse(readFileSync(join(DIST, '404.html'), 'utf8'));
    expect(html.querySelector('[data-not-found="fr"]')?.getAttribute('lang')).toBe('fr');
    expect(html.querySelector('[data-not-found="fr"]')?.text).toContain('Page introuvable');
    expect(html.querySelectorAll('script[type="module"]').length).toBeGreaterThan(0);
    const french = page('fr/not-found');
    expect(french.querySelector('html')?.getAttribute('lang')).toBe('fr');
    expect(french.querySelector('title')?.text).toBe('Page introuvable | Homegrown');
    expect(french.querySelector('h1')?.text.trim()).toBe('Page introuvable');
    expect(french.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });
});
