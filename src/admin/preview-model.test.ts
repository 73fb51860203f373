import { expect, test } from 'vitest';
import { useTranslations } from '#src/i18n/ui.ts';
import { briefingStrings, renderCaseStudy, renderOnePager } from '#src/lib/briefing-render.ts';
import { treeText } from '#src/lib/briefing-tree.ts';
import { formatAsOf } from '#src/lib/format.ts';
import {
  caseStudyPreviewModel,
  lookupsFromConfig,
  optionNames,
  previewExtras,
  solutionPreviewModel,
  translatedDraft,
  type PreviewContext,
} from './preview-model.ts';

const lookups = {
  countries: optionNames([{ value: 'gn', label: 'Guinea (gn)' }]),
  institutions: optionNames([{ value: 'rppa', label: 'Rwanda Public Procurement Authority (rppa)' }]),
  solutions: optionNames([{ value: 'umucyo', label: 'Umucyo e-procurement (umucyo)' }]),
};
const context = (lang: 'en' | 'fr'): PreviewContext => ({ lang, t: useTranslations(lang), slug: 'draft', lookups, base: '/' });
const strings = (lang: 'en' | 'fr') => briefingStrings(lang, useTranslations(lang), { name: 'Contact', href: 'https://contact.example/' });

const source = {
  id: 'rppa-2020',
  kind: 'rwanda-government',
  title: 'Annual report 2019-2020',
  publisher: 'RPPA',
  url: 'https://rppa.example/report',
  accessed: '2026-01-05',
};

test('a solution draft renders as its one-pager: title, a figure with its as-of date and citation, the source by title', () => {
  const draft = {
    title: 'Umucyo e-procurement',
    summary: 'Public tenders online.',
    status: 'active',
    sectors: ['governance'],
    leadInstitution: 'rppa',
    figures: [
      { id: 'tenders', label: 'Tenders published', unit: 'count', values: [{ value: 1234, asOf: '2020-06', source: 'rppa-2020' }] },
    ],
    sources: [source],
  };
  const text = treeText(renderOnePager(solutionPreviewModel(draft, context('en')), strings('en'), { level: 1 }));
  expect(text).toContain('Umucyo e-procurement');
  expect(text).toContain('1,234');
  expect(text).toContain('June 2020');
  expect(text).toContain('[1]');
  expect(text).toContain('Annual report 2019-2020');
  expect(text).toContain('Rwanda Public Procurement Authority');
});

test('half-filled drafts (a new entry, an empty figure, a stage without its stage) preview without throwing', () => {
  for (const draft of [
    undefined,
    {},
    { figures: [{}, { values: [null, { value: 3 }] }], sources: [{}, null], sectors: null, start: {} },
    { title: 5, sdgs: ['x', 3], disagreements: [{ sides: [null] }], kinyarwanda: null },
  ]) {
    const model = solutionPreviewModel(draft, context('en'));
    expect(() => renderOnePager(model, strings('en'), { level: 1 })).not.toThrow();
  }
  for (const draft of [
    undefined,
    {},
    { stages: [{}, { stage: 'visit' }, null], timeline: [null], outcomes: [{}], country: null, solutions: [null] },
  ]) {
    const model = caseStudyPreviewModel(draft, context('en'));
    expect(() => renderCaseStudy(model, strings('en'), { level: 1, stages: true })).not.toThrow();
  }
});

test('a case study draft shows its stages with their labels and dates, and the country and solution by name', () => {
  const draft = {
    title: 'Guinea studies Umucyo',
    summary: 'A study visit.',
    country: 'gn',
    solutions: ['umucyo'],
    stages: [{ id: 'visit', stage: 'study-visit', date: '2019-03', source: 'rppa-2020', text: 'A delegation visited Kigali.' }],
    sources: [source],
  };
  const model = caseStudyPreviewModel(draft, context('en'));
  expect(model.furthest?.id).toBe('study-visit');
  const text = treeText(renderCaseStudy(model, strings('en'), { level: 1, stages: true }));
  expect(text).toContain('Guinea');
  expect(text).toContain('Umucyo e-procurement');
  expect(text).toContain('March 2019');
  expect(text).toContain(useTranslations('en')('stage.study-visit'));
});

test('a French draft shows the English facts with the French text and labels, English where none is given yet', () => {
  const english = {
    title: 'Umucyo e-procurement',
    summary: 'Public tenders online.',
    status: 'active',
    sectors: ['governance'],
    figures: [
      { id: 'tenders', label: 'Tenders published', unit: 'count', values: [{ value: 1234, asOf: '2020-06', source: 'rppa-2020' }] },
      { id: 'bidders', label: 'Bidders', unit: 'count', values: [{ value: 10, asOf: '2020', source: 'rppa-2020' }] },
      null,
    ],
    sources: [source],
  };
  const merged = translatedDraft('solutions', english, {
    title: 'Umucyo, marchés publics en ligne',
    labels: { tenders: 'Appels d’offres publiés', bidders: '' },
  });
  const text = treeText(renderOnePager(solutionPreviewModel(merged, context('fr')), strings('fr'), { level: 1 }));
  expect(text).toContain('Umucyo, marchés publics en ligne');
  expect(text).toContain('Appels d’offres publiés');
  expect(text).toContain('Bidders');
  expect(text).toContain('Public tenders online.');
  expect(text).toContain('juin 2020');
});

