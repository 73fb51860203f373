/** Made-up briefing models for unit tests (example.org sources; nothing here is a fact). */
import type { Source } from '#src/schemas/source.ts';
import { MODEL_VERSION, type CaseStudyModel, type CountryModel, type SolutionModel } from './briefing-model.ts';
import { briefingStrings, type BriefingStrings } from './briefing-render.ts';
import { useTranslations } from '#src/i18n/ui.ts';

export const source = (id: string, url = `https://example.org/${id}`): Source => ({
  id,
  kind: 'press',
  title: `Page ${id}`,
  publisher: `Publisher ${id}`,
  url,
  published: '2024-05',
  accessed: '2026-01-01',
  language: 'en',
});

export function solution(overrides: Partial<SolutionModel> = {}): SolutionModel {
  return {
    kind: 'solution',
    version: MODEL_VERSION,
    lang: 'en',
    textLocale: 'en',
    slug: 'alpha',
    title: 'Alpha registry',
    summary: 'A made-up registry.',
    url: '/en/solutions/alpha/',
    sectors: [{ id: 'justice', label: 'Justice' }],
    status: { id: 'active', label: 'Active' },
    lead: { name: 'Agency A', url: 'https://example.org/a' },
    start: { date: '2009', source: 'law' },
    sdgs: [16],
    problem: 'Records were lost.',
    how: 'Every record is kept once.',
    figures: [
      {
        id: 'cases',
        label: 'Cases heard',
        unit: 'count',
        values: [
          { value: 10, qualifier: '', asOf: '2019', source: 'report' },
          { value: 20, qualifier: 'about', asOf: '2020', source: 'shared' },
          { value: 30, qualifier: '', asOf: '2021', source: 'report' },
        ],
        disagreements: [],
      },
    ],
    sources: [source('law'), source('report'), source('shared', 'https://example.org/shared')],
    ...overrides,
  };
}

export function caseStudy(overrides: Partial<CaseStudyModel> = {}): CaseStudyModel {
  return {
    kind: 'case-study',
    version: MODEL_VERSION,
    lang: 'en',
    textLocale: 'en',
    slug: 'guinea-alpha',
    title: 'Guinea: ALFA, a registry of its own',
    summary: 'Guinea studied Alpha and built ALFA.',
    url: '/en/case-studies/guinea-alpha/',
    printUrl: '/en/briefings/case-studies/guinea-alpha/',
    country: { code: 'gn', name: 'Guinea' },
    solutions: [{ slug: 'alpha', title: 'Alpha registry' }],
    partners: [],
    furthest: { id: 'adapted', label: 'Adapted' },
    stages: [
      { id: 'visit', stage: 'study-visit', label: 'Study visit', date: '2023-09', text: 'A visit.', sources: ['ministry'] },
      {
        id: 'launch',
        stage: 'adapted',
        label: 'Adapted',
        date: '2025-11-14',
        localName: 'ALFA',
        text: 'ALFA is launched.',
        sources: ['press', 'shared-page'],
        lastReported: '2025-12',
      },
    ],
    timeline: [],
    adaptation: 'Guinea built its own platform.',
    story: [
      { kind: 'heading', depth: 2, text: 'What Guinea wanted' },
      { kind: 'paragraph', text: 'In 2023 a mission came.' },
      { kind: 'note', tone: 'note', title: 'What is not known', paragraphs: ['Whether ALFA reuses code.'] },
    ],
    outcomes: [{ id: 'users', text: 'Some bodies use it.', source: 'press' }],
    disagreements: [],
    // `shared` is the same page as the solution's, under its own id.
    sources: [source('ministry'), source('press'), source('shared-page', 'https://example.org/shared')],
    ...overrides,
  };
}

export function country(overrides: Partial<CountryModel> = {}): CountryModel {
  return {
    kind: 'country',
    version: MODEL_VERSION,
    lang: 'en',
    code: 'gn',
    name: 'Guinea',
    officialName: 'Republic of Guinea',
    caseStudies: ['guinea-alpha'],
    solutions: ['alpha'],
    suggestions: [
      { slug: 'beta', title: 'Beta courts', url: '/en/solutions/beta/', reasons: ['In the same sector (Justice) as Alpha registry.'] },
    ],
    terms: [{ term: 'Alfa', literal: 'first', explanation: 'A made-up term.' }],
    ...overrides,
  };
}

export const strings: BriefingStrings = briefingStrings('en', useTranslations('en'), {
  name: 'Rwanda Cooperation',
  href: 'https://cooperation.rw/',
});
