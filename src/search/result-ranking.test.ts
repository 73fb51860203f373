import { describe, expect, test } from 'vitest';
import {
  fullMatches,
  holdsAll,
  matchesInFull,
  mayMatchInFull,
  mergeWithOtherLanguage,
  rankByFullMatch,
  requiredWords,
  settledOrder,
} from './result-ranking.ts';

describe('requiredWords', () => {
  test('folds accents and case, drops function words and repeats', () => {
    expect(requiredWords('Les Marchés publics, marchés')).toEqual(['marches', 'publics']);
    expect(requiredWords('the public procurement')).toEqual(['public', 'procurement']);
    expect(requiredWords('')).toEqual([]);
  });
});

describe('holdsAll', () => {
  test('whole words only, accents and case ignored', () => {
    expect(holdsAll('Umucyo, les marchés publics en ligne', ['marches', 'publics'])).toBe(true);
    // "March" is not "marchés", "public" is not "publics".
    expect(holdsAll('A study tour in March on public land registration', ['marches', 'publics'])).toBe(false);
    expect(holdsAll('Umucyo e-procurement', ['procurement'])).toBe(true);
    expect(holdsAll('anything', [])).toBe(false);
  });
});

const ethiopia = { title: 'Ethiopia: study tours of land registration', summary: 'Officials visited Rwanda in March on public land.' };
const guinea = { title: 'Guinea: TELEMO, a public e-procurement platform', summary: 'Built with Rwandan support.' };
const umucyo = { title: 'Umucyo e-procurement', summary: 'Rwanda’s public procurement system, online since 2016.' };

describe('rankByFullMatch', () => {
  test('a result that names every query word in its title or summary ranks above body-only matches, order kept within groups', () => {
    expect(rankByFullMatch([ethiopia, guinea, umucyo], 'public procurement')).toEqual([guinea, umucyo, ethiopia]);
    expect(rankByFullMatch([ethiopia, umucyo, guinea], 'public procurement')).toEqual([umucyo, guinea, ethiopia]);
  });
  test('with no full match the order is Pagefind’s', () => {
    expect(rankByFullMatch([ethiopia, guinea], 'marchés publics')).toEqual([ethiopia, guinea]);
  });
});

describe('the other language', () => {
  const umucyoFr = { title: 'Umucyo, les marchés publics en ligne', summary: 'Le système rwandais.' };
  const guineaFr = { title: 'Guinée : TELEMO, une plateforme de marchés publics en ligne', summary: '' };
  const landFr = { title: 'La régularisation foncière', summary: 'Des visites en mars.' };

  test('fullMatches keeps only pages that name every word', () => {
    expect(fullMatches([landFr, umucyoFr, guineaFr], 'marchés publics')).toEqual([umucyoFr, guineaFr]);
  });

  test('"marchés publics" on the English pages: the French full matches come before a page that matched "March"', () => {
    expect(mergeWithOtherLanguage([ethiopia, guinea], [umucyoFr, landFr, guineaFr], 'marchés publics')).toEqual([
      umucyoFr,
      guineaFr,
      ethiopia,
      guinea,
    ]);
  });

  test('the current language’s full matches stay first', () => {
    const enMatch = { title: 'Marchés publics explained', summary: '' };
    expect(mergeWithOtherLanguage([ethiopia, enMatch], [umucyoFr], 'marchés publics')).toEqual([enMatch, umucyoFr, ethiopia]);
  });
});

describe('mayMatchInFull', () => {
  test('only a result whose matched meta fields include its title or summary may match in full', () => {
    expect(mayMatchInFull('public online', ['summary', 'name'])).toBe(true);
    expect(mayMatchInFull('public online', ['title'])).toBe(true);
    expect(mayMatchInFull('public online', ['name', 'type'])).toBe(false);
    expect(mayMatchInFull('public online', [])).toBe(false);
    expect(mayMatchInFull('public online', undefined)).toBe(false);
  });

  test('a quoted query, for which Pagefind lists no fields, leaves every result possible', () => {
    expect(mayMatchInFull('"public online"', [])).toBe(true);
  });
});

describe('settledOrder', () => {
  const umucyo = { title: 'Umucyo', summary: 'Public procurement online.' };
  const irembo = { title: 'Irembo', summary: 'Public services online.' };
  const gacaca = { title: 'Gacaca courts', summary: 'Community justice.' };

  test('full matches are placed once every result before them is known; the others once all are', () => {
    expect(settledOrder([true, undefined, true])).toEqual([0]);
    expect(settledOrder([false, true, undefined])).toEqual([1]);
    expect(settledOrder([undefined, true])).toEqual([]);
    expect(settledOrder([false, true, false, true])).toEqual([1, 3, 0, 2]);
    expect(settledOrder([false, false])).toEqual([0, 1]);
    expect(settledOrder([false, true, false], false)).toEqual([1]);
  });

  test('what it places is the head of the ranked list, whatever the unknown results turn out to be', () => {
    const results = [gacaca, umucyo, irembo];
    const ranked = mergeWithOtherLanguage(results, [], 'public online');
    for (const unknown of [[], [2], [0, 2]]) {
      const full = results.map((r, i) => (unknown.includes(i) ? undefined : matchesInFull(r, 'public online')));
      const placed = settledOrder(full).map((i) => results[i]);
      expect(ranked.slice(0, placed.length)).toEqual(placed);
    }
  });
});
