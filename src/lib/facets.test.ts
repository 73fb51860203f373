import { expect, test } from 'vitest';
import { countValues, withValue } from './facets.ts';

const items = [
  { sdgs: [16, 9], sectors: ['justice'] },
  { sdgs: [16], sectors: ['justice', 'health'] },
  { sdgs: [3, 3], sectors: ['health'] },
];

test('counts each item once per value, most frequent first, numbers in numeric order', () => {
  expect(countValues(items, (i) => i.sdgs)).toEqual([
    { value: '16', count: 2 },
    { value: '3', count: 1 },
    { value: '9', count: 1 },
  ]);
});

test('filters items that carry a value', () => {
  expect(withValue(items, (i) => i.sectors, 'health')).toHaveLength(2);
  expect(withValue(items, (i) => i.sdgs, '16')).toHaveLength(2);
  expect(withValue(items, (i) => i.sdgs, '1')).toHaveLength(0);
});
