import { describe, expect, test } from 'vitest';
import { formatAsOf, formatDate, formatFigureValue, formatNumber, listSeparator } from './format.ts';

describe('formatDate', () => {
  test.each([
    ['2016', 'en', '2016'],
    ['2016-07', 'en', 'July 2016'],
    ['2016-07', 'fr', 'juillet 2016'],
    ['2024-11-20', 'en', '20 November 2024'],
    ['2024-11-20', 'fr', '20 novembre 2024'],
    ['2026-03-01', 'fr', '1er mars 2026'],
    ['2026-03-01', 'en', '1 March 2026'],
  ] as const)('%s in %s is "%s" (its precision, no invented day)', (date, locale, expected) => {
    expect(formatDate(date, locale)).toBe(expected);
  });
});

describe('formatFigureValue', () => {
  test('groups digits the way each language does', () => {
    expect(formatNumber(1958634, 'en')).toBe('1,958,634');
    expect(formatNumber(1958634, 'fr').replace(/\s/g, ' ')).toBe('1 958 634');
  });
  test.each([
    [96.15, 'percent', 'en', '96.15%'],
    [806000000, 'usd', 'en', 'US$806,000,000'],
    [100, 'days', 'fr', '100 jours'],
    [3493, 'count', 'en', '3,493'],
  ] as const)('%d %s in %s', (value, unit, locale, expected) => {
    expect(formatFigureValue(value, unit, locale).replace(/\s/g, ' ')).toBe(expected);
  });
});

test('quotation marks follow each language', async () => {
  const { quote } = await import('./format.ts');
  expect(quote('transparency', 'en')).toBe('“transparency”');
  expect(quote('transparence', 'fr')).toBe('«\u202ftransparence\u202f»');
});

describe('a figure’s date with its preposition', () => {
  test.each([
    ['2025-09', 'fr', 'en septembre 2025'],
    ['2018', 'fr', 'en 2018'],
    ['2016-06-27', 'fr', 'au 27 juin 2016'],
    ['2025-09', 'en', 'as of September 2025'],
    ['2018', 'en', 'as of 2018'],
  ] as const)('%s in %s: %s', (date, lang, expected) => {
    expect(formatAsOf(date, lang)).toBe(expected);
  });

  test.each([
    ['fr', 'à fin\u00a02018'],
    ['en', 'as of end\u00a02018'],
  ] as const)('a value its source gives at the end of 2018, in %s: %s', (lang, expected) => {
    expect(formatAsOf('2018', lang, 'end-of-year')).toBe(expected);
  });

  test('French never says « au » before a month or a year', () => {
    for (const date of ['2012', '2012-06', '2017-12']) expect(formatAsOf(date, 'fr')).not.toMatch(/^au /);
  });
});

test('a list in running text is separated as each language prints it', () => {
  expect(listSeparator('en')).toBe('; ');
  expect(listSeparator('fr')).toBe('\u202f; ');
});
