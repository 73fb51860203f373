/** Text given in every site language at once, for short data entries (names, glossary). */
import { z } from 'astro/zod';
import { CONTENT_LOCALES, type Locale } from '#src/config/locales.ts';
import { text } from './primitives.ts';

/** Read it with `inLocale(value, lang)` (src/config/locales.ts), which falls back to English. */
export type Localized<T = string> = Record<Locale, T>;

export function localized(max: number) {
  const shape = Object.fromEntries(CONTENT_LOCALES.map((locale) => [locale, text(max)])) as Record<Locale, ReturnType<typeof text>>;
  return z.strictObject(shape);
}
