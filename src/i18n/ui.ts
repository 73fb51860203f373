/** Interface strings by locale, and the labels of the closed lists (sectors, stages...). */
import { LOCALES, type Locale } from '#src/config/locales.ts';
import { typesetAll } from '#src/i18n/typography.ts';
import { en, type UiKey } from './en.ts';
import { fr } from './fr.ts';
import { testLocale } from './test-locale.ts';

/** Each language's strings file; a language of the table without one here is the test-only locale. */
const STRINGS: Record<Locale, Record<UiKey, string>> = { en, fr };

// Typeset once here (apostrophes, French spacing) so that no string file has to get it right by hand.
const dictionaries = new Map(
  LOCALES.map((locale) => [locale, typesetAll((STRINGS as Partial<Record<string, Record<UiKey, string>>>)[locale] ?? testLocale, locale)]),
);

export type { UiKey };

/** The translator for a locale: `t('nav.home')`. */
export function useTranslations(locale: Locale): (key: UiKey) => string {
  const dictionary = dictionaries.get(locale);
  if (!dictionary) throw new Error(`No interface strings for locale "${locale}" (src/i18n/ui.ts)`);
  return (key) => dictionary[key];
}

export { fill } from '#src/i18n/fill.ts';
