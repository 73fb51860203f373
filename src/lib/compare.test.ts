import { describe, expect, test } from 'vitest';
import { COMPARE_MAX, compareFromParams, compareParams, solutionRows, toggle } from './compare.ts';
import { caseStudy } from './test-briefing-models.ts';

const solutions = new Set(['abunzi', 'access-to-justice-bureaus', 'umucyo', 'irembo', 'gacaca']);
const countries = new Set(['gn', 'sz', 'jm']);
const parse = (query: string) => compareFromParams(new URLSearchParams(query), solutions, countries);

describe('the selection in the URL', () => {
  test('reads a shared link back, in its order', () => {
    expect(parse('s=abunzi,access-to-justice-bureaus')).toEqual({ solutions: ['abunzi', 'access-to-justice-bureaus'], countries: [] });
    expect(parse('c=sz,gn')).toEqual({ solutions: [], countries: ['sz', 'gn'] });
  });

  test('accepts repeated parameters (a form sent without the script), spaces and capitals', () => {
    expect(parse('s=umucyo&s=Abunzi,%20irembo').solutions).toEqual(['umucyo', 'abunzi', 'irembo']);
  });

  test.each([
    ['unknown slugs', 's=abunzi,nope,umucyo', ['abunzi', 'umucyo']],
    ['duplicates', 's=abunzi,abunzi,umucyo', ['abunzi', 'umucyo']],
    ['not slugs', 's=../x,<b>,abunzi', ['abunzi']],
    [
      'more than four',
      's=abunzi,access-to-justice-bureaus,umucyo,irembo,gacaca',
      ['abunzi', 'access-to-justice-bureaus', 'umucyo', 'irembo'],
    ],
  ])('drops %s', (_name, query, expected) => {
    expect(parse(query).solutions).toEqual(expected);
  });

  test('drops unknown countries', () => {
    expect(parse('c=gn,xx,jm').countries).toEqual(['gn', 'jm']);
  });

  test('writes a readable, shareable query that reads back to the same selection', () => {
    const state = { solutions: ['abunzi', 'access-to-justice-bureaus'], countries: ['gn', 'sz'] };
    const query = compareParams(state);
    expect(query).toBe('s=abunzi,access-to-justice-bureaus&c=gn,sz');
    expect(parse(query)).toEqual(state);
    expect(compareParams({ solutions: [], countries: [] })).toBe('');
  });
});

describe('toggle', () => {
  test('adds at the end, removes, and never holds more than four', () => {
    expect(toggle(['a'], 'b', true)).toEqual(['a', 'b']);
    expect(toggle(['a', 'b'], 'a', false)).toEqual(['b']);
    expect(toggle(['a'], 'a', true)).toEqual(['a']);
    const full = ['a', 'b', 'c', 'd'];
    expect(full).toHaveLength(COMPARE_MAX);
    expect(toggle(full, 'e', true)).toEqual(full);
  });
});

describe('the rows of a comparison of countries', () => {
  const collate = (a: string, b: string) => a.localeCompare(b);
  const guinea = {
    code: 'gn',
    name: 'Guinea',
    caseStudies: [
      caseStudy(),
      caseStudy({
        slug: 'guinea-beta',
        solutions: [{ slug: 'beta', title: 'Beta courts' }],
        stages: [{ id: 'v', stage: 'study-visit', label: 'Study visit', date: '2019-02', text: 'A visit.', sources: ['ministry'] }],
      }),
    ],
  };
  const eswatini = {
    code: 'sz',
    name: 'Eswatini',
    caseStudies: [
      caseStudy({
        slug: 'eswatini-alpha',
        country: { code: 'sz', name: 'Eswatini' },
        stages: [
          { id: 'p', stage: 'pilot', label: 'Pilot', date: '2022', text: 'A pilot.', sources: ['press'] },
          { id: 'v', stage: 'study-visit', label: 'Study visit', date: '2021-06', text: 'A visit.', sources: ['ministry'] },
        ],
      }),
    ],
  };

  test("one row per solution, by its first stage, each country's stages oldest first, and an empty cell where a country did nothing", () => {
    const rows = solutionRows([guinea, eswatini], collate);
    expect(rows.map((r) => r.slug)).toEqual(['beta', 'alpha']);
    const [beta, alpha] = rows;
    expect(beta?.cells.map((cell) => cell.map((c) => c.stage.date))).toEqual([['2019-02'], []]);
    expect(alpha?.cells.map((cell) => cell.map((c) => c.stage.date))).toEqual([
      ['2023-09', '2025-11-14'],
      ['2021-06', '2022'],
    ]);
  });
});
