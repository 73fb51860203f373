import { expect, test } from 'vitest';
import { fill } from './fill.ts';

test('fills each placeholder, numbers included, as often as it appears', () => {
  expect(fill('Page {n} of {total}; {n}', { n: 2, total: 5 })).toBe('Page 2 of 5; 2');
});

test('leaves a placeholder with no value as written, and never reads inherited properties', () => {
  expect(fill('{count} results for {query}', { count: 3 })).toBe('3 results for {query}');
  expect(fill('{constructor} {toString}', {})).toBe('{constructor} {toString}');
});
