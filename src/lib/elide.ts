/**
 * French particles before an entry's title, written as French writes them: "que" + "Umucyo"
 * gives "qu’Umucyo", "de" + "Irembo" gives "d’Irembo", "de" + "Les juridictions Gacaca" gives
 * "des juridictions Gacaca". English titles are returned after the particle unchanged.
 */
import { localeConfig, type Locale } from '#src/config/locales.ts';
import { listOf } from './format.ts';
import { inSentence } from '#src/i18n/typography.ts';

export type Particle = 'de' | 'que' | 'le' | 'la';

// Titles in the catalogue are proper nouns or start with an article; an "h" is left alone
// because whether it is mute depends on the word.
const VOWEL = /^[aeiouyàâäéèêëîïôöùûüœæ]/i;
const ARTICLE = /^(les?|la|l’|l')\s*/i;

/** "qu’" / "d’" before a vowel, the particle and a space otherwise; articles contract after "de". */
export function elide(particle: Particle, title: string, locale: Locale): string {
  if (!localeConfig(locale).typography.elision) return `${particle} ${title}`;
  const article = ARTICLE.exec(title);
  if (article && particle === 'de') {
    const rest = title.slice(article[0].length);
    const word = article[1]?.toLowerCase() ?? '';
    if (word === 'le') return `du ${rest}`;
    if (word === 'les') return `des ${rest}`;
    // "de la", "de l’" stay as they are, in lower case.
    return `de ${word === 'la' ? 'la ' : 'l’'}${rest}`;
  }
  // Inside a sentence the title's article is written in lower case: "que les juridictions Gacaca".
  const lowered = article ? (title.charAt(0).toLowerCase() + title.slice(1)).replace(/^l'/, 'l’') : title;
  if (VOWEL.test(lowered)) return `${particle.slice(0, -1)}’${lowered}`;
  return `${particle} ${lowered}`;
}

/**
 * Several titles after one particle, joined as the language lists them: "qu’Umucyo et Irembo";
 * the articles of the titles after the first are in lower case too ("qu’Umucyo et le système…").
 */
export function elideList(particle: Particle, titles: readonly string[], locale: Locale): string {
  const inList = titles.map((title, index) => (index === 0 ? title : inSentence(title, locale)));
  return elide(particle, listOf(inList, locale), locale);
}
