/**
 * The site's languages, in one table: everything that differs between them and is not an
 * interface string (those are in `src/i18n/<tag>.ts` and `src/i18n/labels.ts`). Code asks this
 * table (`localeConfig(lang).intl`, `.typography`...) instead of comparing a language with `'fr'`.
 *
 * Adding a language: an entry here, its interface strings (`src/i18n/<tag>.ts`, registered in
 * `src/i18n/ui.ts`), its values in `src/i18n/labels.ts`, and its text in the per-language data
 * fields (`localized()`). Entries, case studies and events fall back to English with a notice
 * until they are translated. See CONTRIBUTING.md "Adding a language".
 *
 * This module is also bundled into browser scripts: it holds data only, and reads the
 * environment only where there is one.
 */

/** What a date phrase introduces: a figure's date, a source's publication or the day it was read. */
export type DatePhrase = 'asOf' | 'published' | 'accessed';

export interface LocaleConfig {
  /** URL segment (`/fr/`), translation file name (`fr.mdx`) and key of per-language data. */
  tag: string;
  /** The language's name in itself, for the language choice on `/`. */
  name: string;
  /** BCP 47 tag of the pages' text: `<html lang>`, `hreflang`. */
  htmlLang: string;
  /** Intl locale of dates, numbers, lists and plurals: "20 November 2024", "1 958 634". */
  intl: string;
  /** Open Graph `og:locale`. */
  ogLocale: string;
  /**
   * Pagefind's stemmer for the language, whose file the search page preloads (`wasm.fr.pagefind`);
   * `unknown` where Pagefind has none. Pagefind names the language's index after `htmlLang`.
   */
  searchLanguage: string;
  /** Lists sort by `intl`'s collation with these options, without a leading article ("Les juridictions Gacaca" under G). */
  collation: { leadingArticles: RegExp; options: Intl.CollatorOptions };
  typography: {
    /** Space put before ; : ! ? (French: a narrow no-break space), empty when none. */
    spaceBeforePunctuation: string;
    /** Opening and closing quotation marks, with their inner spaces. */
    quotes: readonly [string, string];
    /** The article a title starts with, lowered when the title is placed inside a sentence. */
    titleArticle: RegExp | undefined;
    /** Particles before a title contract (qu’Umucyo, d’Irembo, des juridictions Gacaca). */
    elision: boolean;
    /** How the first day of a month is written in a date, where it is not "1": French « 1er mars 2026 ». */
    firstOfMonth: string | undefined;
  };
  /**
   * How a date is introduced, by what it dates and how precisely it is known ({date} is the
   * formatted date): a figure's "as of September 2025", in French « en septembre 2025 », « en 2018 »,
   * « au 27 juin 2016 »; a source's « publié le 2 octobre 2019 », « consulté le 7 décembre 2026 ».
   */
  datePhrases: Readonly<Record<DatePhrase, Readonly<Record<'year' | 'month' | 'day', string>>>>;
  /**
   * A figure's date that its source gives as the end of a year ({date} is the year): "as of end 2018",
   * « à fin 2018 », with a no-break space so that the year never starts a line.
   */
  asOfEndOfYear: string;
  /** Language names start with a capital ("French") or not ("anglais"). */
  capitalizeLanguageNames: boolean;
  /** Where a currency sign goes: "US$806" (before) or "806 USD" (after). */
  currencyBefore: boolean;
  /** What tells a search query is in this language (to offer its index): function words, letters only it uses. */
  queryHints: { words: readonly string[]; letters: RegExp | undefined };
}

const NARROW_NBSP = '\u202f';

