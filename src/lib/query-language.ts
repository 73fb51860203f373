/**
 * Whether a search query looks written in the other language of the site, so the search page can
 * offer the other index ("Search the French pages"). A cheap guess from function words and
 * letters: it only decides whether a link is shown, never what is searched.
 */
import type { Locale } from '../i18n/locales.ts';
import { fold, words } from './did-you-mean.ts';

const FRENCH_WORDS = new Set(
  'le la les des du un une et ou au aux pour par sur dans avec sans est sont pays marches marche publics publique publiques justice gouvernement rwandais rwandaise developpement sante fonciere foncier etude'.split(
    ' ',
  ),
);
const ENGLISH_WORDS = new Set(
  'the of and for with in on to by from is are country public procurement government health land study visit courts community'.split(' '),
);
/** Letters that English words do not carry. */
const FRENCH_LETTERS = /[àâçéèêëîïôûùüÿœæ]/i;

/** The language a query looks written in, or undefined when nothing tells. */
export function queryLanguage(query: string): Locale | undefined {
  if (FRENCH_LETTERS.test(query)) return 'fr';
  const folded = words(query).map(fold);
  const french = folded.filter((w) => FRENCH_WORDS.has(w)).length;
  const english = folded.filter((w) => ENGLISH_WORDS.has(w)).length;
  if (french > english) return 'fr';
  if (english > french) return 'en';
  return undefined;
}
