/**
 * The route contract of a built site, shared by tests/site/site.test.ts (dist/) and
 * tests/build/extra-locale.test.ts (a build with a test-only locale): every page exists in every
 * language, in that language, with one h1, a title, a description and alternates, and links only
 * to pages in its own language. The printed views of an entry (a solution's one-pager, a case
 * study's print page) exist only in the languages it is written in: elsewhere the language switch
 * opens the entry's own page, and no alternate names the missing page.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { checkContent } from '#src/checks/content-check.ts';
import { DEFAULT_LOCALE } from '#src/config/locales.ts';
import { aToZPageCount } from '#src/lib/a-to-z.ts';

interface ContentIds {
  solutions: string[];
  'case-studies': string[];
  events: string[];
  countries: string[];
}

async function contentIds(root: string): Promise<ContentIds> {
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

/** An entry written in `lang`: the canonical language, or one it has a translation file in. */
const writtenIn = (root: string, folder: string, slug: string, lang: string | undefined): boolean =>
  lang === undefined || lang === DEFAULT_LOCALE || existsSync(join(root, 'content', folder, slug, `${lang}.mdx`));

function routesOf(ids: ContentIds, root: string, lang?: string): string[] {
  // The A to Z pages list every solution, case study and country, a fixed number to a page.
  const aToZPages = aToZPageCount(ids.solutions.length + ids['case-studies'].length + ids.countries.length);
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
    ...ids['solutions'].map((slug) => `solutions/${slug}`),
    ...ids['case-studies'].map((slug) => `case-studies/${slug}`),
    ...ids['events'].map((slug) => `events/${slug}`),
    ...ids['countries'].map((code) => `countries/${code}`),
    ...ids['countries'].map((code) => `briefings/${code}`),
    ...ids['solutions'].filter((slug) => writtenIn(root, 'solutions', slug, lang)).map((slug) => `briefings/solutions/${slug}`),
    ...ids['case-studies'].filter((slug) => writtenIn(root, 'case-studies', slug, lang)).map((slug) => `briefings/case-studies/${slug}`),
  ];
}

/**
 * Every route of the site built from `<root>/content`, relative to a language's home: '',
 * 'solutions', 'solutions/umucyo'...; with `lang`, only those that exist in that language.
 */
export async function siteRoutes(root = '.', lang?: string): Promise<string[]> {
  return routesOf(await contentIds(root), root, lang);
}

/** The page a language switch opens for a printed view missing in another language: the entry's own page. */
const entryPageOf = (route: string): string => route.replace(/^briefings\/(solutions|case-studies)\//, '$1/');

/**
 * Declares the route-contract tests over the site built in `dist` in `locales` (the canonical one
 * first) from the catalogue under `root` (the project's own by default).
 */
export function routeContract(dist: string, locales: readonly string[], root = '.'): void {
  const page = (path: string): HTMLElement => parse(readFileSync(join(dist, path, 'index.html'), 'utf8'));

  describe('the route contract', async () => {
    const ids = await contentIds(root);
    const routesIn = new Map(locales.map((lang) => [lang, routesOf(ids, root, lang)]));
    const everyRoute = locales.flatMap((lang) => (routesIn.get(lang) ?? []).map((route) => [lang, route] as const));

    test('a printed view exists only in the languages its entry is written in', () => {
      for (const lang of locales) {
        for (const route of routesOf(ids, root).filter((r) => r.startsWith('briefings/') && r.split('/').length === 3)) {
          expect(existsSync(join(dist, lang, route, 'index.html')), `/${lang}/${route}/`).toBe(routesIn.get(lang)?.includes(route));
          if (route.startsWith('briefings/solutions/'))
            expect(existsSync(join(dist, lang, `${route}.docx`)), `/${lang}/${route}.docx`).toBe(routesIn.get(lang)?.includes(route));
        }
      }
    });

    test.each(everyRoute)('/%s/%s/ exists, in its language, with one h1, a title and alternates', (lang, route) => {
      const path = `${lang}/${route}`;
      expect(existsSync(join(dist, path, 'index.html')), `${path} missing`).toBe(true);
      const html = page(path);
      expect(html.querySelector('html')?.getAttribute('lang')).toBe(lang);
      expect(html.querySelectorAll('h1')).toHaveLength(1);
      expect(html.querySelector('title')?.text.trim()).not.toBe('');
      expect(html.querySelector('meta[name="description"]')?.getAttribute('content')).toBeTruthy();
      for (const other of locales) {
        const alternate = html.querySelector(`link[rel="alternate"][hreflang="${other}"]`)?.getAttribute('href');
        if (routesIn.get(other)?.includes(route)) expect(alternate).toMatch(new RegExp(`/${other}/${route}${route ? '/' : ''}$`));
        else expect(alternate).toBeUndefined();
      }
      const switchLink = html
        .querySelectorAll('a[hreflang]')
        .find((a) => a.getAttribute('hreflang') !== lang && a.getAttribute('href')?.startsWith('/'));
      const target = switchLink?.getAttribute('href') ?? '';
      const other = locales.find((l) => l !== lang) ?? '';
      const counterpart = routesIn.get(other)?.includes(route) ? route : entryPageOf(route);
      expect(target).toBe(`/${other}/${counterpart}${counterpart ? '/' : ''}`);
      expect(existsSync(join(dist, target, 'index.html'))).toBe(true);
    });

    test.each(everyRoute)('/%s/%s/ links only to pages in its own language', (lang, route) => {
      // Links to another language carry hreflang (a printed view of an entry not yet translated) (node-html-parser gives undefined, not null, for
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
    });
  });
}
