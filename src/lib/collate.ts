/**
 * The order of every list: `Intl.Collator` in the reader's language, ignoring a leading article
 * ("Les juridictions Gacaca" sorts under G, "The Gambia" under G).
 */
import { localeConfig, type Locale } from '#src/config/locales.ts';

/** "Les juridictions Gacaca" -> "juridictions Gacaca"; "L’Umuganda" -> "Umuganda". */
export function sortKey(text: string, lang: Locale): string {
  const trimmed = text.trim();
  const stripped = trimmed.replace(localeConfig(lang).collation.leadingArticles, '');
  // A title that is only an article ("The") keeps it.
  return stripped === '' ? trimmed : stripped;
}

const collators = new Map<Locale, Intl.Collator>();
function collator(lang: Locale): Intl.Collator {
  let made = collators.get(lang);
  if (!made) {
    const { intl, collation } = localeConfig(lang);
    made = new Intl.Collator(intl, collation.options);
    collators.set(lang, made);
  }
  return made;
}

/** Compares two names as a reader of `lang` expects them in a list. */
export function compareNames(a: string, b: string, lang: Locale): number {
  const compare = collator(lang).compare;
  return compare(sortKey(a, lang), sortKey(b, lang)) || compare(a, b);
}

/** A sorted copy: `sortByName(solutions, (s) => s.data.title, 'fr')`. */
export function sortByName<T>(items: readonly T[], name: (item: T) => string, lang: Locale): T[] {
  return items
    .map((item) => ({ item, key: name(item) }))
    .sort((a, b) => compareNames(a.key, b.key, lang))
    .map(({ item }) => item);
}
