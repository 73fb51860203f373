import { createHash } from 'node:crypto';
import { describe, expect, test, vi } from 'vitest';
import { briefingDocx, DOCX_TYPE } from '#src/lib/briefing-docx.ts';
import { siteConfig } from '#src/site.config.ts';
import { briefingDocxResponse } from './briefing-docx.ts';
import { combineBriefing, type CaseStudyModel, type CountryModel, type SolutionModel } from '#src/lib/briefing-model.ts';
import {
  briefingModels,
  caseStudyModel,
  caseStudyModelPaths,
  caseStudyPrintPaths,
  countryBriefing,
  countryBriefingPaths,
  onePagerPaths,
  solutionModelPaths,
  siteBriefingStrings,
} from './briefings.ts';
import { getCatalogue } from './catalogue.ts';
import { printFooter } from './print-footer.ts';

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

describe('what it took, in the solution model', () => {
  test('the block in the reader’s language, institutions by name, durations computed, adopters with a span only', () => {
    const took = models.solutions.get('alpha')?.whatItTook;
    expect(took).toMatchObject({
      legalBasis: [{ id: 'registry-act', text: 'Registry Act', date: '2003-05', source: 'ministry-page' }],
      // Agency A runs it and is its lead institution, which the facts already show.
      runBy: [],
      costs: [{ id: 'build', value: 2000000, qualifier: '', currency: 'usd', paidBy: ['Agency A'] }],
      pilotToNational: { value: 2, unit: 'years' },
    });
    // Gambia has a visit, an agreement and a pilot; Guinea and Lesotho have no agreement, so no span.
    expect(took?.adopters).toEqual([
      expect.objectContaining({
        country: 'The Gambia',
        url: '/en/case-studies/gm-alpha-beta/',
        visitToAgreement: expect.objectContaining({ value: 1, unit: 'years' }),
        agreementToUse: expect.objectContaining({ value: 31, unit: 'months' }),
      }),
    ]);
    expect(briefingModels(fr).solutions.get('alpha')?.whatItTook?.legalBasis[0]?.text).toBe('Loi sur le registre');
  });

  test('a solution with no block still shows its adopters’ spans; one with neither has none', () => {
    expect(models.solutions.get('beta')?.whatItTook).toMatchObject({
      legalBasis: [],
      runBy: [],
      costs: [],
      adopters: [{ country: 'The Gambia' }],
    });
    expect(models.solutions.get('gamma')?.whatItTook).toBeUndefined();
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

describe('static paths', () => {
  test('a JSON model for every solution and case study in every language, which the briefing builder combines', async () => {
    const solutions = await solutionModelPaths();
    expect(solutions.map((path) => `${path.params.lang}/${path.params.slug}`).sort()).toEqual([
      'en/alpha',
      'en/beta',
      'en/gamma',
      'fr/alpha',
      'fr/beta',
      'fr/gamma',
    ]);
    const caseStudies = await caseStudyModelPaths();
    expect(caseStudies.filter((path) => path.params.lang === 'fr')).toHaveLength(models.caseStudies.size);
  });

  test('a one-pager (page and Word file) only in the languages a solution is written in, with the strings of that language', async () => {
    const paths = await onePagerPaths();
    // gamma has no French translation: its French one-pager would repeat the English one.
    expect(paths.map((path) => `${path.params.lang}/${path.params.slug}`).sort()).toEqual([
      'en/alpha',
      'en/beta',
      'en/gamma',
      'fr/alpha',
      'fr/beta',
    ]);
    const frAlpha = paths.find((path) => path.params.lang === 'fr' && path.params.slug === 'alpha');
    expect(frAlpha?.props.model.title).toBe(briefingModels(fr).solutions.get('alpha')?.title);
    expect(frAlpha?.props.strings).toEqual(siteBriefingStrings(fr));
    expect(frAlpha?.props.elsewhere).toEqual({});
    // The English one-pager of gamma switches to gamma's French page, which exists.
    const enGamma = paths.find((path) => path.params.lang === 'en' && path.params.slug === 'gamma');
    expect(enGamma?.props.elsewhere).toEqual({ fr: '/fr/solutions/gamma/' });
  });

  test('a print view of each case study only in the languages it is written in', async () => {
    const paths = await caseStudyPrintPaths();
    expect(paths.filter((path) => path.params.lang === 'en').map((path) => path.params.slug)).toEqual([...models.caseStudies.keys()]);
    const translated = [...briefingModels(fr).caseStudies.values()].filter((model) => model.textLocale === 'fr').map((model) => model.slug);
    expect(translated).toEqual(['gn-alpha']);
    expect(paths.filter((path) => path.params.lang === 'fr').map((path) => path.params.slug)).toEqual(translated);
    const enGambia = paths.find((path) => path.params.lang === 'en' && path.params.slug === 'gm-alpha-beta');
    expect(enGambia?.props.elsewhere).toEqual({ fr: '/fr/case-studies/gm-alpha-beta/' });
  });

  test('a French case study model prints from the English page when the case study is not translated', () => {
    expect(briefingModels(fr).caseStudies.get('gm-alpha-beta')?.printUrl).toBe('/en/briefings/case-studies/gm-alpha-beta/');
    expect(briefingModels(fr).caseStudies.get('gn-alpha')?.printUrl).toBe('/fr/briefings/case-studies/gn-alpha/');
  });

  test("a briefing for every country, the country's own document: Rwanda's has no case study but still its page", async () => {
    const paths = await countryBriefingPaths();
    const guinea = paths.find((path) => path.params.lang === 'en' && path.params.code === 'gn');
    expect(guinea?.props.doc).toEqual(countryBriefing(en, 'gn'));
    expect(paths.filter((path) => path.params.lang === 'en').map((path) => path.params.code)).toEqual([...models.countries.keys()]);
    expect(countryBriefing(en, 'zz')).toBeUndefined();
  });
});

test("the site's briefing strings name the study-visit contact of the site settings", () => {
  const strings = siteBriefingStrings(en);
  expect(JSON.stringify(strings)).toContain(siteConfig.contact.name);
});

test('a Word response is a Word file of the model, dated with the build', async () => {
  const doc = countryBriefing(en, 'gn');
  if (!doc) throw new Error('no Guinea briefing');
  const response = await briefingDocxResponse(briefingDocx(doc, siteBriefingStrings(en)));
  expect(response.headers.get('content-type')).toBe(DOCX_TYPE);
  const bytes = new Uint8Array(await response.arrayBuffer());
  // A .docx is a zip file: it starts with PK.
  expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
});

test("the print footer: the page's title, its address and the build's date, and the hash of exactly that CSS", () => {
  const footer = printFooter('fr', 'Umucyo </style>', '/fr/solutions/umucyo/', '2026-12-07');
  expect(footer.text).toMatchObject({ title: 'Umucyo </style>', url: '/fr/solutions/umucyo/' });
  expect(footer.text.date).toContain('2026');
  expect(footer.css).not.toContain('</style>');
  expect(footer.hash).toBe(`sha256-${createHash('sha256').update(footer.css).digest('base64')}`);
});

test("a case study's model carries its timeline, outcomes and disagreements, each with its sources", () => {
  const view = en.caseStudies.find((c) => c.slug === 'gn-alpha');
  if (!view) throw new Error('the test catalogue has gn-alpha');
  const data = {
    ...view.data,
    timeline: [{ id: 'mou', date: '2020-02', text: 'An agreement is announced.', source: 'ministry-page' }],
    outcomes: [{ id: 'tenders', text: 'Tenders go online.', source: 'ministry-page' }],
    disagreements: [
      {
        id: 'launch',
        text: 'Sources differ on the launch.',
        sides: [
          { id: 'early', text: 'In 2020.', source: 'ministry-page' },
          { id: 'late', text: 'In 2021.', source: 'ministry-page', also: ['other-page'] },
        ],
      },
    ],
  } as unknown as typeof view.data;
  const model = caseStudyModel({ ...view, data }, en);
  expect(model.timeline).toEqual([{ id: 'mou', date: '2020-02', text: 'An agreement is announced.', source: 'ministry-page' }]);
  expect(model.outcomes).toEqual([{ id: 'tenders', text: 'Tenders go online.', source: 'ministry-page' }]);
  expect(model.disagreements).toEqual([
    {
      id: 'launch',
      text: 'Sources differ on the launch.',
      sides: [
        { id: 'early', text: 'In 2020.', sources: ['ministry-page'] },
        { id: 'late', text: 'In 2021.', sources: ['ministry-page', 'other-page'] },
      ],
    },
  ]);
});
