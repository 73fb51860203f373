import { describe, expect, test, vi } from 'vitest';
import { countryBriefings, onePagers } from './briefings.ts';
import { getCatalogue } from './catalogue.ts';

vi.mock('astro:content', async () => (await import('./test-catalogue.ts')).mockedAstroContent());

const en = await getCatalogue('en');

describe('one-pagers', () => {
  const pagers = new Map(onePagers(en).map((pager) => [pager.solution.slug, pager]));

  test('quote the first sentences under "The problem it solved" and "How it works"', () => {
    expect(pagers.get('alpha')).toMatchObject({ problem: 'Records were lost. Nobody could find them.', how: 'Every record is kept once.' });
    expect(pagers.get('beta')).toMatchObject({ problem: undefined, how: undefined });
  });

  test('list the lead and the coordinating institution as contacts, once each', () => {
    expect(pagers.get('alpha')?.contacts.map((c) => c.id)).toEqual(['agency-a', 'rwanda-cooperation']);
    expect(pagers.get('gamma')?.contacts.map((c) => c.id)).toEqual(['rwanda-cooperation']);
  });
});

describe('country briefings', () => {
  const briefings = new Map(countryBriefings(en).map((briefing) => [briefing.country.code, briefing]));

  test("every stage of the country's case studies in date order, with the solutions by title and the stage's source", () => {
    const guinea = briefings.get('gn');
    expect(guinea?.rows.map((row) => [row.stage.date, row.stage.stage, row.solutions])).toEqual([
      ['2019-03', 'study-visit', ['Alpha registry']],
      ['2020-05-02', 'study-visit', ['Beta courts']],
      ['2021', 'adopted', ['Alpha registry']],
    ]);
    expect(guinea?.rows.every((row) => row.source?.id === 'ministry-page')).toBe(true);
    expect(guinea?.pagers.map((pager) => pager.solution.slug)).toEqual(['alpha', 'beta']);
    expect(guinea?.terms.map((term) => term.term)).toEqual(['Alfa', 'Urukiko']);
  });

  test('sources merged across its case studies and one-pagers: one per URL', () => {
    expect(briefings.get('gn')?.sources.map((s) => s.url)).toEqual(['https://example.org/page']);
  });

  test('suggested next solutions, explained by a shared sector, named by title', () => {
    expect(briefings.get('gm')?.suggestions).toEqual([
      { solution: 'gamma', title: 'Gamma health', reasons: [{ kind: 'sector', sector: 'governance', like: ['Beta courts'] }] },
    ]);
    expect(briefings.get('ls')?.suggestions.map((s) => s.solution)).toEqual(['beta']);
  });

  test('a country without a case study has an empty briefing', () => {
    expect(briefings.get('rw')).toMatchObject({ rows: [], pagers: [], terms: [] });
  });
});
