import { describe, expect, test } from 'vitest';
import { formatPath } from '#src/checks/problem.ts';
import { solutionSchema, solutionTranslationSchema } from './solution.ts';
import { validSolution, validSource } from './test-factories.ts';

function firstIssue(input: unknown) {
  const result = solutionSchema.safeParse(input);
  expect(result.success).toBe(false);
  const issue = result.error?.issues[0];
  return { path: formatPath(issue?.path ?? []), message: issue?.message ?? '' };
}

describe('solutionSchema', () => {
  test('accepts a minimal valid solution and links references', () => {
    const result = solutionSchema.parse(validSolution());
    expect(result.leadInstitution).toEqual({ collection: 'institutions', id: 'minijust' });
    expect(result.sources[0]?.language).toBe('en');
  });

  test('accepts two values with the same as-of date from different sources (sources differ)', () => {
    const result = solutionSchema.parse(
      validSolution({
        checked: '2026-11-30',
        sources: [validSource, { ...validSource, id: 'paper', kind: 'press' }],
        figures: [
          {
            id: 'cows',
            label: 'Cows',
            unit: 'count',
            values: [
              { value: 341065, asOf: '2019-01', source: 'ministry-page' },
              { value: 350000, qualifier: 'about', asOf: '2019-01', source: 'paper' },
            ],
          },
        ],
      }),
    );
    expect(result.figures[0]?.values).toHaveLength(2);
    expect(result.checked).toBe('2026-11-30');
    expect(result.sources[0]?.kind).toBe('rwanda-government');
  });

  test('accepts the dates YAML loaders produce: a Date and a bare year', () => {
    const result = solutionSchema.parse(
      validSolution({ start: { date: 2004, source: 'ministry-page' }, lastReviewed: new Date('2024-01-10') }),
    );
    expect(result.start?.date).toBe('2004');
    expect(result.lastReviewed).toBe('2024-01-10');
  });

  test.each([
    ['an http URL', { sources: [{ ...validSource, url: 'http://example.org/x' }] }, 'sources[0].url', /must start with https:\/\//],
    ['a javascript: URL', { sources: [{ ...validSource, url: 'javascript:alert(1)' }] }, 'sources[0].url', /script or data URL/],
    ['no sources', { sources: [] }, 'sources', /at least one source/],
    ['a duplicate source id', { sources: [validSource, validSource] }, 'sources[1]', /listed twice/],
    ['an SDG above 17', { sdgs: [18] }, 'sdgs[0]', /from 1 to 17 \(got 18\)/],
    ['an SDG of 0', { sdgs: [0] }, 'sdgs[0]', /from 1 to 17/],
    ['an unknown sector', { sectors: ['space'] }, 'sectors[0]', /"space" is not a known sector; use one of: governance/],
    ['no sector', { sectors: [] }, 'sectors', /at least one sector/],
    ['an unknown status', { status: 'paused' }, 'status', /not a known status/],
    ['a future date', { lastReviewed: '2999-01-01' }, 'lastReviewed', /in the future/],
    ['an impossible date', { start: { date: '2023-02-30', source: 'ministry-page' } }, 'start.date', /day 30 does not exist/],
    ['a month 13', { start: { date: '2023-13', source: 'ministry-page' } }, 'start.date', /month 13 does not exist/],
    ['a partial lastReviewed', { lastReviewed: '2024-01' }, 'lastReviewed', /full date/],
    [
      'a figure citing an unknown source',
      { figures: [{ id: 'x', label: 'X', unit: 'count', values: [{ value: 1, asOf: '2019', source: 'nowhere' }] }] },
      'figures[0].values[0].source',
      /cites "nowhere", which is not in this entry's sources/,
    ],
    [
      'a figure without a source',
      { figures: [{ id: 'x', label: 'X', unit: 'count', values: [{ value: 1, asOf: '2019' }] }] },
      'figures[0].values[0].source',
      /./,
    ],
    [
      'an end-of-year value dated to the month',
      {
        figures: [
          {
            id: 'x',
            label: 'X',
            unit: 'count',
            values: [{ value: 1, asOf: '2018-12', asOfQualifier: 'end-of-year', source: 'ministry-page' }],
          },
        ],
      },
      'figures[0].values[0].asOf',
      /end-of-year needs the year alone; write asOf: 2018/,
    ],
    [
      'an unknown as-of qualifier',
      {
        figures: [
          { id: 'x', label: 'X', unit: 'count', values: [{ value: 1, asOf: '2018', asOfQualifier: 'mid-year', source: 'ministry-page' }] },
        ],
      },
      'figures[0].values[0].asOfQualifier',
      /"mid-year" is not a known asOfQualifier; use one of: end-of-year/,
    ],
    [
      'a figure with no value',
      { figures: [{ id: 'x', label: 'X', unit: 'count', values: [] }] },
      'figures[0].values',
      /at least one value/,
    ],
    [
      'values out of order',
      {
        figures: [
          {
            id: 'x',
            label: 'X',
            unit: 'count',
            values: [
              { value: 2, asOf: '2020', source: 'ministry-page' },
              { value: 1, asOf: '2019', source: 'ministry-page' },
            ],
          },
        ],
      },
      'figures[0].values[1].asOf',
      /oldest first/,
    ],
    [
      'two values with the same as-of date and the same source',
      {
        figures: [
          {
            id: 'x',
            label: 'X',
            unit: 'count',
            values: [
              { value: 1, asOf: '2019', source: 'ministry-page' },
              { value: 2, asOf: '2019', source: 'ministry-page' },
            ],
          },
        ],
      },
      'figures[0].values[1].asOf',
      /repeats the as-of date 2019 with the same source "ministry-page"; keep one value, or cite the other source when sources differ/,
    ],
    [
      'a disputed value followed by an older one',
      {
        sources: [validSource, { ...validSource, id: 'paper', kind: 'press' }],
        figures: [
          {
            id: 'x',
            label: 'X',
            unit: 'count',
            values: [
              { value: 1, asOf: '2019', source: 'ministry-page' },
              { value: 2, asOf: '2019', source: 'paper' },
              { value: 3, asOf: '2018', source: 'paper' },
            ],
          },
        ],
      },
      'figures[0].values[2].asOf',
      /must not be before the value before it \(2019\); list values oldest first/,
    ],
    ['a partial checked date', { checked: '2026-11' }, 'checked', /full date/],
    [
      'an unknown unit',
      { figures: [{ id: 'x', label: 'X', unit: 'cows', values: [{ value: 1, asOf: '2019', source: 'ministry-page' }] }] },
      'figures[0].unit',
      /not a known unit/,
    ],
    ['a misspelt field', { summmary: 'typo' }, '', /summmary/],
    ['a reference that is not a slug', { leadInstitution: 'Ministry of Justice' }, 'leadInstitution', /must name an entry/],
    ['ended without an end', { status: 'ended' }, 'end', /required when status is ended/],
    [
      'an id used twice',
      { timeline: [{ id: 'cases', date: '2004', text: 'T', source: 'ministry-page' }] },
      'timeline[0].id',
      /already used by figures\[0\]/,
    ],
    ['a summary too long', { summary: 'x'.repeat(201) }, 'summary', /at most 200 characters/],
  ])('rejects %s', (_name, overrides, path, message) => {
    const issue = firstIssue(validSolution(overrides));
    expect(issue.path).toBe(path);
    expect(issue.message).toMatch(message);
  });
});

describe('solutionTranslationSchema', () => {
  test('accepts translatable text only', () => {
    const result = solutionTranslationSchema.parse({
      title: 'Titre',
      summary: 'Résumé.',
      labels: { cases: 'Affaires' },
      lastReviewed: '2024-01-10',
    });
    expect(result.labels).toEqual({ cases: 'Affaires' });
  });

  test('rejects a fact such as sectors', () => {
    const result = solutionTranslationSchema.safeParse({
      title: 'Titre',
      summary: 'Résumé.',
      sectors: ['justice'],
      lastReviewed: '2024-01-10',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['sectors'] });
  });
});
