import { describe, expect, test } from 'vitest';
import { buildProfile, formatProfile, integrationOf, routeKind, routeTimings } from './profile.ts';

// As Astro writes it: lines written in the same tick run together without a time.
const LOG = [
  ' generating static routes ',
  '21:57:38   ├─ /404.html21:57:38   ├─ /data/adoptions.geojson21:57:38   ├─ /data/dictionary.json (+786ms) ',
  '21:57:40   ├─ /maps/en/solutions/umucyo.svg (+64ms) ',
  '21:57:41   ├─ /og/en/solutions/umucyo.png (+350ms) ',
  '21:57:41   ├─ /og/fr/case-studies/guinea.png (+1.25s) ',
  '21:57:42   ├─ /en/briefings/gn.docx (+200ms) ',
  '21:57:42   ├─ /en/solutions/umucyo/index.html (+10ms) ',
  '21:57:42   ├─ /fr/solutions/abunzi/index.html (+30ms) ',
  '21:57:42   ├─ /fr/solutions/sector/health/2/index.html (+5ms) ',
  '21:57:42   ├─ /en/about/index.html (+7ms) ',
].join('\n');

describe('the build profile', () => {
  test('reads each timed route of the log, in ms', () => {
    expect(routeTimings(LOG)).toHaveLength(9);
    expect(routeTimings(LOG)).toContainEqual({ path: '/og/fr/case-studies/guinea.png', ms: 1250 });
  });

  test('names the route a path comes from', () => {
    expect(routeKind('/fr/solutions/abunzi/index.html')).toBe('/[lang]/solutions/[slug]/');
    expect(routeKind('/fr/solutions/sector/health/2/index.html')).toBe('/[lang]/solutions/[kind]/[value]/[...page]/');
    expect(routeKind('/en/solutions/2/index.html')).toBe('/[lang]/solutions/[...page]/');
    expect(routeKind('/en/briefings/solutions/umucyo.docx')).toBe('/[lang]/briefings/solutions/[slug].docx');
    expect(routeKind('/en/about/index.html')).toBe('/[lang]/about/');
  });

  test('sorts paths into the parts of the site', () => {
    expect(
      ['/og/en/solutions/x.png', '/en/briefings/gn.docx', '/maps/world.svg', '/en/search/pages.json', '/en/index.html', '/data/x.csv'].map(
        integrationOf,
      ),
    ).toEqual(['social images', 'Word files', 'maps', 'search data', 'pages', 'open data']);
  });

  test('sums time by route kind and by part, the slowest first, with the search index pass', () => {
    const { byRoute, byIntegration } = buildProfile(LOG, 2.5);
    expect(byRoute[0]).toEqual({ name: '/og/[lang]/[kind]/[slug].png', routes: 2, ms: 1600, perRoute: 800 });
    expect(byRoute.find((row) => row.name === '/[lang]/solutions/[slug]/')).toEqual({
      name: '/[lang]/solutions/[slug]/',
      routes: 2,
      ms: 40,
      perRoute: 20,
    });
    expect(byIntegration.map((row) => row.name)).toEqual([
      'search index (Pagefind)',
      'social images',
      'open data',
      'Word files',
      'maps',
      'pages',
    ]);
    expect(formatProfile({ byRoute, byIntegration })).toMatch(/^social images \| 2 \| 1\.6 \| 800\.0 \| \d+ %$/m);
  });
});
