import { describe, expect, test, vi } from 'vitest';
import { DATA_FILES, type DataFileName } from '#src/schemas/open-data.ts';
import { getCatalogue } from './catalogue.ts';
import { adoptionsGeoJson } from './geo.ts';
import { baseMap, countriesMap, countryLinkShapes, takesMap } from './maps.ts';
import { caseStudyRecords, dataFile, solutionRecords } from './open-data.ts';
import { csvTable } from './open-data-tables.ts';
import { CSV_DICTIONARY, csvColumns, type CsvFileName } from '#src/schemas/open-data-dictionary.ts';

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

describe('the CSV tables', () => {
  test.each(Object.keys(CSV_DICTIONARY) as CsvFileName[])('%s: every row has exactly the columns the dictionary defines', async (file) => {
    const rows = await csvTable(file);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(Object.keys(row).sort()).toEqual([...csvColumns(file)].sort());
  });

  test('solutions.csv names what it codes, writes dates in full beside their precision, and counts adopters without visits', async () => {
    const rows = await solutionsRows();
    const alpha = rows.find((row) => row.slug === 'alpha');
    expect(alpha).toMatchObject({
      lead_institution: 'agency-a',
      start: '2004-01-01',
      start_precision: 'year',
      countries: 3,
      adopting_countries: 1,
    });
    expect(alpha?.lead_institution_en).toBeTruthy();
    const beta = rows.find((row) => row.slug === 'beta');
    expect(beta).toMatchObject({
      sectors: 'justice; governance',
      sectors_fr: 'Justice; Gouvernance',
      sdgs: '16; 5',
      countries: 2,
      adopting_countries: 0,
    });
    expect(beta?.sdgs_fr).toBe('Paix, justice et institutions efficaces; Égalité entre les sexes');
  });

  test('countries.csv gives each country its furthest stage per solution and its first and latest dated stage', async () => {
    const gm = (await csvTable('countries.csv')).find((row) => row.country === 'gm');
    expect(gm).toMatchObject({
      country_fr: 'Gambie',
      case_studies: 'gm-alpha-beta',
      furthest_stages: 'alpha=pilot; beta=pilot',
      first_stage: '2018-01-01',
      first_stage_precision: 'year',
      latest_stage: '2022-01-01',
      latest_stage_precision: 'month',
    });
  });

  test('what-it-took.csv: a row per fact, its text in both languages, dates in full beside their precision, and its source', async () => {
    const rows = await csvTable('what-it-took.csv');
    expect(rows.map((row) => [row.solution, row.fact, row.item])).toEqual([
      ['alpha', 'legal-basis', 'registry-act'],
      ['alpha', 'run-by', 'agency-a'],
      ['alpha', 'cost', 'build'],
      ['alpha', 'pilot', null],
      ['alpha', 'national', null],
    ]);
    expect(rows[0]).toMatchObject({ text_en: 'Registry Act', text_fr: 'Loi sur le registre', date: '2003-05-01', date_precision: 'month' });
    expect(rows[0]?.source_url).toBe('https://example.org/page');
    expect(rows[2]).toMatchObject({ value: 2000000, currency: 'usd', qualifier: 'exact', paid_by: 'agency-a', text_fr: null });
    const alpha = (await csvTable('solutions.csv')).find((row) => row.slug === 'alpha');
    // 2004-02 to 2006: one date is only a year, so whole years.
    expect(alpha).toMatchObject({ pilot_to_national: 2, pilot_to_national_unit: 'years' });
    expect((await csvTable('solutions.csv')).find((row) => row.slug === 'beta')).toMatchObject({ pilot_to_national: null });
  });

  test('adopter-durations.csv: only spans whose two dates are known, computed', async () => {
    expect(await csvTable('adopter-durations.csv')).toEqual([
      expect.objectContaining({
        case_study: 'gm-alpha-beta',
        span: 'visit-to-agreement',
        value: 1,
        unit: 'years',
        from_stage: 'visit',
        to_stage: 'mou',
      }),
      expect.objectContaining({
        case_study: 'gm-alpha-beta',
        span: 'agreement-to-use',
        value: 31,
        unit: 'months',
        from: '2019-06-10',
        from_precision: 'day',
        to: '2022-01-01',
        to_precision: 'month',
      }),
    ]);
  });

  test('case-studies.csv names the country and the stage in both languages', async () => {
    const row = (await csvTable('case-studies.csv')).find((r) => r.case_study === 'gn-alpha' && r.stage === 'adopted');
    expect(row).toMatchObject({
      country_en: 'Guinea',
      country_fr: 'Guinée',
      stage_en: 'Adopted',
      date: '2021-01-01',
      date_precision: 'year',
    });
    expect(row?.stage_fr).toMatch(/^Adopt/);
  });
});

const solutionsRows = () => csvTable('solutions.csv');

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
