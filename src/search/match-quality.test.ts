import { describe, expect, test } from 'vitest';
import { isStrayMatch, markedWords, matchesWell } from './match-quality.ts';

describe('markedWords', () => {
  test('reads the words of every mark, folded, punctuation dropped', () => {
    expect(markedWords('Ndi Umunyarwanda <mark>("I</mark> am Rwandan). <mark>Décentralisation,</mark>')).toEqual(['i', 'decentralisation']);
  });
});

describe('isStrayMatch', () => {
  test.each([
    ['imihego', 'Ndi Umunyarwanda <mark>("I</mark> am Rwandan")', true],
    ['Umuchyo', 'Mashirika ya <mark>UM</mark> kuanzisha Kituo', true],
    ['gachacha', 'Tigistu <mark>G.</mark> Abza', true],
    ['thematic', 'one of <mark>the</mark> pillars', true],
    // A short word the query asks for is a real match.
    ['I am Rwandan', 'Ndi Umunyarwanda <mark>("I</mark> am Rwandan")', false],
    ['tender', 'bodies publish <mark>tenders</mark> and suppliers', false],
    ['imihego', 'One stray <mark>I</mark> and one <mark>imihigo</mark>', false],
    // Matched in a meta field only: nothing marked, nothing to judge.
    ['organized', 'Health insurance. A subsidised scheme', false],
  ])('"%s" in %s -> %s', (query, excerpt, stray) => {
    expect(isStrayMatch(query, excerpt)).toBe(stray);
  });
});

describe('matchesWell', () => {
  const umucyo = { title: 'Umucyo', summary: 'Rwanda’s e-procurement system', excerpt: 'public bodies publish <mark>tenders</mark>' };
  const chad = { title: 'Chad: public finance', excerpt: 'online <mark>tendering</mark> are possible' };

  test('every query word found whole or as the start of a marked word: matched well', () => {
    expect(matchesWell('tender', [umucyo, chad])).toBe(true);
  });

  test('a word found in a title counts, function words need not be found', () => {
    expect(matchesWell('the umucyo', [{ title: 'Umucyo', excerpt: 'no marks' }])).toBe(true);
  });

  test('a word found nowhere, or no result at all: not matched well', () => {
    expect(matchesWell('tender gender', [umucyo, chad])).toBe(false);
    expect(matchesWell('tender', [])).toBe(false);
    expect(matchesWell('imihego', [{ title: 'Ndi Umunyarwanda', excerpt: '<mark>I</mark> am Rwandan' }])).toBe(false);
  });
});
