/**
 * Comparing solutions or countries side by side: the selection in the page's URL
 * (`?s=abunzi,access-to-justice-bureaus` or `?c=gn,sz`), the model of who took up each solution
 * (`/{lang}/compare/adopters.json`), and the rows of a comparison of countries. Pure: the page's
 * script and the unit tests use the same functions.
 */
import type { Locale } from '#src/config/locales.ts';
import type { Stage } from '#src/schemas/case-study.ts';
import { SLUG_PATTERN } from '#src/schemas/slug.ts';
import { MODEL_VERSION, type CaseStudyModel, type Labelled, type StageModel } from './briefing-model.ts';

/** A comparison holds two to four solutions, or two to four countries. */
export const COMPARE_MIN = 2;
export const COMPARE_MAX = 4;

export interface CompareState {
  solutions: string[];
  countries: string[];
}

/** The values of a parameter given as `s=a,b` or `s=a&s=b`, trimmed, once each, in order. */
function listParam(params: URLSearchParams, name: string): string[] {
  return [
    ...new Set(
      params
        .getAll(name)
        .flatMap((value) => value.split(','))
        .map((value) => value.trim().toLowerCase()),
    ),
  ];
}

/**
 * The selection in a URL: known solutions (`s`) and countries (`c`), at most four of each, in the
 * order given; anything unknown is dropped.
 */
export function compareFromParams(params: URLSearchParams, solutions: ReadonlySet<string>, countries: ReadonlySet<string>): CompareState {
  return {
    solutions: listParam(params, 's')
      .filter((slug) => SLUG_PATTERN.test(slug) && solutions.has(slug))
      .slice(0, COMPARE_MAX),
    countries: listParam(params, 'c')
      .filter((code) => countries.has(code))
      .slice(0, COMPARE_MAX),
  };
}

/** The query string of a selection, commas kept readable: `s=abunzi,access-to-justice-bureaus`. */
export function compareParams(state: CompareState): string {
  const params = new URLSearchParams();
  if (state.solutions.length > 0) params.set('s', state.solutions.join(','));
  if (state.countries.length > 0) params.set('c', state.countries.join(','));
  return params.toString().replace(/%2C/g, ',');
}

/** Adds or removes one item of a list, keeping at most `COMPARE_MAX`. */
export function toggle(items: readonly string[], item: string, on: boolean): string[] {
  if (!on) return items.filter((i) => i !== item);
  if (items.includes(item) || items.length >= COMPARE_MAX) return [...items];
  return [...items, item];
}

/** A country that studied or took up a solution, with the furthest stage it reached in it. */
export interface AdopterModel {
  code: string;
  name: string;
  stage?: Labelled<Stage> | undefined;
  /** Its case study of the solution (the first, where it has several). */
  url: string;
}

/** Who took up each solution: what a comparison of solutions adds to their models. */
export interface AdoptersModel {
  kind: 'adopters';
  version: typeof MODEL_VERSION;
  lang: Locale;
  /** By solution slug; a solution nobody took up is absent. */
  solutions: Record<string, AdopterModel[]>;
}

/** One country's record, as a comparison of countries reads it. */
export interface CountryRecord {
  code: string;
  name: string;
  caseStudies: readonly CaseStudyModel[];
}

/** A row of a comparison of countries: one solution, and each country's stages in it, by date. */
export interface SolutionRow {
  slug: string;
  title: string;
  /** One cell per country, in the order of the countries: its stages (with their case study), oldest first. */
  cells: { caseStudy: CaseStudyModel; stage: StageModel }[][];
}

/** The solutions any of the countries studied or took up, in order of their first stage, each with every country's stages. */
export function solutionRows(countries: readonly CountryRecord[], collate: (a: string, b: string) => number): SolutionRow[] {
  const titles = new Map<string, string>();
  for (const country of countries)
    for (const study of country.caseStudies) for (const s of study.solutions) if (!titles.has(s.slug)) titles.set(s.slug, s.title);
  const rows = [...titles].map(([slug, title]) => ({
    slug,
    title,
    cells: countries.map((country) =>
      country.caseStudies
        .filter((study) => study.solutions.some((s) => s.slug === slug))
        .flatMap((caseStudy) => caseStudy.stages.map((stage) => ({ caseStudy, stage })))
        .sort((a, b) => a.stage.date.localeCompare(b.stage.date)),
    ),
  }));
  const first = (row: SolutionRow) =>
    row.cells
      .flat()
      .map((c) => c.stage.date)
      .sort()[0] ?? '9999';
  return rows.sort((a, b) => first(a).localeCompare(first(b)) || collate(a.title, b.title));
}
