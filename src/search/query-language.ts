/**
 * Whether a search query looks written in the other language of the site, so the search page can
 * offer the other index ("Search the French pages"). A cheap guess from function words and
 * letters: it only decides whether a link is shown, never what is searched.
 */
import { CONTENT_LOCALES, localeConfig, type Locale } from '#src/config/locales.ts';
import { fold, words } from './words.ts';

const hints = CONTENT_LOCALES.map((locale) => {
  const { words: list, letters } = localeConfig(locale).queryHints;
  return { locale, words: new Set(list), letters };
});

/**
 * The language a query looks written in, or undefined when nothing tells: a letter only one
 * language uses decides; else the language with the most of its function words, if only one has most.
 */
export function queryLanguage(query: string): Locale | undefined {
  const byLetter = hints.find((hint) => hint.letters?.test(query));
  if (byLetter) return byLetter.locale;
  const folded = words(query).map(fold);
  const counts = hints.map((hint) => ({ locale: hint.locale, count: folded.filter((w) => hint.words.has(w)).length }));
  const best = Math.max(...counts.map((c) => c.count));
  const leaders = counts.filter((c) => c.count === best);
  return best > 0 && leaders.length === 1 ? leaders[0]?.locale : undefined;
}
