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

/** Fills `{name}` placeholders: `fill('Page {n} of {total}', { n: 2, total: 5 })`. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
