import { describe, expect, test } from 'vitest';
import { compareNames, sortByName, sortKey } from './collate.ts';

describe('sortKey', () => {
  test.each([
    ['Les juridictions Gacaca', 'fr', 'juridictions Gacaca'],
    ['La médiation Abunzi', 'fr', 'médiation Abunzi'],
    ['Le programme Girinka', 'fr', 'programme Girinka'],
    ['L’Umuganda', 'fr', 'Umuganda'],
    ["L'Umuganda", 'fr', 'Umuganda'],
    ['The Gambia', 'en', 'Gambia'],
    ['Lesotho', 'fr', 'Lesotho'],
    ['Laos', 'fr', 'Laos'],
    ['Theatre', 'en', 'Theatre'],
    ['The', 'en', 'The'],
  ] as const)('%s (%s) -> %s', (text, lang, expected) => {
    expect(sortKey(text, lang)).toBe(expected);
  });
});

test('French lists ignore articles and accents as a French reader expects', () => {
  const titles = ['Umucyo', 'Les juridictions Gacaca', 'Abunzi', 'Éducation de base', 'Irembo', 'La médiation'];
  expect(sortByName(titles, (t) => t, 'fr')).toEqual([
    'Abunzi',
    'Éducation de base',
    'Irembo',
    'Les juridictions Gacaca',
    'La médiation',
    'Umucyo',
  ]);
});

test('English country names: The Gambia under G, Eswatini under E', () => {
  expect(sortByName(['Jamaica', 'The Gambia', 'Eswatini', 'Ghana', 'Guinea'], (t) => t, 'en')).toEqual([
    'Eswatini',
    'The Gambia',
    'Ghana',
    'Guinea',
    'Jamaica',
  ]);
  expect(compareNames('item 2', 'item 10', 'en')).toBeLessThan(0);
});
