import { describe, expect, test, vi } from 'vitest';
import { DATA_FILES, type DataFileName } from '#src/schemas/open-data.ts';
import { getCatalogue } from './catalogue.ts';
import { adoptionsGeoJson } from './geo.ts';
import { baseMap, countriesMap, countryLinkShapes, takesMap } from './maps.ts';
import { caseStudyRecords, dataFile, solutionRecords } from './open-data.ts';

vi.mock('astro:content', async () => (await import('./test-catalogue.ts')).mockedAstroContent());

describe('the open data', () => {
  test.each(Object.keys(DATA_FILES) as DataFileName[])('%s.json holds every entry and passes its published schema', async (name) => {
    const file = await dataFile(name);
    expect(file.items.length).toBeGreaterThan(0);
  });

  test('records by slug, with English and French text side by side, French null where untranslated', async () => {
    const solutions = await solutionRecords();
    expect(solutions.map((s) => s.slug)).toEqual(['alpha', 'beta', 'gamma']);
    expect(solutions[0]?.title).toEqual({ en: 'Alpha registry', fr: 'Registre alpha' });
    expect(solutions[2]?.title).toEqual({ en: 'Gamma health', fr: null });
    const studies = await caseStudyRecords();
    expect(studies.map((s) => [s.slug, s.furthestStage])).toEqual([
      ['gm-alpha-beta', 'pilot'],
      ['gn-alpha', 'adopted'],
      ['gn-beta', 'study-visit'],
      ['ls-alpha', 'discontinued'],
    ]);
  });

  test("the GeoJSON has a point per country that took something up, with the country's furthest stage and every stage", async () => {
    const { features } = await adoptionsGeoJson();
    expect(features.map((f) => [f.id, f.properties.furthestStage])).toEqual([
      ['gm', 'pilot'],
      ['gn', 'adopted'],
      ['ls', 'discontinued'],
    ]);
    expect(features.find((f) => f.id === 'gn')?.properties.stages.map((s) => s.stage)).toEqual(['study-visit', 'adopted', 'study-visit']);
  });
});

describe('maps', () => {
  test("the countries map labels each country with its furthest stage in the reader's language", async () => {
    const svg = countriesMap(await getCatalogue('fr'));
    expect(svg).toContain('<title>Guinée: Adoptée</title>');
    expect(svg).not.toContain('Rwanda');
  });

  test('the base map is the world with no country coloured or named', () => {
    const svg = baseMap();
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 960 470"/);
    expect(svg).not.toContain('<title>');
  });

  test("a solution's map shows how far each country went with that solution", async () => {
    const en = await getCatalogue('en');
    const svg = takesMap(en, en.adopters.get('beta') ?? []);
    expect(svg).toContain('Guinea: Study visit');
    expect(svg).toContain('The Gambia: Pilot');
    expect(svg).not.toContain('Lesotho');
  });

  test("the home page's map: each country that took something up is a link to its page, named with its furthest stage, once each", async () => {
    const fr = await getCatalogue('fr');
    const shapes = countryLinkShapes(fr);
    const guinea = shapes.find((shape) => shape.country.href === '/fr/countries/gn/');
    expect(guinea?.country.label).toBe('Guinée: Adoptée');
    expect(guinea?.d).toMatch(/^M/);
    expect(shapes.some((shape) => shape.country.href === '/fr/countries/rw/')).toBe(false);
    const names = shapes.map((shape) => shape.country.label);
    expect(names).toEqual([...new Set(names)]);
  });
});
