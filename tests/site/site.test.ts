/** What a visitor gets from the built site in dist/ (built once by tests/setup/build-site.ts). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { expect, test } from 'vitest';
import { LOCALES } from '#src/config/locales.ts';
import { ROOT_SCRIPT, ROOT_SCRIPT_HASH } from '#src/lib/csp.ts';
import { crawlLinks } from '../setup/links.ts';
import { routeContract } from '../setup/route-contract.ts';

const DIST = 'dist';
const page = (path: string): HTMLElement => parse(readFileSync(join(DIST, path, 'index.html'), 'utf8'));

routeContract(DIST, LOCALES);

test('the root page offers both languages without JavaScript and picks one first with its hashed script, then a module script', () => {
  const html = parse(readFileSync(join(DIST, 'index.html'), 'utf8'));
  expect(html.querySelector('meta[http-equiv="refresh"]')).toBeNull();
  expect(html.querySelector('a[href="/en/"]')).not.toBeNull();
  expect(html.querySelector('a[href="/fr/"]')).not.toBeNull();
  expect(html.querySelectorAll('script[type="module"][src]').length).toBe(1);
  // One inline script, the constant of src/lib/csp.ts, first in <body> (after the policy's <meta>) and listed by its hash.
  const inline = html.querySelectorAll('script:not([src])');
  expect(inline.map((script) => script.text)).toEqual([ROOT_SCRIPT]);
  expect(html.querySelector('body')?.firstElementChild?.tagName).toBe('SCRIPT');
  expect(html.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content')).toContain(`'${ROOT_SCRIPT_HASH}'`);
});

test.each(['en/index.html', 'fr/solutions/umucyo/index.html', 'en/search/index.html'])(
  "%s runs no inline script, and its policy allows none: the root script's hash is on / only",
  (file) => {
    const html = parse(readFileSync(join(DIST, file), 'utf8'));
    expect(html.querySelectorAll('script:not([src])')).toHaveLength(0);
    expect(html.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content')).not.toContain(ROOT_SCRIPT_HASH);
  },
);

test('a French solution page shows French text and French dates, and facts from the English entry', () => {
  const html = page('fr/solutions/umucyo');
  expect(html.querySelector('h1')?.text).toBe('Umucyo, les marchés publics en ligne');
  expect(html.text).toContain('Soumissionnaires inscrits');
  expect(html.text).toContain('juillet 2016');
  expect(html.text.replace(/\s/g, ' ')).toContain('3 493');
  expect(html.querySelector('#source-maps-rwanda a')?.getAttribute('href')).toBe(
    'https://www.mapsinitiative.org/assessments/country-cases/rwanda',
  );
});

test.each([
  ['en', '(external site)'],
  ['fr', '(site externe)'],
] as const)('a link to another site in a %s entry body says so to screen readers', (lang, suffix) => {
  const link = page(`${lang}/case-studies/guinea-e-procurement`).querySelector('article .prose a[href="https://telemo.gov.gn/"]');
  expect(link?.getAttribute('rel')).toBe('external');
  expect(link?.querySelector('.sr-only')?.text.trim()).toBe(suffix);
});

test('internal links and fragment anchors in dist/ resolve', async () => {
  const { links, broken } = await crawlLinks(DIST);
  expect(broken).toEqual([]);
  expect(links.length).toBeGreaterThan(50);
}, 600_000);

test.each([
  ['en', 'environment', 'Environment', 'plastic-bag-ban'],
  ['fr', 'environment', 'Environnement', 'plastic-bag-ban'],
  ['en', 'education', 'Education', 'basic-education'],
  ['fr', 'education', 'Éducation', 'basic-education'],
] as const)('the %s filter page of the %s sector exists, named "%s" and listing %s', (lang, sector, label, slug) => {
  const html = page(`${lang}/solutions/sector/${sector}`);
  expect(html.querySelector('h1')?.text).toContain(label);
  expect(html.querySelector(`a[href="/${lang}/solutions/${slug}/"]`)).not.toBeNull();
  const facts = page(`${lang}/solutions/${slug}`)
    .querySelectorAll('dd')
    .map((dd) => dd.text.trim());
  expect(facts).toContain(label);
});
