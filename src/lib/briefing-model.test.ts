import { describe, expect, test } from 'vitest';
import { citationNumbers, combineBriefing, lifecycleRows, localNames, nextSuggestions, pagerFigures } from './briefing-model.ts';
import { caseStudy, country, solution, source } from './test-briefing-models.ts';

describe('combineBriefing', () => {
  const doc = combineBriefing({
    lang: 'en',
    country: country(),
    caseStudies: [caseStudy()],
    solutions: [solution(), solution({ slug: 'beta', sources: [source('law'), source('other')] })],
    date: '2026-01-02',
    url: '/en/briefings/gn/',
  });

  test("numbers every source once, by URL, case studies' first, then the solutions' in their order", () => {
    expect(doc.sources.map((s) => s.url)).toEqual([
      'https://example.org/ministry',
      'https://example.org/press',
      'https://example.org/shared',
      'https://example.org/law',
      'https://example.org/report',
      'https://example.org/other',
    ]);
  });

  test('cites one page by one number, whatever id each entry gives it', () => {
    expect(citationNumbers(caseStudy().sources, doc.sources)('shared-page')).toBe(3);
    expect(citationNumbers(solution().sources, doc.sources)('shared')).toBe(3);
    expect(citationNumbers(solution().sources, doc.sources)('missing')).toBeUndefined();
  });
});

test('a one-pager shows the first four figures, each at its two latest dates', () => {
  const many = solution({ figures: Array.from({ length: 6 }, (_, i) => ({ ...solution().figures[0]!, id: `f${i}` })) });
  const figures = pagerFigures(many);
  expect(figures.map((f) => f.id)).toEqual(['f0', 'f1', 'f2', 'f3']);
  expect(figures[0]?.values.map((v) => v.asOf)).toEqual(['2020', '2021']);
});

test('lifecycle rows: every stage of every case study, by date', () => {
  const other = caseStudy({
    slug: 'guinea-beta',
    stages: [{ id: 'mou', stage: 'agreement', label: 'Agreement', date: '2024', text: 'An MoU.', sources: ['ministry'] }],
  });
  expect(lifecycleRows([caseStudy(), other]).map((row) => [row.caseStudy.slug, row.stage.id])).toEqual([
    ['guinea-alpha', 'visit'],
    ['guinea-beta', 'mou'],
    ['guinea-alpha', 'launch'],
  ]);
  expect(localNames(caseStudy())).toEqual(['ALFA']);
});

test('suggestions leave out what the briefing already holds', () => {
  const doc = { country: country(), solutions: [solution({ slug: 'beta' })] };
  expect(nextSuggestions(doc)).toEqual([]);
  expect(nextSuggestions({ ...doc, solutions: [solution()] }).map((s) => s.slug)).toEqual(['beta']);
});
