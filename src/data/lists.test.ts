/** The lists built from the catalogue: solution cards and facets, the feed, the search page's names and filters. */
import { describe, expect, test, vi } from 'vitest';
import { getCatalogue } from './catalogue.ts';
import { feedItems } from './feed.ts';
import { COORDINATING_INSTITUTION } from './institutions.ts';
import { dataFileDocs } from './open-data-catalogue.ts';
import { getSearchFilters } from './search-filters.ts';
import { getAtoZ, getNameVocabulary, getRankedPages } from './search-names.ts';
import { cardsWith, facetsOf, getSolutionCards } from './solution-cards.ts';

vi.mock('astro:content', async () => (await import('./test-catalogue.ts')).mockedAstroContent());

const en = await getCatalogue('en');
const fr = await getCatalogue('fr');

describe('solution cards', () => {
  const cards = getSolutionCards(en);

  test('each solution with the countries that took it up, counted once each', () => {
    expect(cards.map((card) => [card.slug, card.countryCount, card.facets.country])).toEqual([
      ['alpha', 3, ['gm', 'gn', 'ls']],
      ['beta', 2, ['gm', 'gn']],
      ['gamma', 0, []],
    ]);
  });

  test('facets count their solutions and link their pages; a value selects its cards', () => {
    const sector = facetsOf(cards, 'en').find((facet) => facet.kind === 'sector');
    expect(sector?.values.find((value) => value.value === 'justice')).toMatchObject({ count: 2, href: '/en/solutions/sector/justice/' });
    expect(cardsWith(cards, 'country', 'ls').map((card) => card.slug)).toEqual(['alpha']);
    const countries = facetsOf(getSolutionCards(fr), 'fr').find((facet) => facet.kind === 'country');
    expect(countries?.values.map((value) => value.label)).toContain('Guinée');
  });
});

test("the coordinating institution's figures are labelled in the reader's language", () => {
  expect(fr.institutions.get(COORDINATING_INSTITUTION)?.figures.map((figure) => figure.label)).toEqual(['Délégations reçues']);
});

test('the data page documents every open-data file, each column defined in English and French', () => {
  const docs = dataFileDocs();
  expect(docs.map((doc) => doc.file)).toEqual([
    'solutions.csv',
    'case-studies.csv',
    'countries.csv',
    'figures.csv',
    'what-it-took.csv',
    'adopter-durations.csv',
    'solutions.json',
    'case-studies.json',
    'countries.json',
    'institutions.json',
    'glossary.json',
    'adoptions.geojson',
    'dictionary.csv',
    'dictionary.json',
  ]);
  const names = docs.find((doc) => doc.path === '/data/solutions.json')?.columns.map((column) => column.name);
  expect(names).toEqual(expect.arrayContaining(['formatVersion', 'items[].slug', 'items[].title', 'items[].sources']));
  expect(docs.find((doc) => doc.format === 'GeoJSON')?.schema).toBeUndefined();
  for (const column of docs.flatMap((doc) => doc.columns)) {
    expect(column.en.length, column.name).toBeGreaterThan(5);
    expect(column.fr.length, column.name).toBeGreaterThan(5);
    expect(column.fr, column.name).not.toBe(column.en);
  }
});

describe('the feed', () => {
  test('solutions, case studies and events, last reviewed first', () => {
    const items = feedItems(en);
    expect(items).toHaveLength(3 + 4 + 2);
    expect(items[0]).toMatchObject({ title: 'Alpha registry', link: '/en/solutions/alpha/', categories: ['Solution'] });
    const dates = items.map((item) => item.pubDate.getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  test('a summary with markup goes into the description as text: a feed reader shows it and loads nothing', () => {
    const hostile = '<img src=https://evil.example/pixel.png> & "more"';
    const alpha = en.solutions[0];
    if (!alpha) throw new Error('the test catalogue has solutions');
    const catalogue = { ...en, solutions: [{ ...alpha, data: { ...alpha.data, summary: hostile } }], caseStudies: [], events: [] };
    const [item] = feedItems(catalogue);
    expect(item?.description).toBe('&lt;img src=https://evil.example/pixel.png&gt; &amp; &quot;more&quot;');
  });
});

describe("the search page's names and filters", () => {
  test('the A to Z lists every solution, case study and country, by label', () => {
    const labels = getAtoZ(en).map((entry) => entry.label);
    expect(labels).toHaveLength(3 + 4 + 4);
    expect(labels.slice(0, 3)).toEqual(['Alpha and Beta in The Gambia', 'Alpha in Guinea', 'Alpha in Lesotho']);
  });

  test('"Did you mean" knows titles, Kinyarwanda names, terms and country names', () => {
    expect(getNameVocabulary(fr)).toEqual(expect.arrayContaining(['Registre', 'Alfa', 'Urukiko', 'Guinée']));
  });

  test("the ranked pages give a solution's Kinyarwanda name beside its title", () => {
    expect(getRankedPages(en)[0]).toEqual({
      url: '/en/solutions/alpha/',
      title: 'Alpha registry (Alfa)',
      summary: 'A made-up registry.',
      type: 'Solution',
    });
  });

  test('filters offer the values the catalogue holds', () => {
    const filters = Object.fromEntries(getSearchFilters(en).map((group) => [group.key, group.options.map((option) => option.value)]));
    expect(filters['sdg']).toEqual(['5', '16']);
    expect(filters['country']).toEqual(['gm', 'gn', 'ls', 'rw']);
    expect(filters['region']).toEqual(['east-africa', 'southern-africa', 'west-africa']);
  });
});
