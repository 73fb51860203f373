/**
 * Which of i18n-iso-countries' names a page shows: the common short name a reader looks for
 * ("Eswatini", "The Gambia"), not the formal one ("Kingdom of Eswatini", "Republic of The Gambia").
 */
import type { Locale } from '#src/config/locales.ts';

/** `getName(code, lang, { select })` of i18n-iso-countries, passed in so this stays pure. */
export type NameLookup = (code: string, lang: Locale, select: 'official' | 'alias') => string | undefined;

// Where the library's only French name is the formal one, or its short alias is ambiguous, or it
// spells a name otherwise than the country does (« Côte-d'Ivoire »: the country writes Côte d'Ivoire).
const SHORT_NAMES: Partial<Record<Locale, Record<string, string>>> = {
  fr: { SZ: 'Eswatini', CI: "Côte d'Ivoire" },
};
const OFFICIAL_NAMES: Partial<Record<Locale, Record<string, string>>> = {
  fr: { CI: "République de Côte d'Ivoire" },
};
// "Congo" is the alias of both Congos: they keep their formal names.
const AMBIGUOUS_ALIASES = new Set(['CD', 'CG']);

/** The formal name ("Republic of The Gambia"), with the same reviewed spellings as `shortName`. */
export function officialName(code: string, lang: Locale, lookup: NameLookup): string {
  const upper = code.toUpperCase();
  return OFFICIAL_NAMES[lang]?.[upper] ?? lookup(upper, lang, 'official') ?? upper;
}

export function shortName(code: string, lang: Locale, lookup: NameLookup): string {
  const upper = code.toUpperCase();
  const override = SHORT_NAMES[lang]?.[upper];
  if (override) return override;
  const select = AMBIGUOUS_ALIASES.has(upper) ? 'official' : 'alias';
  return lookup(upper, lang, select) ?? lookup(upper, lang, 'official') ?? upper;
}
