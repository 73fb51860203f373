/**
 * Everything each detail page needs, computed once per language for all its pages
 * (one query per collection, not one per page), returned in `getStaticPaths` form.
 */
import { DEFAULT_LOCALE, type Locale } from '#src/config/locales.ts';
import { useTranslations } from '#src/i18n/ui.ts';
import { searchTags } from '#src/search/search-tags.ts';
import { furthestStage } from '#src/lib/stages.ts';
import { getCaseStudies, involving, ofCountry, type CaseStudyView } from './case-studies.ts';
import { getCountries } from './countries.ts';
import { getEvents } from './events.ts';
import { getInstitutions } from './institutions.ts';
import { getSolutions } from './solutions.ts';
import { whoElse } from './who-else.ts';
import { getCountryIndex } from './countries-index.ts';
import { countryFacets } from './country-facets.ts';

/** The text a page shows, when it is English, for the spelling variants of the search index. */
function englishText(view: { textLocale: string; data: { title: string; summary: string }; bodyEntry: { body?: string } }): string {
  return view.textLocale === DEFAULT_LOCALE ? [view.data.title, view.data.summary, view.bodyEntry.body ?? ''].join('\n') : '';
}

export async function solutionPages(lang: Locale) {
  const [solutions, caseStudies, institutions] = await Promise.all([getSolutions(lang), getCaseStudies(lang), getInstitutions(lang)]);
  const titles = new Map(solutions.map((s) => [s.slug, s.data.title]));
  return solutions.map((solution) => ({
    params: { lang, slug: solution.slug },
    props: {
      lang,
      solution,
      caseStudies: involving(caseStudies, solution.slug),
      related: solution.data.related.map((ref) => ({ slug: ref.id, title: titles.get(ref.id) ?? ref.id })),
      lead: solution.data.leadInstitution ? institutions.get(solution.data.leadInstitution.id) : undefined,
      search: searchTags(
        {
          type: ['solution'],
          sector: solution.data.sectors,
          sdg: solution.data.sdgs,
          country: involving(caseStudies, solution.slug).map((study) => study.data.country.id),
        },
        // `name` is boosted by PAGEFIND_RANKING.metaWeights: the page a solution's name should find first.
        {
          type: useTranslations(lang)('searchType.solution'),
          name: `${solution.data.title} ${solution.data.kinyarwanda?.name ?? ''}`.trim(),
          // Read by the search page's ranking (src/search/result-ranking.ts) from the result itself.
          summary: solution.data.summary,
        },
        englishText(solution),
      ),
    },
  }));
}

export async function caseStudyPages(lang: Locale) {
  const [caseStudies, solutions, institutions, countries] = await Promise.all([
    getCaseStudies(lang),
    getSolutions(lang),
    getInstitutions(lang),
    getCountries(lang),
  ]);
  const t = useTranslations(lang);
  const titles = new Map(solutions.map((s) => [s.slug, s.data.title]));
  const sectors = new Map(solutions.map((s) => [s.slug, s.data.sectors]));
  const regions = new Map(countries.map((c) => [c.code, c.entry.data.region]));
  return caseStudies.map((caseStudy) => ({
    params: { lang, slug: caseStudy.slug },
    props: {
      lang,
      caseStudy,
      solutions: caseStudy.data.solutions.map((ref) => ({ slug: ref.id, title: titles.get(ref.id) ?? ref.id })),
      partners: caseStudy.data.partners.flatMap((ref) => institutions.get(ref.id) ?? []),
      counterpart: caseStudy.data.counterpart ? institutions.get(caseStudy.data.counterpart.id) : undefined,
      whoElse: whoElse(caseStudy, caseStudies, countries, titles, lang),
      search: searchTags(
        {
          type: ['case-study'],
          country: [caseStudy.data.country.id],
          stage: [caseStudy.furthest],
          region: [regions.get(caseStudy.data.country.id)],
          sector: caseStudy.data.solutions.flatMap((ref) => sectors.get(ref.id) ?? []),
        },
        {
          type: t('searchType.case-study'),
          country: caseStudy.countryName,
          stage: caseStudy.furthest ? t(`stage.${caseStudy.furthest}`) : undefined,
          summary: caseStudy.data.summary,
        },
        englishText(caseStudy),
      ),
    },
  }));
}

/** Every stage of a country's case studies, oldest first, with the case study it belongs to. */
function countryTimeline(caseStudies: readonly CaseStudyView[]) {
  return caseStudies
    .flatMap((study) => study.data.stages.map((stage) => ({ ...stage, caseStudy: study.slug, caseStudyTitle: study.data.title })))
    .sort((a, b) => a.date.localeCompare(b.date));
}

export async function countryPages(lang: Locale) {
  const [countries, caseStudies, index] = await Promise.all([getCountries(lang), getCaseStudies(lang), getCountryIndex(lang)]);
  const t = useTranslations(lang);
  // "Countries like mine" pages exist for the values of countries with case studies: link those.
  const facetPages = new Map(
    countryFacets(index.rows, lang).flatMap(({ kind, values }) => values.map((v): [string, string] => [`${kind}:${v.value}`, v.href])),
  );
  const facetLink = (kind: string, value: string, label: string) => ({ label, href: facetPages.get(`${kind}:${value.toLowerCase()}`) });
  return countries.map((country) => {
    const { region, blocs, languages } = country.entry.data;
    const own = ofCountry(caseStudies, country.code);
    const stage = furthestStage(own.flatMap((study) => study.data.stages));
    return {
      params: { lang, code: country.code },
      props: {
        lang,
        country,
        facets: {
          region: facetLink('region', region, country.region),
          blocs: blocs.map((bloc, i) => facetLink('bloc', bloc, country.blocs[i] ?? bloc)),
          languages: languages.map((language, i) => facetLink('language', language, country.languages[i] ?? language)),
        },
        caseStudies: own,
        timeline: countryTimeline(own),
        search: searchTags(
          { type: ['country'], country: [country.code], region: [country.entry.data.region], stage: [stage] },
          { type: t('searchType.country'), stage: stage ? t(`stage.${stage}`) : undefined },
        ),
      },
    };
  });
}

export async function eventPages(lang: Locale) {
  const [events, institutions, countries] = await Promise.all([getEvents(lang), getInstitutions(lang), getCountries(lang)]);
  return events.map((event) => ({
    params: { lang, slug: event.slug },
    props: {
      lang,
      event,
      hosts: event.data.hosts.flatMap((ref) => institutions.get(ref.id) ?? []),
      countryName: countries.find((c) => c.code === event.data.country.id)?.name ?? event.data.country.id,
      search: searchTags({ type: ['event'] }, { type: useTranslations(lang)('searchType.event') }, englishText(event)),
    },
  }));
}
