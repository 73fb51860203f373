/**
 * Everything each detail page needs, from the language's catalogue, in `getStaticPaths` form
 * (use with `perLocale`).
 */
import { countryAdoption, solutionAdoption } from './adoption-charts.ts';
import { DEFAULT_LOCALE } from '#src/config/locales.ts';
import { useTranslations } from '#src/i18n/ui.ts';
import { searchTags } from '#src/search/search-tags.ts';
import type { CaseStudyView } from './case-studies.ts';
import type { Catalogue } from './catalogue.ts';
import { whoElse } from './who-else.ts';
import { getCountryIndex } from './countries-index.ts';
import { countryFacets } from './country-facets.ts';
import { countryPeers } from './country-peers.ts';
import { briefingParams } from '#src/lib/briefing-state.ts';
import { whatItTookModel } from './what-it-took.ts';
import { paths } from '#src/lib/routes.ts';

/** The text a page shows, when it is English, for the spelling variants of the search index. */
function englishText(view: { textLocale: string; data: { title: string; summary: string }; bodyEntry: { body?: string } }): string {
  return view.textLocale === DEFAULT_LOCALE ? [view.data.title, view.data.summary, view.bodyEntry.body ?? ''].join('\n') : '';
}

export function solutionPages(catalogue: Catalogue) {
  const { lang, solutions, institutions, solutionTitles: titles } = catalogue;
  return solutions.map((solution) => {
    const caseStudies = catalogue.caseStudiesBySolution.get(solution.slug) ?? [];
    return {
      params: { lang, slug: solution.slug },
      props: {
        solution,
        caseStudies,
        related: solution.data.related.map((ref) => ({ slug: ref.id, title: titles.get(ref.id) ?? ref.id })),
        adoption: solutionAdoption(catalogue, solution.slug),
        lead: solution.data.leadInstitution ? institutions.get(solution.data.leadInstitution.id) : undefined,
        took: whatItTookModel(solution, catalogue),
        search: searchTags(
          {
            type: ['solution'],
            sector: solution.data.sectors,
            sdg: solution.data.sdgs,
            country: caseStudies.map((study) => study.data.country.id),
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
    };
  });
}

export function caseStudyPages(catalogue: Catalogue) {
  const { lang, caseStudies, institutions, solutionTitles: titles, solutionsBySlug, countriesByCode } = catalogue;
  const t = useTranslations(lang);
  return caseStudies.map((caseStudy) => ({
    params: { lang, slug: caseStudy.slug },
    props: {
      caseStudy,
      solutions: caseStudy.data.solutions.map((ref) => ({ slug: ref.id, title: titles.get(ref.id) ?? ref.id })),
      partners: caseStudy.data.partners.flatMap((ref) => institutions.get(ref.id) ?? []),
      counterpart: caseStudy.data.counterpart ? institutions.get(caseStudy.data.counterpart.id) : undefined,
      whoElse: whoElse(catalogue, caseStudy),
      search: searchTags(
        {
          type: ['case-study'],
          country: [caseStudy.data.country.id],
          stage: [caseStudy.furthest],
          region: [countriesByCode.get(caseStudy.data.country.id)?.entry.data.region],
          sector: caseStudy.data.solutions.flatMap((ref) => solutionsBySlug.get(ref.id)?.data.sectors ?? []),
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
/** Every stage of a country's case studies, oldest first, each with the sources it cites (`source`, then `also`). */
function countryTimeline(caseStudies: readonly CaseStudyView[]) {
  return caseStudies
    .flatMap((study) =>
      study.data.stages.map((stage) => ({
        ...stage,
        caseStudy: study.slug,
        caseStudyTitle: study.data.title,
        cited: [stage.source, ...(stage.also ?? [])].flatMap((id) => study.data.sources.filter((source) => source.id === id)),
      })),
    )
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** The builder preset to a country and the solutions its case studies name: `/fr/briefings/?s=umucyo&c=gn`. */
function builderPreset(lang: Catalogue['lang'], code: string, caseStudies: readonly CaseStudyView[]): string {
  const solutions = [...new Set(caseStudies.flatMap((study) => study.data.solutions.map((ref) => ref.id)))];
  return `${paths.briefings(lang)}?${briefingParams({ solutions, country: code })}`;
}

/** Peers a country page lists, those sharing the most first; its "countries like mine" links lead to the rest. */
const PEERS_SHOWN = 8;

export function countryPages(catalogue: Catalogue) {
  const { lang, countries } = catalogue;
  const index = getCountryIndex(catalogue);
  const t = useTranslations(lang);
  // "Countries like mine" pages exist for the values of countries with case studies: link those.
  const facetPages = new Map(
    countryFacets(index.rows, lang).flatMap(({ kind, values }) => values.map((v): [string, string] => [`${kind}:${v.value}`, v.href])),
  );
  const facetLink = (kind: string, value: string, label: string) => ({ label, href: facetPages.get(`${kind}:${value.toLowerCase()}`) });
  return countries.map((country) => {
    const { region, blocs, languages } = country.entry.data;
    const own = catalogue.caseStudiesByCountry.get(country.code) ?? [];
    const stage = catalogue.furthestStage.get(country.code);
    return {
      params: { lang, code: country.code },
      props: {
        country,
        facets: {
          region: facetLink('region', region, country.region),
          blocs: blocs.map((bloc, i) => facetLink('bloc', bloc, country.blocs[i] ?? bloc)),
          languages: languages.map((language, i) => facetLink('language', language, country.languages[i] ?? language)),
        },
        caseStudies: own,
        timeline: countryTimeline(own),
        adoption: countryAdoption(catalogue, country.code),
        peers: countryPeers(catalogue, country.code).slice(0, PEERS_SHOWN),
        builder: builderPreset(lang, country.code, own),
        search: searchTags(
          { type: ['country'], country: [country.code], region: [country.entry.data.region], stage: [stage] },
          { type: t('searchType.country'), stage: stage ? t(`stage.${stage}`) : undefined },
        ),
      },
    };
  });
}

export function eventPages(catalogue: Catalogue) {
  const { lang, events, institutions, countriesByCode } = catalogue;
  return events.map((event) => ({
    params: { lang, slug: event.slug },
    props: {
      event,
      hosts: event.data.hosts.flatMap((ref) => institutions.get(ref.id) ?? []),
      countryName: countriesByCode.get(event.data.country.id)?.name ?? event.data.country.id,
      search: searchTags({ type: ['event'] }, { type: useTranslations(lang)('searchType.event') }, englishText(event)),
    },
  }));
}
