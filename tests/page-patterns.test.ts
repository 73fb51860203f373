import { describe, expect, test } from 'vitest';
import { heaviestPerPattern, pagePattern } from './setup/page-patterns.ts';

describe('pagePattern', () => {
  test.each([
    ['/', '/'],
    ['/en/', '/en/'],
    ['/fr/solutions/', '/fr/solutions/'],
    ['/en/solutions/umucyo/', '/en/solutions/*/'],
    ['/en/solutions/status/active/', '/en/solutions/status/*/'],
    ['/fr/briefings/solutions/gacaca/', '/fr/briefings/solutions/*/'],
  ])('%s is one of %s', (path, pattern) => {
    expect(pagePattern(path)).toBe(pattern);
  });
});

test('heaviestPerPattern keeps, per template and language, the heaviest page', () => {
  const weights: Record<string, number> = {
    '/en/': 5,
    '/en/solutions/umucyo/': 10,
    '/en/solutions/gacaca/': 30,
    '/en/solutions/irembo/': 20,
    '/fr/solutions/umucyo/': 12,
    '/en/countries/gn/': 7,
  };
  expect(heaviestPerPattern(Object.keys(weights), (path) => weights[path] ?? 0)).toEqual([
    '/en/',
    '/en/solutions/gacaca/',
    '/fr/solutions/umucyo/',
    '/en/countries/gn/',
  ]);
});
