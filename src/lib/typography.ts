/** Punctuation as each language prints it: typographic apostrophes, French spacing. */
import type { Locale } from '../i18n/locales.ts';

const NARROW_NBSP = '\u202f';

/**
 * `l'étude : oui !` -> `l’étude : oui !` with a narrow no-break space (U+202F) before ; : ! ?
 * and inside « » in French; typographic apostrophes in every language. A colon or question mark
 * glued to the previous character (`https://`, `10:30`, `?s=`) is left alone.
 */
export function typeset(text: string, lang: Locale): string {
  const curly = text.replace(/(\p{L})'(?=\p{L})/gu, '$1’');
  if (lang !== 'fr') return curly;
  return curly
    .replace(/[ \u00a0\u202f]+([;:!?])(?=\s|$|[»)])/g, `${NARROW_NBSP}$1`)
    .replace(/«[ \u00a0\u202f]*/g, `«${NARROW_NBSP}`)
    .replace(/[ \u00a0\u202f]*»/g, `${NARROW_NBSP}»`);
}

/** Every string of a dictionary typeset for its language (done once, when the dictionary loads). */
export function typesetAll<K extends string>(dictionary: Record<K, string>, lang: Locale): Record<K, string> {
  return Object.fromEntries(Object.entries<string>(dictionary).map(([key, value]) => [key, typeset(value, lang)])) as Record<K, string>;
}

const LEADING_ARTICLE: Record<Locale, RegExp> = { en: /^The(?=\s)/u, fr: /^(?:(?:Les|Le|La)(?=\s)|L[’'](?=\p{L}))/u };

/** A title placed inside a sentence: "Les centres Isange" -> "les centres Isange" ("… qui ont repris les centres Isange"). */
export function inSentence(title: string, lang: Locale): string {
  return title.replace(LEADING_ARTICLE[lang], (article) => article.toLowerCase());
}
