import { describe, expect, test } from 'vitest';
import { formatPath } from '#src/checks/problem.ts';
import { solutionSchema } from './solution.ts';
import { validSolution } from './test-factories.ts';

const block = {
  legalBasis: [{ id: 'law-2001', text: 'Organic law setting up the courts', date: '2001-01', source: 'ministry-page' }],
  runBy: [{ institution: 'minijust', source: 'ministry-page' }],
  prerequisites: [{ id: 'judges', text: 'Elected lay judges in every cell.', source: 'ministry-page' }],
  costs: [
    {
      id: 'total',
      label: 'Ten years of courts',
      value: 30000000000,
      qualifier: 'about',
      currency: 'rwf',
      asOf: '2012',
      source: 'ministry-page',
    },
  ],
  pilot: { date: '2002-06', source: 'ministry-page' },
  national: { date: '2005', source: 'ministry-page' },
};

function issues(whatItTook: unknown) {
  const result = solutionSchema.safeParse(validSolution({ whatItTook }));
  expect(result.success).toBe(false);
  return (result.error?.issues ?? []).map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

describe('whatItTook on a solution', () => {
  test('accepts a full block, links its institutions and defaults what is left out', () => {
    const parsed = solutionSchema.parse(validSolution({ whatItTook: block }));
    expect(parsed.whatItTook?.runBy[0]?.institution).toEqual({ collection: 'institutions', id: 'minijust' });
    expect(parsed.whatItTook?.costs[0]?.paidBy).toEqual([]);
    const partial = solutionSchema.parse(validSolution({ whatItTook: { pilot: block.pilot } }));
    expect(partial.whatItTook?.legalBasis).toEqual([]);
  });

  test.each([
    [
      'a source the entry does not list',
      { ...block, costs: [{ ...block.costs[0], source: 'elsewhere' }] },
      'whatItTook.costs[0].source',
      /cites "elsewhere", which is not in this entry's sources; add it under sources:/,
    ],
    ['a runner without a source', { runBy: [{ institution: 'minijust' }] }, 'whatItTook.runBy[0].source', /./],
    ['a pilot citing an unknown source', { pilot: { date: '2002', source: 'nope' } }, 'whatItTook.pilot.source', /cites "nope"/],
    [
      'national scale before the pilot',
      { pilot: { date: '2005-03', source: 'ministry-page' }, national: { date: '2004', source: 'ministry-page' } },
      'whatItTook.national.date',
      /is before the pilot \(2005-03\)/,
    ],
    ['an empty block', {}, 'whatItTook', /is empty; give at least one of legalBasis/],
    [
      'an unknown currency',
      { costs: [{ ...block.costs[0], currency: 'eur' }] },
      'whatItTook.costs[0].currency',
      /"eur" is not a known currency; use one of: rwf, usd/,
    ],
    ['a cost of 0', { costs: [{ ...block.costs[0], value: 0 }] }, 'whatItTook.costs[0].value', /must be more than 0/],
    [
      'laws out of order',
      { legalBasis: [block.legalBasis[0], { ...block.legalBasis[0], id: 'older', date: '1999' }] },
      'whatItTook.legalBasis[1].date',
      /list instruments oldest first/,
    ],
    ['a misspelt field', { ...block, cost: [] }, 'whatItTook', /cost/],
    ['a runner listed twice', { runBy: [block.runBy[0], block.runBy[0]] }, 'whatItTook.runBy[1]', /institution "minijust" is listed twice/],
  ])('rejects %s with its path and fix', (_name, input, path, message) => {
    const found = issues(input);
    expect(
      found.find((issue) => issue.path === path && message.test(issue.message)),
      JSON.stringify(found),
    ).toBeDefined();
  });

  test('an id used by a figure and a cost is reported at the cost', () => {
    const found = issues({ costs: [{ ...block.costs[0], id: 'cases' }] });
    expect(found).toContainEqual({
      path: 'whatItTook.costs[0].id',
      message: 'id "cases" is already used by figures[0]; ids must be unique within an entry',
    });
  });
});
