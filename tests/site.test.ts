/** What a visitor gets from the built site in dist/ (built once by tests/setup/build-site.ts). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../src/checks/content-check.ts';
import { LOCALES } from '../src/config/locales.ts';

const DIST = 'dist';
const page = (path: string): HTMLElement => parse(readFileSync(join(DIST, path, 'index.html'), 'utf8'));

async function contentIds(): Promise<Record<string, string[]>> {
  const { counts } = await checkContent('.');
  expect(counts['solutions']).toBeGreaterThan(0);
  const { readdirSync } = await import('node:fs');
  const folders = (dir: string) =>
    readdirSync(join('content', dir), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
  const yamlIds = async (file: string) => {
    const { parse: parseYaml } = await import('yaml');
    return (parseYaml(readFileSync(join('content', file), 'utf8')) as { id: string }[]).map((item) => item.id);
  };
  return {
    solutions: folders('solutions'),
    'case-studies': folders('case-studies'),
    events: folders('events'),
    countries: await yamlIds('countries.yaml'),
  };
}

describe('the route contract', async () => {
  const ids = await contentIds();
  const routes = [
    '',
    'solutions',
    'case-studies',
    'countries',
    'events',
    'glossary',
    'about',
    'search',
    'data',
    'briefings',
    ...ids.solutions!.map((slug) => `solutions/${slug}`),
    ...ids['case-studies']!.map((slug) => `case-studies/${slug}`),
    ...ids.events!.map((slug) => `events/${slug}`),
    ...ids.countries!.map((code) => `countries/${code}`),
    ...ids.countries!.map((code) => `briefings/${code}`),
    ...ids.solutions!.map((slug) => `briefings/solutions/${slug}`),
  ];

  test.each(LOCALES.flatMap((lang) => routes.map((route) => [lang, route] as const)))(
    '/%s/%s/ exists, in its language, with one h1, a title and alternates',
    (lang, route) => {
      const path = `${lang}/${route}`;
      expect(existsSync(join(DIST, path, 'index.html')), `${path} missing`).toBe(true);
      const html = page(path);
      expect(html.querySelector('html')?.getAttribute('lang')).toBe(lang);
      expect(html.querySelectorAll('h1')).toHaveLength(1);
      expect(html.querySelector('title')?.text.trim()).not.toBe('');
      expect(html.querySelector('meta[name="description"]')?.getAttribute('content')).toBeTruthy();
      for (const other of LOCALES) {
        const alternate = html.querySelector(`link[rel="alternate"][hreflang="${other}"]`)?.getAttribute('href');
        expect(alternate).toMatch(new RegExp(`/${other}/${route}${route ? '/' : ''}$`));
      }
      const switchLink = html
        .querySelectorAll('a[hreflang]')
        .find((a) => a.getAttribute('hreflang') !== lang && a.getAttribute('href')?.startsWith('/'));
      const target = switchLink?.getAttribute('href') ?? '';
      expect(target).toBe(`/${LOCALES.find((l) => l !== lang)}/${route}${route ? '/' : ''}`);
      expect(existsSync(join(DIST, target, 'index.html'))).toBe(true);
    },
  );

  test.each(LOCALES.flatMap((lang) => routes.map((route) => [lang, route] as const)))(
    '/%s/%s/ links only to pages in its own language',
    (lang, route) => {
      const internal = page(`${lang}/${route}`)
        .querySelectorAll('a[href^="/"]')
        .filter((a) => a.getAttribute('hreflang') === null)
        .map((a) => a.getAttribute('href') ?? '');
      for (const href of internal)
        expect(href.startsWith(`/${lang}/`) || href.startsWith('/data/'), `${href} on /${lang}/${route}/`).toBe(true);
    },
  );
});

test('the root page offers both languages without JavaScript and picks one with a module script', () => {
  const html = parse(readFileSync(join(DIST, 'index.html'), 'utf8'));
  expect(html.querySelector('meta[http-equiv="refresh"]')).toBeNull();
  expect(html.querySelector('a[href="/en/"]')).not.toBeNull();
  expect(html.querySelector('a[href="/fr/"]')).not.toBeNull();
  expect(html.querySelectorAll('script[type="module"][src]').length).toBe(1);
  expect(html.querySelectorAll('script:not([src])').length).toBe(0);
});

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
  const { LinkChecker } = await import('linkinator');
  const checker = new LinkChecker();
  const result = await checker.check({ path: DIST, recurse: true, linksToSkip: ['^https?://(?!localhost)'], checkFragments: true });
  const broken = result.links.filter((link) => link.state === 'BROKEN').map((link) => `${link.url} (on ${link.parent})`);
  expect(broken).toEqual([]);
  expect(result.links.length).toBeGreaterThan(50);
});
