import { expect, test } from 'vitest';
import { suggestNext } from './suggest.ts';

const sectors = new Map<string, string[]>([
  ['umucyo', ['public-finance-and-procurement', 'digital-government']],
  ['irembo', ['digital-government']],
  ['abunzi', ['justice']],
  ['gacaca', ['justice']],
]);

test('explains suggestions by regional bloc and by shared sector, strongest first, never what the country has', () => {
  const result = suggestNext({
    own: ['umucyo'],
    blocs: ['ECOWAS'],
    others: [
      { name: 'Liberia', blocs: ['ECOWAS'], solutions: ['abunzi'] },
      { name: 'Sierra Leone', blocs: ['ECOWAS'], solutions: ['abunzi', 'umucyo'] },
      { name: 'Kenya', blocs: ['EAC'], solutions: ['gacaca'] },
    ],
    sectors,
  });
  expect(result).toEqual([
    { solution: 'abunzi', reasons: [{ kind: 'bloc', bloc: 'ECOWAS', countries: ['Liberia', 'Sierra Leone'] }] },
    { solution: 'irembo', reasons: [{ kind: 'sector', sector: 'digital-government', like: ['umucyo'] }] },
  ]);
});

test('no data, no suggestion', () => {
  expect(suggestNext({ own: [], blocs: [], others: [], sectors })).toEqual([]);
});
