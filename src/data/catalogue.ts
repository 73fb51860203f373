/**
 * The catalogue in one language, built once: every collection localised and sorted, with the
 * indexes the pages need (titles by slug, case studies by solution and by country, each country's
 * furthest stage, the countries that took up each solution). Routes and the other queries of
 * src/data/ read it; nothing else reads a collection.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { LOCALES, type Locale } from '#src/config/locales.ts';
import { groupBy } from '#src/lib/group-by.ts';
import { takesByCountry, takesBySolution, type CountryTake, type StudyFacts } from '#src/lib/adoptions.ts';
import type { Stage } from '#src/schemas/case-study.ts';
import { caseStudyViews, type CaseStudyView } from './case-studies.ts';
import { countryViews, type CountryView } from './countries.ts';
import { eventViews, type EventView } from './events.ts';
import { glossaryTerms, type GlossaryTerm } from './glossary.ts';
import { institutionViews, type InstitutionView } from './institutions.ts';
import { solutionViews, type SolutionView } from './solutions.ts';

/** Every collection as loaded, in no particular order. */
export interface Collections {
  solutions: CollectionEntry<'solutions'>[];
  solutionTranslations: CollectionEntry<'solutionTranslations'>[];
  caseStudies: CollectionEntry<'caseStudies'>[];
  caseStudyTranslations: CollectionEntry<'caseStudyTranslations'>[];
  events: CollectionEntry<'events'>[];
  eventTranslations: CollectionEntry<'eventTranslations'>[];
  countries: CollectionEntry<'countries'>[];
  institutions: CollectionEntry<'institutions'>[];
  glossary: CollectionEntry<'glossary'>[];
}

export interface Catalogue {
  lang: Locale;
  /** Sorted by title in `lang`. */
  solutions: SolutionView[];
  /** Sorted by country name, then title. */
  caseStudies: CaseStudyView[];
  /** Sorted by name in `lang`. */
  countries: CountryView[];
  /** Newest first. */
  events: EventView[];
  institutions: ReadonlyMap<string, InstitutionView>;
  /** Sorted by term. */
  glossary: GlossaryTerm[];
  solutionsBySlug: ReadonlyMap<string, SolutionView>;
  /** Each solution's title in `lang`, by slug. */
  solutionTitles: ReadonlyMap<string, string>;
  countriesByCode: ReadonlyMap<string, CountryView>;
  /** The case studies that involve each solution, in the order of `caseStudies`. */
  caseStudiesBySolution: ReadonlyMap<string, CaseStudyView[]>;
  /** Each country's case studies, in the order of `caseStudies`. */
  caseStudiesByCountry: ReadonlyMap<string, CaseStudyView[]>;
  /** The solutions each country's case studies name, each once, in the order they first name them. */
  solutionsByCountry: ReadonlyMap<string, readonly string[]>;
  /** Each solution's place in `solutions` (by title), to list a few slugs in the catalogue's order without scanning it. */
  solutionOrder: ReadonlyMap<string, number>;
  /** Each solution's sectors, by slug. */
  sectorsBySolution: ReadonlyMap<string, readonly string[]>;
  /** The countries of each region (its id), in the order of `countries`. */
  countriesByRegion: ReadonlyMap<string, CountryView[]>;
  /** Each country with a case study: its case studies and the furthest stage across them, in the order countries first appear in `caseStudies`. */
  takes: ReadonlyMap<string, CountryTake>;
  /** The furthest stage of each country that reached one. */
  furthestStage: ReadonlyMap<string, Stage>;
  /** For each solution some case study involves: the countries that took it up, with how far each went with it. */
  adopters: ReadonlyMap<string, CountryTake[]>;
}