test("the preview names countries, institutions and solutions as the CMS's own selects do", async () => {
  const { cmsConfig } = await import('./config.ts');
  const { cmsChoices } = await import('./choices.ts');
  const choices = await cmsChoices();
  const found = lookupsFromConfig(cmsConfig({ repo: 'o/r', branch: 'main', siteUrl: 'https://homegrown.example', choices }));
  const country = choices['countries']?.[0];
  const solution = choices['solutions']?.[0];
  expect(country && found.countries.get(String(country.value))).toBe(country?.label.replace(/ \([^()]*\)$/, ''));
  expect(solution && found.solutions.get(String(solution.value))).toBe(solution?.label.replace(/ \([^()]*\)$/, ''));
  expect(found.institutions.size).toBeGreaterThan(0);
  expect(found.countries.get(String(country?.value))).not.toMatch(/\(/);
});

/** A solution's draft with what it took, as Decap holds it: references as ids, numbers maybe typed as text. */
const tookDraft = {
  title: 'Umucyo e-procurement',
  summary: 'Public tenders online.',
  status: 'active',
  sectors: ['governance'],
  leadInstitution: 'rppa',
  whatItTook: {
    legalBasis: [{ id: 'law-2007', text: 'Public procurement law', date: '2007', source: 'rppa-2020' }, {}],
    runBy: [
      { institution: 'rppa', source: 'rppa-2020' },
      { institution: 'minecofin', source: 'rppa-2020' },
    ],
    prerequisites: [{ id: 'network', text: 'A network in every district', source: 'rppa-2020' }],
    costs: [
      {
        id: 'build',
        label: 'Building the system',
        value: '1200000',
        qualifier: 'about',
        currency: 'usd',
        paidBy: ['rppa'],
        asOf: '2016',
        source: 'rppa-2020',
      },
      { id: 'half', label: 'Not typed yet' },
      { id: 'no-currency', label: 'Currency not chosen yet', value: 5, currency: 'constructor' },
    ],
    pilot: { date: '2016-06-27', source: 'rppa-2020' },
    national: { date: '2017-07', source: 'rppa-2020' },
  },
  sources: [source],
};

test("a solution draft's what it took is the site's model of it: lead left out of run by, payers by name, the pilot-to-national span computed", () => {
  const took = solutionPreviewModel(tookDraft, context('en')).whatItTook;
  expect(took?.legalBasis).toEqual([{ id: 'law-2007', text: 'Public procurement law', date: '2007', source: 'rppa-2020' }]);
  expect(took?.runBy.map((runner) => runner.name)).toEqual(['minecofin']);
  expect(took?.costs).toEqual([
    expect.objectContaining({ value: 1_200_000, qualifier: 'about', currency: 'usd', paidBy: ['Rwanda Public Procurement Authority'] }),
  ]);
  expect(took?.pilotToNational).toEqual({ value: 13, unit: 'months' });
  expect(took?.adopters).toEqual([]);
  expect(solutionPreviewModel({ ...tookDraft, whatItTook: undefined }, context('en')).whatItTook).toBeUndefined();
});

test('the French preview of what it took says it in French', () => {
  const took = solutionPreviewModel(tookDraft, context('fr')).whatItTook;
  expect(took?.costs[0]?.qualifier).toBe(useTranslations('fr')('qualifier.about'));
});

test("previewExtras gives the page's timeline, the related solutions by name and every disagreement", () => {
  const extras = previewExtras(
    {
      timeline: [{ id: 'pilot', date: '2016-06', text: 'Pilot with eight agencies', source: 'rppa-2020', also: ['x'] }, {}],
      related: ['umucyo', null],
      disagreements: [
        { id: 'first', text: 'Whether it was the first', sides: [{ id: 'a', text: 'Yes', source: 'rppa-2020' }] },
        { id: 'count', figure: 'tenders', text: 'How many', sides: [] },
      ],
    },
    context('en'),
  );
  expect(extras.timeline).toEqual([{ id: 'pilot', date: '2016-06', text: 'Pilot with eight agencies', source: 'rppa-2020', also: ['x'] }]);
  expect(extras.related).toEqual(['Umucyo e-procurement']);
  expect(extras.disagreements.map((d) => d.id)).toEqual(['first', 'count']);
});

test('a figure value given at the end of its year says so in the preview, as on the page (the same model of a figure)', () => {
  const draft = {
    figures: [
      {
        id: 'members',
        label: 'Members',
        unit: 'count',
        values: [{ value: 5, asOf: '2020', asOfQualifier: 'end-of-year', source: 'rppa-2020' }],
      },
    ],
    sources: [source],
  };
  const [figure] = solutionPreviewModel(draft, context('en')).figures;
  expect(figure?.values[0]?.asOfQualifier).toBe('end-of-year');
  expect(treeText(renderOnePager(solutionPreviewModel(draft, context('en')), strings('en'), { level: 1 }))).toContain(
    formatAsOf('2020', 'en', 'end-of-year'),
  );
});