const TABLE = {
  en: {
    tag: 'en',
    name: 'English',
    htmlLang: 'en',
    intl: 'en-GB',
    ogLocale: 'en_GB',
    searchLanguage: 'en',
    collation: { leadingArticles: /^(the|a|an)\s+/iu, options: { sensitivity: 'base', numeric: true } },
    typography: { spaceBeforePunctuation: '', quotes: ['“', '”'], titleArticle: /^The(?=\s)/u, elision: false, firstOfMonth: undefined },
    datePhrases: {
      asOf: { year: 'as of {date}', month: 'as of {date}', day: 'as of {date}' },
      published: { year: 'published {date}', month: 'published {date}', day: 'published {date}' },
      accessed: { year: 'accessed {date}', month: 'accessed {date}', day: 'accessed {date}' },
    },
    asOfEndOfYear: 'as of end\u00a0{date}',
    capitalizeLanguageNames: true,
    currencyBefore: true,
    queryHints: {
      words:
        'the of and for with in on to by from is are country public procurement government health land study visit courts community'.split(
          ' ',
        ),
      letters: undefined,
    },
  },
  fr: {
    tag: 'fr',
    name: 'Français',
    htmlLang: 'fr',
    intl: 'fr-FR',
    ogLocale: 'fr_FR',
    searchLanguage: 'fr',
    collation: { leadingArticles: /^(?:(?:les|le|la|une|un|des)\s+|l['’]\s*)/iu, options: { sensitivity: 'base', numeric: true } },
    typography: {
      spaceBeforePunctuation: NARROW_NBSP,
      quotes: [`«${NARROW_NBSP}`, `${NARROW_NBSP}»`],
      titleArticle: /^(?:(?:Les|Le|La)(?=\s)|L[’'](?=\p{L}))/u,
      elision: true,
      firstOfMonth: '1er',
    },
    datePhrases: {
      asOf: { year: 'en {date}', month: 'en {date}', day: 'au {date}' },
      published: { year: 'publié en {date}', month: 'publié en {date}', day: 'publié le {date}' },
      accessed: { year: 'consulté en {date}', month: 'consulté en {date}', day: 'consulté le {date}' },
    },
    asOfEndOfYear: 'à fin\u00a0{date}',
    capitalizeLanguageNames: false,
    currencyBefore: false,
    queryHints: {
      words:
        'le la les des du un une et ou au aux pour par sur dans avec sans est sont pays marches marche publics publique publiques justice gouvernement rwandais rwandaise developpement sante fonciere foncier etude'.split(
          ' ',
        ),
      letters: /[àâçéèêëîïôûùüÿœæ]/i,
    },
  },
} as const satisfies Record<string, LocaleConfig>;

/** A site language. English is canonical: facts are written once, in English entries. */
export type Locale = keyof typeof TABLE;
export const DEFAULT_LOCALE: Locale = 'en';

/** Languages whose text the per-language data fields (`localized()`) must give. */
export const CONTENT_LOCALES = Object.keys(TABLE) as Locale[];

/**
 * A test-only language (`EXTRA_TEST_LOCALE=xx`, see tests/build/extra-locale.test.ts): English settings,
 * strings from `src/i18n/test-locale.ts`, no content of its own. It proves that a language is one
 * table entry plus its strings; a normal build never has it. It is typed as a `Locale`, so every
 * lookup by language goes through `localeConfig()` or `inLocale()`, which fall back to English.
 */
export const TEST_LOCALE: string | undefined = readTestLocale();

function readTestLocale(): string | undefined {
  const value = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.['EXTRA_TEST_LOCALE'];
  if (!value) return undefined;
  if (!/^[a-z]{2,3}$/.test(value) || value in TABLE)
    throw new Error(`EXTRA_TEST_LOCALE must be a new two- or three-letter code (got "${value}")`);
  return value;
}

/** Every language the site is built in, the canonical one first. */
export const LOCALES: readonly Locale[] = [...CONTENT_LOCALES, ...(TEST_LOCALE ? [TEST_LOCALE as Locale] : [])];

/** Languages a translation file may be written in (every locale but the canonical one). */
export const TRANSLATION_LOCALES = LOCALES.filter((locale) => locale !== DEFAULT_LOCALE);

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

const testConfig: LocaleConfig | undefined = TEST_LOCALE
  ? { ...TABLE[DEFAULT_LOCALE], tag: TEST_LOCALE, name: `Test (${TEST_LOCALE})`, htmlLang: TEST_LOCALE, searchLanguage: 'unknown' }
  : undefined;

/** The settings of a language. */
export function localeConfig(locale: Locale): LocaleConfig {
  const known = (TABLE as Record<string, LocaleConfig>)[locale];
  if (known) return known;
  return locale === TEST_LOCALE && testConfig ? testConfig : TABLE[DEFAULT_LOCALE];
}

/** A value given per language (labels, data text), in the canonical language where a language has none. */
export function inLocale<T>(values: Readonly<Record<Locale, T>>, locale: Locale): T {
  return (values as Partial<Record<string, T>>)[locale] ?? values[DEFAULT_LOCALE];
}