const loadCollections = async (): Promise<Collections> => {
  const [
    solutions,
    solutionTranslations,
    caseStudies,
    caseStudyTranslations,
    events,
    eventTranslations,
    countries,
    institutions,
    glossary,
  ] = await Promise.all([
    getCollection('solutions'),
    getCollection('solutionTranslations'),
    getCollection('caseStudies'),
    getCollection('caseStudyTranslations'),
    getCollection('events'),
    getCollection('eventTranslations'),
    getCollection('countries'),
    getCollection('institutions'),
    getCollection('glossary'),
  ]);
  return {
    solutions,
    solutionTranslations,
    caseStudies,
    caseStudyTranslations,
    events,
    eventTranslations,
    countries,
    institutions,
    glossary,
  };
};

const studyFacts = (study: CaseStudyView): StudyFacts => ({
  slug: study.slug,
  country: study.data.country.id,
  solutions: study.data.solutions.map((ref) => ref.id),
  stages: study.data.stages,
});

/** The catalogue in `lang`, from loaded collections. */
export function buildCatalogue(collections: Collections, lang: Locale): Catalogue {
  const solutions = solutionViews(collections.solutions, collections.solutionTranslations, lang);
  const caseStudies = caseStudyViews(collections.caseStudies, collections.caseStudyTranslations, lang);
  const countries = countryViews(collections.countries, lang);
  const facts = caseStudies.map(studyFacts);
  const takes = new Map(takesByCountry(facts).map((take) => [take.country, take]));
  const caseStudiesByCountry = groupBy(caseStudies, (study) => [study.data.country.id]);
  return {
    lang,
    solutions,
    caseStudies,
    countries,
    events: eventViews(collections.events, collections.eventTranslations, lang),
    institutions: institutionViews(collections.institutions, lang),
    glossary: glossaryTerms(collections.glossary),
    solutionsBySlug: new Map(solutions.map((solution) => [solution.slug, solution])),
    solutionTitles: new Map(solutions.map((solution) => [solution.slug, solution.data.title])),
    countriesByCode: new Map(countries.map((country) => [country.code, country])),
    caseStudiesBySolution: groupBy(caseStudies, (study) => study.data.solutions.map((ref) => ref.id)),
    caseStudiesByCountry,
    solutionsByCountry: new Map(
      [...caseStudiesByCountry].map(([code, studies]) => [
        code,
        [...new Set(studies.flatMap((study) => study.data.solutions.map((ref) => ref.id)))],
      ]),
    ),
    solutionOrder: new Map(solutions.map((solution, i) => [solution.slug, i])),
    sectorsBySolution: new Map(solutions.map((solution) => [solution.slug, solution.data.sectors])),
    countriesByRegion: groupBy(countries, (country) => [country.entry.data.region]),
    takes,
    furthestStage: new Map([...takes].flatMap(([code, { stage }]) => (stage ? [[code, stage] as const] : []))),
    adopters: takesBySolution(facts),
  };
}

// A build reads the content once; `astro dev` reads it on every request, so that an edit shows.
const cacheable = !import.meta.env.DEV;
let collections: Promise<Collections> | undefined;
const catalogues = new Map<Locale, Promise<Catalogue>>();

/** Every collection as loaded (for files that need the canonical text, such as the open data). */
export function getCollections(): Promise<Collections> {
  if (!cacheable) return loadCollections();
  return (collections ??= loadCollections());
}

/** The catalogue in `lang`, built once per build. */
export function getCatalogue(lang: Locale): Promise<Catalogue> {
  const cached = cacheable ? catalogues.get(lang) : undefined;
  if (cached) return cached;
  const catalogue = getCollections().then((loaded) => buildCatalogue(loaded, lang));
  if (cacheable) catalogues.set(lang, catalogue);
  return catalogue;
}

/** Static paths of a route in every language: `paths` runs on each language's catalogue. */
export async function perLocale<T>(paths: (catalogue: Catalogue) => T[] | Promise<T[]>): Promise<T[]> {
  return (await Promise.all(LOCALES.map(async (lang) => paths(await getCatalogue(lang))))).flat();
}

/** Static paths of a page that exists once per language, with that language's catalogue. */
export function cataloguePaths() {
  return perLocale((catalogue) => [{ params: { lang: catalogue.lang }, props: { catalogue } }]);
}
