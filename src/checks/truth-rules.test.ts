import { describe, expect, test } from 'vitest';
import { formatPath } from './problem.ts';
import { monthsBefore, truthWarnings, unofficialStages } from './truth-rules.ts';

const sources = [
  { id: 'paper', kind: 'press' as const },
  { id: 'ngo', kind: 'ngo-company' as const },
  { id: 'ministry', kind: 'other-government' as const },
  { id: 'rci', kind: 'rwanda-cooperation' as const },
];
const stage = (overrides: Record<string, unknown>) => ({ id: 'deal', stage: 'agreement', source: 'paper', ...overrides });
const TODAY = '2026-12-02';
const warnings = (entry: Parameters<typeof truthWarnings>[0]) =>
  truthWarnings(entry, TODAY).map((w) => ({ path: formatPath(w.path), message: w.message }));

describe('checked', () => {
  test('six months back is computed from the injected day', () => {
    expect(monthsBefore(TODAY, 6)).toBe('2026-06-02');
  });

  test.each([
    ['missing', undefined, /^is missing; add checked: YYYY-MM-DD after looking for news/],
    [
      'older than 6 months',
      '2026-06-01',
      /^was 2026-06-01, more than 6 months ago; look for news about this entry in public sources, then update the date$/,
    ],
  ])('warns when %s', (_name, checked, message) => {
    const found = warnings({ checked, sources, stages: [] });
    expect(found).toHaveLength(1);
    expect(found[0]?.path).toBe('checked');
    expect(found[0]?.message).toMatch(message);
  });

  test('is quiet for a recent check, six months to the day included', () => {
    expect(warnings({ checked: '2026-06-02', sources })).toEqual([]);
    expect(warnings({ checked: '2026-11-30', sources })).toEqual([]);
  });
});

describe('stages beyond a study visit', () => {
  test.each([
    ['press only', stage({}), 'press'],
    ['press and an NGO', stage({ also: ['ngo'] }), 'press, ngo-company'],
    ['a pilot on an NGO page', stage({ stage: 'pilot', source: 'ngo' }), 'ngo-company'],
  ])('warn when they rest on %s', (_name, s, kinds) => {
    const found = warnings({ checked: TODAY, sources, stages: [s] });
    expect(found).toEqual([
      {
        path: 'stages[0].source',
        message: `stage "deal" (${String(s.stage)}) rests only on ${kinds} sources; corroborate with an official source if one exists (add its id under also:), or record uncorroborated: ${TODAY} once you have looked and found none`,
      },
    ]);
  });

  test.each([
    ['a study visit on press', stage({ stage: 'study-visit' })],
    ['an official source', stage({ source: 'ministry' })],
    ['an official source under also', stage({ also: ['rci'] })],
    ['a recorded search', stage({ uncorroborated: '2026-12-01' })],
  ])('pass with %s', (_name, s) => {
    expect(unofficialStages({ sources, stages: [s] })).toEqual([]);
  });
});
