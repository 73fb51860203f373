/**
 * The route contract of a built site, shared by tests/site/site.test.ts (dist/) and
 * tests/build/extra-locale.test.ts (a build with a test-only locale): every page exists in every
 * language, in that language, with one h1, a title, a description and alternates, and links only
 * to pages in its own language.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { checkContent } from '#src/checks/content-check.ts';
import { aToZPageCount } from '#src/lib/a-to-z.ts';

async function contentIds(root: string): Promise<Record<string, string[]>> {
  const { counts } = await checkContent(root);
  expect(counts['solutions']).toBeGreaterThan(0);
  const folders = (dir: string) =>
    readdirSync(join(root, 'content', dir), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
  const dataIds = (dir: string) =>
    readdirSync(join(root, 'content', dir))
      .filter((file) => file.endsWith('.yaml'))
      .map((file) => file.slice(0, -'.yaml'.length));
  return {
    solutions: folders('solutions'),
    'case-studies': folders('case-studies'),
    events: folders('events'),
    countries: dataIds('countries'),
  };
}

/** Every route of the site built from `<root>/content`, relative to a language's home: '', 'solutions', 'solutions/umucyo'... */
export async function siteRoutes(root = '.'): Promise<string[]> {
  const ids = await contentIds(root);
  // The A to Z pages list every solution, case study and country, a fixed number to a page.
  const aToZPages = aToZPageCount(ids['solutions']!.length + ids['case-studies']!.length + ids['countries']!.length);
  return [
    '',
    'solutions',
    'case-studies',
    'countries',
    'events',
    'glossary',
    'about',
    'search',
    'search/a-z',
    ...Array.from({ length: aToZPages - 1 }, (_, i) => `search/a-z/${i + 2}`),
    'data',
    'briefings',
    'visit',
    'compare',
    'stages',
    ...ids['solutions']!.map((slug) => `solutions/${slug}`),
    ...ids['case-studies']!.map((slug) => `case-studies/${slug}`),
    ...ids['events']!.map((slug) => `events/${slug}`),
    ...ids['countries']!.map((code) => `countries/${code}`),
    ...ids['countries']!.map((code) => `briefings/${code}`),
    ...ids['solutions']!.map((slug) => `briefings/solutions/${slug}`),
    ...ids['case-studies']!.map((slug) => `briefings/case-studies/${slug}`),
  ];
}

/**
 * Declares the route-contract tests over the site built in `dist` in `locales` (the canonical one
 * first) from the catalogue under `root` (the project's own by default).
 */
export function routeContract(dist: string, locales: readonly string[], root = '.'): void {
  const page = (path: string): HTMLElement => parse(readFileSync(join(dist, path, 'index.html'), 'utf8'));

  describe('the route contract', async () => {
    const routes = await siteRoutes(root);

    test.each(locales.flatMap((lang) => routes.map((route) => [lang, route] as const)))(
      '/%s/%s/ exists, in its language, with one h1, a title and alternates',
      (lang, route) => {
        const path = `${lang}/${route}`;
        expect(existsSync(join(dist, path, 'index.html')), `${path} missing`).toBe(true);
        const html = page(path);
        expect(html.querySelector('html')?.getAttribute('lang')).toBe(lang);
        expect(html.querySelectorAll('h1')).toHaveLength(1);
        expect(html.querySelector('title')?.text.trim()).not.toBe('');
        expect(html.querySelector('meta[name="description"]')?.getAttribute('content')).toBeTruthy();
        for (const other of locales) {
          const alternate = html.querySelector(`link[rel="alternate"][hreflang="${other}"]`)?.getAttribute('href');
          expect(alternate).toMatch(new RegExp(`/${other}/${route}${route ? '/' : ''}$`));
        }
        const switchLink = html
          .querySelectorAll('a[hreflang]')
          .find((a) => a.getAttribute('hreflang') !== lang && a.getAttribute('href')?.startsWith('/'));
        const target = switchLink?.getAttribute('href') ?? '';
        expect(target).toBe(`/${locales.find((l) => l !== lang)}/${route}${route ? '/' : ''}`);
        expect(existsSync(join(dist, target, 'index.html'))).toBe(true);
      },
    );

    test.each(locales.flatMap((lang) => routes.map((route) => [lang, route] as const)))(
      '/%s/%s/ links only to pages in its own language',
      (lang, route) => {
        // Links to another language carry hreflang (node-html-parser gives undefined, not null, for
        // a missing attribute); the open data and the sitemap belong to no language.
        const internal = page(`${lang}/${route}`)
          .querySelectorAll('a[href^="/"]')
          .filter((a) => !a.hasAttribute('hreflang'))
          .map((a) => a.getAttribute('href') ?? '');
        expect(internal.length, `links on /${lang}/${route}/`).toBeGreaterThan(0);
        const elsewhere = internal.filter(
          (href) => !href.startsWith(`/${lang}/`) && !href.startsWith('/data/') && href !== '/sitemap-index.xml',
        );
        expect(elsewhere).toEqual([]);
      },
    );
  });
}
