/**
 * "Did you mean Umucyo?": the names a query is closest to, with accents and case ignored. The
 * vocabulary is built from the content (solution titles, Kinyarwanda names, glossary terms,
 * country names) at build time; see `src/pages/[lang]/search/names.json.ts`. The search page
 * loads this module only when it offers a spelling.
 */
import { distance as editDistance } from 'fastest-levenshtein';
import { fold, words } from './words.ts';

/** How many edits a word of this length may be away from a name: 1 up to 5 letters, then 2, then 3. */
const tolerance = (length: number) => (length <= 5 ? 1 : length <= 9 ? 2 : 3);

/** Words shorter than this are left alone: too many names are a letter away from "and". */
export const MIN_WORD = 4;

/** The vocabulary for `suggest`: each name's words of at least MIN_WORD letters, once each (first spelling wins). */
export function vocabulary(names: Iterable<string>): string[] {
  const seen = new Map<string, string>();
  for (const name of names)
    for (const word of words(name)) if (word.length >= MIN_WORD && !seen.has(fold(word))) seen.set(fold(word), word);
  return [...seen.values()].sort((a, b) => a.localeCompare(b));
}

/**
 * The query with each word that is not in the vocabulary but close to a word that is replaced
 * by that word ("Umuchyo" -> "Umucyo"); undefined when nothing would change.
 */
export function suggest(query: string, vocabularyWords: readonly string[]): string | undefined {
  const known = vocabularyWords.map((word) => ({ word, folded: fold(word) }));
  const exact = new Set(known.map((k) => k.folded));
  let changed = false;
  const corrected = words(query).map((word) => {
    const folded = fold(word);
    if (folded.length < MIN_WORD || exact.has(folded)) return word;
    let best: { word: string; distance: number } | undefined;
    for (const candidate of known) {
      if (Math.abs(candidate.folded.length - folded.length) > tolerance(folded.length)) continue;
      const distance = editDistance(folded, candidate.folded);
      if (distance <= tolerance(folded.length) && (!best || distance < best.distance)) best = { word: candidate.word, distance };
    }
    if (!best) return word;
    changed = true;
    return best.word;
  });
  return changed ? corrected.join(' ') : undefined;
}
