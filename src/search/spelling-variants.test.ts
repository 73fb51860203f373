import { expect, test } from 'vitest';
import { spellingVariants } from './spelling-variants.ts';

test.each([
  ['Decentralisation and the 2006 reform', ['decentralization']],
  ['Rwanda decentralized in 2000', ['decentralised']],
  ['digitised services, organisations', ['digitized', 'organizations']],
  ['Regularization of land tenure', ['regularisation']],
])('%s', (text, expected) => {
  expect(spellingVariants(text)).toEqual(expected);
});

test('a text that already has both spellings needs no variant', () => {
  expect(spellingVariants('decentralisation, also written decentralization')).toEqual([]);
});

test('words without an -ise/-ize ending, or with too short a stem, are left alone', () => {
  expect(spellingVariants('Gacaca courts tried 1,958,634 cases')).toEqual([]);
  expect(spellingVariants('prices rise; a wise size')).toEqual([]);
});
