import { expect, test } from 'vitest';
import { joinBase, normalizeBase, stripBase } from './base.ts';

test.each([
  [undefined, '/'],
  ['', '/'],
  ['/', '/'],
  ['homegrown', '/homegrown/'],
  ['/homegrown', '/homegrown/'],
  ['/homegrown/', '/homegrown/'],
])('normalizeBase(%j) -> %s', (raw, expected) => {
  expect(normalizeBase(raw)).toBe(expected);
});

test('joinBase and stripBase are inverses under a base', () => {
  expect(joinBase('/en/solutions/umucyo/', '/homegrown/')).toBe('/homegrown/en/solutions/umucyo/');
  expect(joinBase('/en/', '/')).toBe('/en/');
  expect(stripBase('/homegrown/en/solutions/umucyo/', '/homegrown/')).toBe('/en/solutions/umucyo/');
  expect(stripBase('/homegrown', '/homegrown/')).toBe('/');
  expect(stripBase('/elsewhere/', '/homegrown/')).toBe('/elsewhere/');
  expect(stripBase('/en/', '/')).toBe('/en/');
});
