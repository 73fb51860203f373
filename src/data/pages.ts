/**
 * Everything each detail page needs, computed once per language for all its pages
 * (one query per collection, not one per page), returned in `getStaticPaths` form.
 */
import type { Locale } from '../i18n/locales.ts';
import { getCaseStudies, involving, ofCountry, type CaseStudyView } from './case-studies.ts';
import { getCountries } from './countries.ts';
import { getEvents } from './events.ts';
import { getInstitutions } from './institutions.ts';
import { getSolutions } from './solutions.ts';

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
    },
  }));
}

export async function caseStudyPages(lang: Locale) {
  const [caseStudies, solutions, institutions] = await Promise.all([getCaseStudies(lang), getSolutions(lang), getInstitutions(lang)]);
  const titles = new Map(solutions.map((s) => [s.slug, s.data.title]));
  return caseStudies.map((caseStudy) => ({
    params: { lang, slug: caseStudy.slug },
    props: {
      lang,
      caseStudy,
      solutions: caseStudy.data.solutions.map((ref) => ({ slug: ref.id, title: titles.get(ref.id) ?? ref.id })),
      partners: caseStudy.data.partners.flatMap((ref) => institutions.get(ref.id) ?? []),
      counterpart: caseStudy.data.counterpart ? institutions.get(caseStudy.data.counterpart.id) : undefined,
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
  const [countries, caseStudies] = await Promise.all([getCountries(lang), getCaseStudies(lang)]);
  return countries.map((country) => ({
    params: { lang, code: country.code },
    props: {
      lang,
      country,
      caseStudies: ofCountry(caseStudies, country.code),
      timeline: countryTimeline(ofCountry(caseStudies, country.code)),
    },
  }));
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
    },
  }));
}
