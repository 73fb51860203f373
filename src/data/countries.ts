/** Countries with names from i18n-iso-countries and language names from Intl, per locale. */
import { getCollection, type CollectionEntry } from 'astro:content';
import isoCountries from 'i18n-iso-countries';
import enNames from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import frNames from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import { BLOC_LABELS, REGION_LABELS } from '../i18n/labels.ts';
import type { Locale } from '../i18n/locales.ts';

isoCountries.registerLocale(enNames);
isoCountries.registerLocale(frNames);

export interface CountryView {
  code: string;
  name: string;
  region: string;
  blocs: string[];
  languages: string[];
  entry: CollectionEntry<'countries'>;
}

/** "Guinée" for `gn` in French. */
export function countryName(code: string, lang: Locale): string {
  return isoCountries.getName(code.toUpperCase(), lang, { select: 'official' }) ?? code.toUpperCase();
}

function languageName(code: string, lang: Locale): string {
  const name = new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code;
  return lang === 'fr' ? name : name.charAt(0).toUpperCase() + name.slice(1);
}

function toView(entry: CollectionEntry<'countries'>, lang: Locale): CountryView {
  const { id, region, blocs, languages } = entry.data;
  return {
    code: id,
    name: countryName(id, lang),
    region: REGION_LABELS[region][lang],
    blocs: blocs.map((bloc) => BLOC_LABELS[bloc][lang]),
    languages: languages.map((code) => languageName(code, lang)),
    entry,
  };
}

/** All countries, sorted by name in the reader's language. */
export async function getCountries(lang: Locale): Promise<CountryView[]> {
  const entries = await getCollection('countries');
  return entries.map((entry) => toView(entry, lang)).sort((a, b) => a.name.localeCompare(b.name, lang));
}
