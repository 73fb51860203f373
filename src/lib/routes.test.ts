import { describe, expect, test } from 'vitest';
import { paths, switchLocale } from './routes.ts';

describe('switchLocale', () => {
  test.each([
    ['/en/solutions/umucyo/', 'fr', '/fr/solutions/umucyo/'],
    ['/fr/countries/gn/', 'en', '/en/countries/gn/'],
    ['/en/', 'fr', '/fr/'],
    ['/', 'fr', '/fr/'],
    ['/404.html', 'fr', '/fr/'],
  ] as const)('%s -> %s', (from, to, expected) => {
    expect(switchLocale(from, to)).toBe(expected);
  });
});

test('country paths use the lower-case ISO code', () => {
  expect(paths.country('en', 'GN')).toBe('/en/countries/gn/');
});
