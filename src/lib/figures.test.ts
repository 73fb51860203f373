import { describe, expect, test } from 'vitest';
import { latestValues, valuesByDate } from './figures.ts';

const v = (value: number, asOf: string, source: string) => ({ value, asOf, source });

describe('valuesByDate', () => {
  test('keeps a plain series as one value per date', () => {
    expect(valuesByDate([v(1, '2019', 'a'), v(2, '2020', 'a')]).map((g) => [g.asOf, g.points.length, g.disputed])).toEqual([
      ['2019', 1, false],
      ['2020', 1, false],
    ]);
  });

  test('puts values sharing a date together and marks them disputed', () => {
    const groups = valuesByDate([v(1, '2018', 'a'), v(341065, '2019-01', 'a'), v(350000, '2019-01', 'b')]);
    expect(groups).toHaveLength(2);
    expect(groups[1]).toEqual({ asOf: '2019-01', disputed: true, points: [v(341065, '2019-01', 'a'), v(350000, '2019-01', 'b')] });
  });

  test('the latest values of a disputed figure are all of them, not one', () => {
    expect(latestValues([v(1, '2018', 'a'), v(2, '2019', 'a'), v(3, '2019', 'b')])?.points.map((p) => p.value)).toEqual([2, 3]);
    expect(latestValues([])).toBeUndefined();
  });
});
