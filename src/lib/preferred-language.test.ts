import { expect, test } from 'vitest';
import { preferredLanguage } from './preferred-language.ts';

test.each([
  [null, ['fr-FR', 'en'], 'fr'],
  [null, ['fr-CA'], 'fr'],
  [null, ['de-DE', 'fr', 'en'], 'fr'],
  [null, ['en-GB', 'fr'], 'en'],
  [null, ['rw', 'sw'], 'en'],
  [null, [], 'en'],
  ['en', ['fr-FR'], 'en'],
  ['fr', ['en-US'], 'fr'],
  ['xx', ['fr-FR'], 'fr'],
] as const)('stored %s, browser %j -> %s', (stored, languages, expected) => {
  expect(preferredLanguage(stored, languages)).toBe(expected);
});
