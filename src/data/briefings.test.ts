import { describe, expect, test, vi } from 'vitest';
import { briefingDocx } from '#src/lib/briefing-docx.ts';
import { combineBriefing, type CaseStudyModel, type CountryModel, type SolutionModel } from '#src/lib/briefing-model.ts';
import { briefingModels, countryBriefing } from './briefings.ts';
import { getCatalogue } from './catalogue.ts';

vi.mock('astro:content', async () => (await import('./test-catalogue.ts')).mockedAstroContent());

const en = await getCatalogue('en');
const fr = await getCatalogue('fr');
const models = briefingModels(en);

describe('solution models', () => {
  test('quote the first sentences under "The problem it solved" and "How it works", and carry their facts labelled', () => {
    expect(models.solutions.get('alpha')).toMatchObject({
      title: 'Alpha registry',
      problem: 'Records were lost. Nobody could find them.',
      how: 'Every record is kept once.',
      lead: { name: 'Agency A', url: 'https://example.org/a' },
      kinyarwanda: { name: 'Alfa', meaning: 'first' },
      url: '/en/solutions/alpha/',
    });
    expect(models.solutions.get('beta')).toMatchObject({ problem: undefined, how: undefined, sdgs: [16, 5] });
    expect(
      briefingModels(fr)
        .solutions.get('beta')
        ?.sectors.map((s) => s.label),
    ).toEqual(['Justice', 'Gouvernance']);
  });
});

describe('country models', () => {
  test("a country's case studies and the solutions they name, its suggestions in sentences and its terms", () => {
    expect(models.countries.get('gn')).toMatchObject({
      name: 'Guinea',
      caseStudies: ['gn-alpha', 'gn-beta'],
      solutions: ['alpha', 'beta'],
      terms: [{ term: 'Alfa' }, { term: 'Urukiko' }],
    });
    expect(models.countries.get('gm')?.suggestions).toEqual([
      { slug: 'gamma', title: 'Gamma health', url: '/en/solutions/gamma/', reasons: ['In the same sector (Governance) as Beta courts.'] },
    ]);
    expect(models.countries.get('rw')).toMatchObject({ caseStudies: [], solutions: [], terms: [] });
  });
});

test("case study models: stages labelled with their sources, in the reader's language", () => {
  expect(models.caseStudies.get('gn-alpha')?.stages.map((s) => [s.stage, s.label, s.sources])).toEqual([
    ['study-visit', 'Study visit', ['ministry-page']],
    ['adopted', 'Adopted', ['ministry-page']],
  ]);
  expect(briefingModels(fr).caseStudies.get('gn-alpha')).toMatchObject({ title: 'Alpha en Guinée', country: { name: 'Guinée' } });
});

test("the builder, given a country's solutions as JSON, makes the country's prebuilt briefing: the same sources and Word file", () => {
  const prebuilt = countryBriefing(en, 'gn');
  if (!prebuilt) throw new Error('no Guinea briefing');
  // What the browser gets: the models as JSON.
  const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
  const country = json(models.countries.get('gn')) as CountryModel;
  const built = combineBriefing({
    lang: 'en',
    country,
    caseStudies: country.caseStudies.map((slug) => json(models.caseStudies.get(slug)) as CaseStudyModel),
    solutions: country.solutions.map((slug) => json(models.solutions.get(slug)) as SolutionModel),
    date: prebuilt.date,
    url: prebuilt.url,
  });
  expect(built.sources).toEqual(prebuilt.sources);
  expect(briefingDocx(built, models.strings)).toEqual(briefingDocx(prebuilt, models.strings));
});
