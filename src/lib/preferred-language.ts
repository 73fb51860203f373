/** Which language `/` opens: the visitor's own choice first, then the browser's languages, then English. */
import { DEFAULT_LOCALE, isLocale, type Locale } from '#src/config/locales.ts';

/** Where the language switch remembers an explicit choice (localStorage). */
export const LANGUAGE_KEY = 'homegrown:lang';

export function preferredLanguage(stored: string | null, browserLanguages: readonly string[]): Locale {
  if (stored && isLocale(stored)) return stored;
  for (const tag of browserLanguages) {
    const primary = tag.split('-')[0]?.toLowerCase() ?? '';
    if (isLocale(primary)) return primary;
  }
  return DEFAULT_LOCALE;
}
