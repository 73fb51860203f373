import { expect, test } from 'vitest';
import { suggest, vocabulary } from './did-you-mean.ts';
import { fold } from './words.ts';

const names = vocabulary([
  'Umucyo e-procurement',
  'Isange One Stop Centre',
  'Guinée',
  'Abunzi',
  'Umuganda',
  'Gacaca courts',
  'Imihigo',
  'Gender',
]);

test('folds accents and case', () => {
  expect(fold('Guinée ÉTAT')).toBe('guinee etat');
});

test('the vocabulary keeps words of four letters or more, once each', () => {
  expect(vocabulary(['One Stop Centre', 'one-stop centre', 'Umucyo'])).toEqual(['Centre', 'Stop', 'Umucyo']);
});

test.each([
  ['Umuchyo', 'Umucyo'],
  ['umuchyo', 'Umucyo'],
  ['Gachacha', 'Gacaca'],
  ['Guinee', undefined],
  ['guine', 'Guinée'],
  ['Abunzy courts', 'Abunzi courts'],
  ['Umucyo', undefined],
  ['procurement', undefined],
  ['xqzvbnkw', undefined],
  ['the', undefined],
  // Kinyarwanda names within two edits.
  ['imihego', 'Imihigo'],
  ['umuganta', 'Umuganda'],
  ['imuhego', 'Imihigo'],
  ['imuhegu', undefined],
])('"%s" -> %s', (query, expected) => {
  expect(suggest(query, names)).toBe(expected);
});
