import { afterEach, describe, expect, test, vi } from 'vitest';
import { LOCALES } from '#src/config/locales.ts';
import { cataloguePaths, getCatalogue, perLocale } from './catalogue.ts';

vi.mock('astro:content', async () => (await import('./test-catalogue.ts')).mockedAstroContent());

afterEach(() => {
  vi.unstubAllEnvs();
});

// The fake astro:content's own record (vi.resetModules keeps mocked modules, not this one's copies).
const { collectionReads } = await import('./test-catalogue.ts');
/** How many times the solutions were read through `astro:content`. */
const solutionReads = () => collectionReads.filter((name) => name === 'solutions').length;

describe('the catalogue in English', async () => {
  const catalogue = await getCatalogue('en');

  test('each collection is sorted once: solutions by title, case studies by country then title, countries by name, events newest first, terms by term', () => {
    expect(catalogue.solutions.map((s) => s.data.title)).toEqual(['Alpha registry', 'Beta courts', 'Gamma health']);
    expect(catalogue.caseStudies.map((c) => c.slug)).toEqual(['gm-alpha-beta', 'gn-alpha', 'gn-beta', 'ls-alpha']);
    // "The Gambia" is listed under G.
    expect(catalogue.countries.map((c) => c.name)).toEqual(['The Gambia', 'Guinea', 'Lesotho', 'Rwanda']);
    expect(catalogue.events.map((e) => e.slug)).toEqual(['meeting-2024', 'meeting-2023']);
    expect(catalogue.glossary.map((term) => term.term)).toEqual(['Alfa', 'Urukiko']);
  });

  test('titles by slug, solutions and countries by key', () => {
    expect(catalogue.solutionTitles.get('beta')).toBe('Beta courts');
    expect(catalogue.solutionsBySlug.get('gamma')?.data.summary).toBe('A made-up health scheme.');
    expect(catalogue.countriesByCode.get('ls')?.blocs).toEqual(['SADC', 'SACU']);
    expect(catalogue.institutions.get('agency-a')?.name).toBe('Agency A');
  });

  test("each country's solutions, each solution's place and sectors, and the countries of each region", () => {
    expect(catalogue.solutionsByCountry.get('gm')).toEqual(['alpha', 'beta']);
    expect(catalogue.solutionsByCountry.get('rw')).toBeUndefined();
    expect(catalogue.solutionOrder.get('gamma')).toBe(2);
    expect(catalogue.sectorsBySolution.get('beta')).toEqual(['justice', 'governance']);
    const region = catalogue.countriesByCode.get('gn')?.entry.data.region ?? '';
    expect(catalogue.countriesByRegion.get(region)?.map((c) => c.code)).toContain('gn');
  });

  test('case studies by solution and by country, in the catalogue order', () => {
    expect(catalogue.caseStudiesBySolution.get('alpha')?.map((c) => c.slug)).toEqual(['gm-alpha-beta', 'gn-alpha', 'ls-alpha']);
    expect(catalogue.caseStudiesBySolution.get('gamma')).toBeUndefined();
    expect(catalogue.caseStudiesByCountry.get('gn')?.map((c) => c.slug)).toEqual(['gn-alpha', 'gn-beta']);
  });

  test("each country's furthest stage across its case studies; a later discontinuation ends the story", () => {
    expect(Object.fromEntries(catalogue.furthestStage)).toEqual({ gm: 'pilot', gn: 'adopted', ls: 'discontinued' });
    expect(catalogue.takes.get('gn')).toEqual({ country: 'gn', caseStudies: ['gn-alpha', 'gn-beta'], stage: 'adopted' });
    expect(catalogue.takes.has('rw')).toBe(false);
  });

  test('the adopters of each solution, each with how far it went with that solution', () => {
    expect(catalogue.adopters.get('alpha')?.map((t) => [t.country, t.stage])).toEqual([
      ['gm', 'pilot'],
      ['gn', 'adopted'],
      ['ls', 'discontinued'],
    ]);
    // Guinea adopted Alpha, but only visited for Beta.
    expect(catalogue.adopters.get('beta')?.map((t) => [t.country, t.stage])).toEqual([
      ['gm', 'pilot'],
      ['gn', 'study-visit'],
    ]);
    expect([...catalogue.adopters.keys()]).toEqual(['alpha', 'beta']);
  });
});

describe('the catalogue in French', async () => {
  const catalogue = await getCatalogue('fr');

  test('translated text where there is some, English (flagged) where there is none, sorted in French', () => {
    expect(catalogue.solutions.map((s) => [s.data.title, s.textLocale, s.fallback])).toEqual([
      ['Gamma health', 'en', true],
      ['Registre alpha', 'fr', false],
      ['Tribunaux bêta', 'fr', false],
    ]);
    expect(catalogue.solutionsBySlug.get('alpha')).toMatchObject({ meaning: 'premier', stale: true });
    expect(catalogue.solutionTitles.get('beta')).toBe('Tribunaux bêta');
  });

  test('country names in French', () => {
    expect(catalogue.countries.map((c) => c.name)).toEqual(['Gambie', 'Guinée', 'Lesotho', 'Rwanda']);
    expect(catalogue.caseStudies.map((c) => c.countryName)).toEqual(['Gambie', 'Guinée', 'Guinée', 'Lesotho']);
  });
});

describe('building', () => {
  test('astro dev reads the content on each call, so that an edit shows', async () => {
    const before = solutionReads();
    await getCatalogue('en');
    await getCatalogue('en');
    expect(solutionReads() - before).toBe(2);
  });

  test('a build reads each collection once for every language', async () => {
    vi.stubEnv('DEV', false);
    vi.resetModules();
    const before = solutionReads();
    const built = await import('./catalogue.ts');
    const [en, again, fr] = await Promise.all([built.getCatalogue('en'), built.getCatalogue('en'), built.getCatalogue('fr')]);
    expect(again).toBe(en);
    expect(fr.lang).toBe('fr');
    expect(solutionReads() - before).toBe(1);
  });

  test('cataloguePaths: a page per language, with its catalogue', async () => {
    const paths = await cataloguePaths();
    expect(paths.map((path) => [path.params.lang, path.props.catalogue.lang])).toEqual([
      ['en', 'en'],
      ['fr', 'fr'],
    ]);
  });

  test("perLocale joins a route's paths of every language, each from its language's catalogue", async () => {
    expect(LOCALES).toEqual(['en', 'fr']);
    const paths = await perLocale((catalogue) => catalogue.solutions.map((s) => `${catalogue.lang}/${s.slug}`));
    expect(paths).toEqual(['en/alpha', 'en/beta', 'en/gamma', 'fr/gamma', 'fr/alpha', 'fr/beta']);
  });
});
