import { expect, test } from 'vitest';
import { diffEntry, flatten } from './fact-diff.ts';

test('flattens items by id and figure values by as-of date', () => {
  expect(Object.fromEntries(flatten({ sdgs: [16, 3], figures: [{ id: 'cases', values: [{ asOf: '2012', value: 1958634 }] }] }))).toEqual({
    sdgs: '16, 3',
    'figures.cases.values[2012].asOf': '2012',
    'figures.cases.values[2012].value': '1958634',
  });
});

test('reports changed facts with old and new values, and text changes by field', () => {
  const before = {
    title: 'A',
    status: 'active',
    figures: [{ id: 'x', label: 'X', values: [{ asOf: '2017', value: 839, source: 's' }] }],
    sources: [{ id: 's', url: 'https://a.org' }],
  };
  const after = {
    title: 'B',
    status: 'active',
    figures: [
      {
        id: 'x',
        label: 'X!',
        values: [
          { asOf: '2017', value: 840, source: 's' },
          { asOf: '2018', value: 900, source: 's' },
        ],
      },
    ],
    sources: [{ id: 's', url: 'https://b.org' }],
  };
  const diff = diffEntry(before, after, 'Body.', 'Body changed.');
  expect(diff.facts).toEqual([
    { path: 'figures.x.values[2017].value', before: '839', after: '840' },
    { path: 'figures.x.values[2018].asOf', before: undefined, after: '2018' },
    { path: 'figures.x.values[2018].source', before: undefined, after: 's' },
    { path: 'figures.x.values[2018].value', before: undefined, after: '900' },
    { path: 'sources.s.url', before: 'https://a.org', after: 'https://b.org' },
  ]);
  expect(diff.text.sort()).toEqual(['body', 'figures.x.label', 'title']);
});
