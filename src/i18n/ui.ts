/** Interface strings by locale, and the labels of the closed lists (sectors, stages...). */
import { en, type UiKey } from './en.ts';
import { fr } from './fr.ts';
import type { Locale } from './locales.ts';

const dictionaries: Record<Locale, Record<UiKey, string>> = { en, fr };

export type { UiKey };

/** The translator for a locale: `t('nav.home')`. */
export function useTranslations(locale: Locale): (key: UiKey) => string {
  const dictionary = dictionaries[locale];
  return (key) => dictionary[key];
}
