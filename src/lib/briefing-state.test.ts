import { expect, test } from 'vitest';
import { briefingFromParams, briefingParams, mailto, move } from './briefing-state.ts';

const known = new Set(['umucyo', 'abunzi', 'irembo']);
const countries = new Set(['gn', 'ls']);

test('reads the selection from the URL, dropping unknown or repeated entries, keeping the order', () => {
  expect(briefingFromParams(new URLSearchParams('s=abunzi,umucyo,evil<script>,abunzi&c=gn'), known, countries)).toEqual({
    solutions: ['abunzi', 'umucyo'],
    country: 'gn',
  });
  expect(briefingFromParams(new URLSearchParams('c=xx'), known, countries)).toEqual({ solutions: [], country: undefined });
});

test('writes a readable URL', () => {
  expect(briefingParams({ solutions: ['umucyo', 'abunzi'], country: 'gn' })).toBe('s=umucyo,abunzi&c=gn');
  expect(briefingParams({ solutions: [], country: undefined })).toBe('');
});

test('moves an item up or down, and not past either end', () => {
  expect(move(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
  expect(move(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
  expect(move(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
});

test('encodes the study-visit e-mail', () => {
  expect(mailto('visits@example.org', 'Visite : Umucyo', 'Ligne 1\nLigne 2')).toBe(
    'mailto:visits@example.org?subject=Visite%20%3A%20Umucyo&body=Ligne%201%0ALigne%202',
  );
});
