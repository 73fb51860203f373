/** Countries with names from i18n-iso-countries and language names from Intl, per locale. */
import type { CollectionEntry } from 'astro:content';
import isoCountries from 'i18n-iso-countries';
import enNames from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import frNames from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import { BLOC_LABELS, REGION_LABELS } from '#src/i18n/labels.ts';
import { DEFAULT_LOCALE, inLocale, localeConfig, type Locale } from '#src/config/locales.ts';
import { sortByName } from '#src/lib/collate.ts';
import { officialName, shortName } from '#src/lib/country-names.ts';
import { typeset } from '#src/i18n/typography.ts';

isoCountries.registerLocale(enNames);
isoCountries.registerLocale(frNames);

/** The language of i18n-iso-countries' names: a language without its names file registered above uses English ones. */
const namesIn = (lang: Locale): string => (isoCountries.langs().includes(lang) ? lang : DEFAULT_LOCALE);

export interface CountryView {
  code: string;
  /** The common short name lists and pages show: "Eswatini", "The Gambia" / "Gambie". */
  name: string;
  /** The formal name, for where it matters (a briefing's cover): "Republic of The Gambia". */
  officialName: string;
  region: string;
  blocs: string[];
  languages: string[];
  entry: CollectionEntry<'countries'>;
}

/** The common short name: "Guinée" for `gn` in French, "The Gambia" for `gm` in English. */
export function countryName(code: string, lang: Locale): string {
  return typeset(
    shortName(code, lang, (c, l, select) => isoCountries.getName(c, namesIn(l), { select })),
    lang,
  );
}

/** The formal name: "Republic of The Gambia", "Royaume d’Eswatini". */
export function officialCountryName(code: string, lang: Locale): string {
  return typeset(
    officialName(code, lang, (c, l, select) => isoCountries.getName(c, namesIn(l), { select })),
    lang,
  );
}

function languageName(code: string, lang: Locale): string {
  const { intl, capitalizeLanguageNames } = localeConfig(lang);
  const name = new Intl.DisplayNames([intl], { type: 'language' }).of(code) ?? code;
  return capitalizeLanguageNames ? name.charAt(0).toUpperCase() + name.slice(1) : name;
}

function toView(entry: CollectionEntry<'countries'>, lang: Locale): CountryView {
  const { id, region, blocs, languages } = entry.data;
  return {
    code: id,
    name: countryName(id, lang),
    officialName: officialCountryName(id, lang),
    region: inLocale(REGION_LABELS[region], lang),
    blocs: blocs.map((bloc) => inLocale(BLOC_LABELS[bloc], lang)),
    languages: languages.map((code) => languageName(code, lang)),
    entry,
  };
}

/** All countries, sorted by name in the reader's language ("The Gambia" under G). */
export function countryViews(entries: readonly CollectionEntry<'countries'>[], lang: Locale): CountryView[] {
  return sortByName(
    entries.map((entry) => toView(entry, lang)),
    (country) => country.name,
    lang,
  );
}
