/**
 * Links to an entry's printed views (a solution's one-pager, a case study's print page). Printed
 * views exist only in the languages an entry is written in (src/data/briefings.ts): where it is not
 * yet translated, a link opens the view in the language of its text and says so with `hreflang`.
 */
import { localeConfig, type Locale } from '#src/config/locales.ts';
import { paths } from '#src/lib/routes.ts';

/** A link to a printed view. */
export interface PrintLink {
  href: string;
  /** The language of the page linked to, when it is not the catalogue's. */
  hreflang?: string;
}

function printLink(lang: Locale, textLocale: Locale, href: (lang: Locale) => string): PrintLink {
  return textLocale === lang ? { href: href(lang) } : { href: href(textLocale), hreflang: localeConfig(textLocale).htmlLang };
}

/** Where a catalogue links a solution's one-pager: in `lang`, or in the language of its text when it has no translation. */
export function onePagerLink(lang: Locale, solution: { slug: string; textLocale: Locale }): PrintLink {
  return printLink(lang, solution.textLocale, (text) => paths.briefingSolution(text, solution.slug));
}

/** Where a catalogue links a case study's print page: in `lang`, or in the language of its text when it has no translation. */
export function caseStudyPrintLink(lang: Locale, study: { slug: string; textLocale: Locale }): PrintLink {
  return printLink(lang, study.textLocale, (text) => paths.caseStudyPrint(text, study.slug));
}
