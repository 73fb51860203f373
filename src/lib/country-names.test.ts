import isoCountries from 'i18n-iso-countries';
import enNames from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import frNames from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import { expect, test } from 'vitest';
import { officialName, shortName, type NameLookup } from './country-names.ts';

isoCountries.registerLocale(enNames);
isoCountries.registerLocale(frNames);
const lookup: NameLookup = (code, lang, select) => isoCountries.getName(code, lang, { select });

test.each([
  ['sz', 'en', 'Eswatini'],
  ['sz', 'fr', 'Eswatini'],
  ['gm', 'en', 'The Gambia'],
  ['gm', 'fr', 'Gambie'],
  ['gn', 'fr', 'Guinée'],
  ['tz', 'en', 'Tanzania'],
  ['cd', 'en', 'Democratic Republic of the Congo'],
  ['cg', 'en', 'Republic of the Congo'],
  ['ci', 'fr', "Côte d'Ivoire"],
  ['ci', 'en', "Côte d'Ivoire"],
] as const)('%s in %s is shown as %s', (code, lang, expected) => {
  expect(shortName(code, lang, lookup)).toBe(expected);
});

test('the formal name stays available', () => {
  expect(lookup('GM', 'en', 'official')).toBe('Republic of The Gambia');
});

test('one spelling of Côte d’Ivoire in French, short and formal', () => {
  expect(officialName('ci', 'fr', lookup)).toBe("République de Côte d'Ivoire");
  expect(officialName('gm', 'fr', lookup)).toBe(lookup('GM', 'fr', 'official'));
});
