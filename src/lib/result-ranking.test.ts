import { describe, expect, test } from 'vitest';
import { fullMatches, holdsAll, leadingFullMatches, mergeWithOtherLanguage, rankByFullMatch, requiredWords } from './result-ranking.ts';

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

describe('leadingFullMatches', () => {
  const umucyo = { title: 'Umucyo', summary: 'Public procurement online.' };
  const irembo = { title: 'Irembo', summary: 'Public services online.' };
  const gacaca = { title: 'Gacaca courts', summary: 'Community justice.' };

  test('counts the first results that name every word, up to the first that does not', () => {
    expect(leadingFullMatches([umucyo, irembo, gacaca], 'public online')).toBe(2);
    expect(leadingFullMatches([gacaca, umucyo], 'public online')).toBe(0);
    expect(leadingFullMatches([umucyo, irembo], 'online')).toBe(2);
  });

  test('the results it counts are the first of the ranked list, whatever comes after them', () => {
    const arrived = [umucyo, gacaca, irembo];
    const shown = leadingFullMatches(arrived, 'public online');
    expect(mergeWithOtherLanguage(arrived, [{ title: 'Marchés publics', summary: '' }], 'public online').slice(0, shown)).toEqual(
      arrived.slice(0, shown),
    );
  });
});
