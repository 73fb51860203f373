import { expect, test } from 'vitest';
import { emptyObjectFields } from './empty-objects.ts';

test('an optional object the editor left alone is left out of the save; a filled or half-filled one stays', () => {
  expect(
    emptyObjectFields({
      title: 'T',
      sources: [],
      whatItTook: { legalBasis: [], prerequisites: [], costs: [], pilot: { date: '', source: '' } },
      kinyarwanda: { name: '', meaning: undefined },
      start: { date: '2020', source: '' },
      end: { date: '2021', source: 'x' },
    }),
  ).toEqual(['whatItTook', 'kinyarwanda']);
  expect(emptyObjectFields({ whatItTook: { legalBasis: [{ id: 'law' }] } })).toEqual([]);
});
