/**
 * How well a result matches a query, from what Pagefind marks in its excerpt.
 *
 * When no indexed word starts with a query word, Pagefind falls back to shorter indexed words
 * the query word starts with: "imihego" finds the pronoun "I", "Umuchyo" the "UM" of a Swahili
 * headline. Such a result is a stray match: every word it marks is a word of one or two letters,
 * or a function word ("the", "de"), that the query does not itself contain. The search drops
 * stray results and, with nothing left, offers a spelling instead.
 *
 * A query is matched well when each of its words is found, whole or as the start of a longer
 * word ("tender" in "tenders", "tendering"), in a result's marks, title or summary: then the
 * search offers no other spelling, however few the results.
 */
import { fold, words } from './words.ts';
import { FUNCTION_WORDS, requiredWords, type RankText } from './result-ranking.ts';
import { excerptRuns } from './search-state.ts';

/** Marked words shorter than this are strays unless the query holds them. */
const SHORT = 3;

/** The words Pagefind marked in an excerpt (`<mark>` elements), folded. */
export function markedWords(excerpt: string): string[] {
  return excerptRuns(excerpt).flatMap((run) => (run.mark ? words(run.text).map(fold) : []));
}

/** Whether a result matched only through short or function words the query does not hold. */
export function isStrayMatch(query: string, excerpt: string): boolean {
  const marked = markedWords(excerpt);
  if (marked.length === 0) return false;
  const asked = new Set(words(query).map(fold));
  return marked.every((word) => !asked.has(word) && (word.length < SHORT || FUNCTION_WORDS.has(word)));
}

/** What `matchesWell` reads of a result: its title, summary and excerpt. */
export interface MatchText extends RankText {
  excerpt: string;
}

/** Whether every word of the query is, whole or as the start of a longer word, in some result's marks, title or summary. */
export function matchesWell(query: string, results: readonly MatchText[]): boolean {
  const required = requiredWords(query);
  if (required.length === 0 || results.length === 0) return false;
  const found = new Set(
    results.flatMap((result) => [...markedWords(result.excerpt), ...words(`${result.title} ${result.summary ?? ''}`).map(fold)]),
  );
  return required.every((word) => [...found].some((candidate) => candidate.startsWith(word)));
}
