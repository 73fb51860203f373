/** Punctuation as each language prints it: typographic apostrophes, French spacing. */
import { localeConfig, type Locale } from '#src/config/locales.ts';

/**
 * `l'étude : oui !` -> `l’étude : oui !` with the language's space before ; : ! ? and inside « »
 * (French: a narrow no-break space, U+202F); typographic apostrophes in every language. A colon or question mark
 * glued to the previous character (`https://`, `10:30`, `?s=`) is left alone.
 */
export function typeset(text: string, lang: Locale): string {
  const curly = text.replace(/(\p{L})'(?=\p{L})/gu, '$1’');
  const space = localeConfig(lang).typography.spaceBeforePunctuation;
  if (!space) return curly;
  return curly
    .replace(/[ \u00a0\u202f]+([;:!?])(?=\s|$|[»)])/g, `${space}$1`)
    .replace(/«[ \u00a0\u202f]*/g, `«${space}`)
    .replace(/[ \u00a0\u202f]*»/g, `${space}»`);
}

/** Every string of a dictionary typeset for its language (done once, when the dictionary loads). */
export function typesetAll<K extends string>(dictionary: Record<K, string>, lang: Locale): Record<K, string> {
  return Object.fromEntries(Object.entries<string>(dictionary).map(([key, value]) => [key, typeset(value, lang)])) as Record<K, string>;
}

/** A title placed inside a sentence: "Les centres Isange" -> "les centres Isange" ("… qui ont repris les centres Isange"). */
export function inSentence(title: string, lang: Locale): string {
  const article = localeConfig(lang).typography.titleArticle;
  return article ? title.replace(article, (word) => word.toLowerCase()) : title;
}
