import { expect, test } from 'vitest';
import { queryLanguage } from './query-language.ts';

test.each([
  ['marchés publics', 'fr'],
  ['marches publics', 'fr'],
  ['Guinée', 'fr'],
  ['public procurement', 'en'],
  ['land of the thousand hills', 'en'],
  ['Umucyo', undefined],
  ['Gacaca', undefined],
])('"%s" looks %s', (query, lang) => {
  expect(queryLanguage(query)).toBe(lang);
});
