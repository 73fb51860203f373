/**
 * What the search page knows about names, from the content: the vocabulary behind "Did you mean"
 * (solution titles, Kinyarwanda names, glossary terms, country names) and the A-Z index shown
 * without JavaScript (every solution, case study and country).
 */
import { useTranslations } from '#src/i18n/ui.ts';
import { vocabulary } from '#src/search/did-you-mean.ts';
import { paths } from '#src/lib/routes.ts';
import type { Catalogue } from './catalogue.ts';

/** The words of every name a visitor may misspell, in one language. */
export function getNameVocabulary({ solutions, countries, glossary }: Catalogue): string[] {
  return vocabulary([
    ...solutions.flatMap((s) => [s.data.title, s.data.kinyarwanda?.name ?? '']),
    ...glossary.map((term) => term.term),
    ...countries.map((c) => c.name),
  ]);
}

export interface IndexEntry {
  label: string;
  href: string;
  kind: string;
}

/** Every solution, case study and country, sorted by label in the page's language. */
export function getAtoZ({ lang, solutions, caseStudies, countries }: Catalogue): IndexEntry[] {
  const t = useTranslations(lang);
  return [
    ...solutions.map((s) => ({ label: s.data.title, href: paths.solution(lang, s.slug), kind: t('searchType.solution') })),
    ...caseStudies.map((c) => ({ label: c.data.title, href: paths.caseStudy(lang, c.slug), kind: t('searchType.case-study') })),
    ...countries.map((c) => ({ label: c.name, href: paths.country(lang, c.code), kind: t('searchType.country') })),
  ].sort((a, b) => a.label.localeCompare(b.label, lang, { sensitivity: 'base' }));
}

/** A page as the search page's ranking reads it: `/{lang}/search/pages.json`. */
export interface RankedPage {
  url: string;
  title: string;
  summary: string;
  type: string;
}

/**
 * Every solution, case study and country with its title and summary, in one language: the search
 * page ranks pages that name every query word first, and shows this language's full matches on the
 * other language's site when the query is written in this one (src/search/result-ranking.ts).
 */
export function getRankedPages({ lang, solutions, caseStudies, countries }: Catalogue): RankedPage[] {
  const t = useTranslations(lang);
  return [
    ...solutions.map((s) => ({
      url: paths.solution(lang, s.slug),
      title:
        s.data.kinyarwanda?.name && !s.data.title.includes(s.data.kinyarwanda.name)
          ? `${s.data.title} (${s.data.kinyarwanda.name})`
          : s.data.title,
      summary: s.data.summary,
      type: t('searchType.solution'),
    })),
    ...caseStudies.map((c) => ({
      url: paths.caseStudy(lang, c.slug),
      title: c.data.title,
      summary: c.data.summary,
      type: t('searchType.case-study'),
    })),
    ...countries.map((c) => ({ url: paths.country(lang, c.code), title: c.name, summary: '', type: t('searchType.country') })),
  ];
}
