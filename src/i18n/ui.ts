/** Interface strings by locale, and the labels of the closed lists (sectors, stages...). */
import { en, type UiKey } from './en.ts';
import { fr } from './fr.ts';
import { typesetAll } from '../lib/typography.ts';
import type { Locale } from './locales.ts';

// Typeset once here (apostrophes, French spacing) so that no string file has to get it right by hand.
const dictionaries: Record<Locale, Record<UiKey, string>> = { en: typesetAll(en, 'en'), fr: typesetAll(fr, 'fr') };

export type { UiKey };

/** The translator for a locale: `t('nav.home')`. */
export function useTranslations(locale: Locale): (key: UiKey) => string {
  const dictionary = dictionaries[locale];
  return (key) => dictionary[key];
}

export { fill } from '../lib/fill.ts';
