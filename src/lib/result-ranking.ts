/**
 * Re-ranking of search results by what a result is about, not only where a word occurs.
 *
 * Pagefind ranks a page high when its body holds the query's words, in whatever sense: on the
 * English pages "marchés publics" is stemmed to "march" and "public", so a land-tenure page that
 * mentions a visit in March ranks first. A page whose title or summary holds every word of the
 * query (accents and case ignored, whole words only) is about that query; it ranks above pages
 * that match only in their body or only some of the words. The order within each group stays
 * Pagefind's.
 *
 * A query written in the other language of the site finds that language's pages too: those whose
 * title or summary hold every word are shown after the current language's full matches and
 * before partial ones, so "marchés publics" on the English site shows "Umucyo, les marchés
 * publics en ligne" first rather than a page that happens to mention March.
 */
import { fold, words } from './did-you-mean.ts';

/**
 * Function words a title or summary need not repeat for a query to match it in full ("the",
 * "les", "de"): a query "les marchés publics" is about "marchés publics".
 */
const FUNCTION_WORDS = new Set(
  'a an and the of for in on to by with or at le la les l d de des du un une et ou au aux en pour par sur dans avec'.split(' '),
);

/** The words of a query that a result must hold to match it in full: folded, without function words, once each. */
export function requiredWords(query: string): string[] {
  return [...new Set(words(query).map(fold))].filter((word) => !FUNCTION_WORDS.has(word));
}

/** Whether a text holds every one of `required` as a whole word, accents and case ignored. */
export function holdsAll(text: string, required: readonly string[]): boolean {
  if (required.length === 0) return false;
  const present = new Set(words(text).map(fold));
  return required.every((word) => present.has(word));
}

/** What the ranking reads of a result: its title and summary (either may be empty). */
export interface RankText {
  title: string;
  summary?: string | undefined;
}

const about = (item: RankText) => `${item.title} ${item.summary ?? ''}`;

/**
 * Results whose title or summary hold every query word first, then the others; each group keeps
 * its order. Returns a new array.
 */
export function rankByFullMatch<T extends RankText>(results: readonly T[], query: string): T[] {
  const required = requiredWords(query);
  const full = results.filter((r) => holdsAll(about(r), required));
  return [...full, ...results.filter((r) => !full.includes(r))];
}

/** The other language's pages whose title or summary hold every query word, in their given order. */
export function fullMatches<T extends RankText>(pages: readonly T[], query: string): T[] {
  const required = requiredWords(query);
  return pages.filter((page) => holdsAll(about(page), required));
}

/**
 * One list from the current language's results and the other language's full matches: current
 * full matches, then the other language's full matches, then the current partial matches.
 */
export function mergeWithOtherLanguage<T extends RankText, U extends RankText>(
  current: readonly T[],
  other: readonly U[],
  query: string,
): (T | U)[] {
  const ranked = rankByFullMatch(current, query);
  const required = requiredWords(query);
  const split = ranked.findIndex((r) => !holdsAll(about(r), required));
  const at = split === -1 ? ranked.length : split;
  return [...ranked.slice(0, at), ...fullMatches(other, query), ...ranked.slice(at)];
}

/**
 * How many of the first results, in the order they came, hold every query word: whatever the
 * rest turn out to be, these lead the ranked list, so they can be shown before the rest arrive.
 */
export function leadingFullMatches(results: readonly RankText[], query: string): number {
  const required = requiredWords(query);
  const split = results.findIndex((r) => !holdsAll(about(r), required));
  return split === -1 ? results.length : split;
}
