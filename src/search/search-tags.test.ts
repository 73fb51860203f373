import { expect, test } from 'vitest';
import { searchTags } from './search-tags.ts';

test('keeps known filters in order, each value once, and drops empty ones', () => {
  expect(
    searchTags(
      { sector: ['justice', 'justice', 'health'], sdg: [16], country: [], type: ['solution'] },
      { type: 'Solution', country: undefined },
    ),
  ).toEqual({
    filters: { type: ['solution'], sector: ['justice', 'health'], sdg: ['16'] },
    meta: { type: 'Solution' },
    variants: [],
  });
});

test('English text adds the other spelling of its -ise/-ize words, for the index only', () => {
  expect(searchTags({}, {}, 'Decentralisation and the 2006 territorial reform').variants).toEqual(['decentralization']);
});
