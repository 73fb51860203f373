import { describe, expect, test } from 'vitest';
import { A_TO_Z_PAGE_SIZE, aToZPageCount, byLetter, letterOf, letterPages } from './a-to-z.ts';

const entry = (label: string) => ({ label });

describe('the A to Z pages', () => {
  test('file an entry under its first letter without accent, in capitals', () => {
    expect(letterOf('Éthiopie')).toBe('E');
    expect(letterOf('abunzi')).toBe('A');
  });

  test('group consecutive entries by letter, keeping their order', () => {
    expect(byLetter(['Abunzi', 'Éthiopie', 'Ethiopia', 'Umuganda'].map(entry))).toEqual([
      { letter: 'A', entries: [entry('Abunzi')] },
      { letter: 'E', entries: [entry('Éthiopie'), entry('Ethiopia')] },
      { letter: 'U', entries: [entry('Umuganda')] },
    ]);
  });

  test('send each letter to the page of its first entry', () => {
    const entries = ['A1', 'A2', 'B1', 'B2', 'B3', 'C1', 'D1'].map(entry);
    expect(letterPages(entries, 3)).toEqual([
      { letter: 'A', page: 1 },
      { letter: 'B', page: 1 },
      { letter: 'C', page: 2 },
      { letter: 'D', page: 3 },
    ]);
  });

  test('count pages of a fixed size, at least one', () => {
    expect(aToZPageCount(0)).toBe(1);
    expect(aToZPageCount(A_TO_Z_PAGE_SIZE)).toBe(1);
    expect(aToZPageCount(A_TO_Z_PAGE_SIZE + 1)).toBe(2);
    expect(aToZPageCount(15 * A_TO_Z_PAGE_SIZE)).toBe(15);
  });
});
