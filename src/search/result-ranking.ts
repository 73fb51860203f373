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
import { fold, words } from './words.ts';

/**
 * Function words a title or summary need not repeat for a query to match it in full ("the",
 * "les", "de"): a query "les marchés publics" is about "marchés publics".
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
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

/** The meta fields `about` reads: Pagefind names them in a result's `matchedMetaFields` when a query word is in them. */
const ABOUT_FIELDS = new Set(['title', 'summary']);

/**
 * Whether a result may hold every query word in its title or summary, from Pagefind's result alone
 * (before its fragment is fetched): Pagefind lists the meta fields in which it matched any query
 * word, stems and longer words included, so a result whose list names neither field cannot.
 * A quoted ("exact") query lists no fields: then any result may.
 */
export function mayMatchInFull(query: string, matchedMetaFields: readonly string[] | undefined): boolean {
  if (/^\s*".+"\s*$/.test(query)) return true;
  return (matchedMetaFields ?? []).some((field) => ABOUT_FIELDS.has(field));
}

/**
 * The results whose place at the head of the ranked list is already certain, as indexes in
 * ranked order. `full[i]` says whether result i (in Pagefind's order) holds every query word:
 * true or false once known, undefined while it may still. Full matches come first in their
 * order, so one is placed once every result before it is known; the others follow every full
 * match, so they are placed once every result is known, and only with `withPartial` (a query in
 * the other language puts that language's full matches before them).
 */
export function settledOrder(full: readonly (boolean | undefined)[], withPartial = true): number[] {
  const placed: number[] = [];
  for (const [index, value] of full.entries()) {
    if (value === undefined) return placed;
    if (value) placed.push(index);
  }
  if (!withPartial) return placed;
  return [...placed, ...full.flatMap((value, index) => (value ? [] : [index]))];
}

/** Whether a result holds every word of `query` in its title or summary. */
export function matchesInFull(result: RankText, query: string): boolean {
  return holdsAll(about(result), requiredWords(query));
}
