/** Who took up what: case studies grouped by country, with the furthest stage each country reached. */
import type { Stage } from '#src/schemas/case-study.ts';
import { groupBy } from './group-by.ts';
import { furthestStage } from './stages.ts';

/** The facts of a case study these answers need. */
export interface StudyFacts {
  slug: string;
  country: string;
  solutions: readonly string[];
  stages: ReadonlyArray<{ stage: Stage; date: string }>;
}

export interface CountryTake {
  country: string;
  /** Case studies of this country among those given, in the order given. */
  caseStudies: string[];
  /** The furthest stage across them (undefined when none has a stage). */
  stage: Stage | undefined;
}

/** One row per country, in the order countries first appear. */
export function takesByCountry(studies: readonly StudyFacts[]): CountryTake[] {
  return [...groupBy(studies, (study) => [study.country])].map(([country, list]) => ({
    country,
    caseStudies: list.map((study) => study.slug),
    stage: furthestStage(list.flatMap((study) => study.stages)),
  }));
}

/**
 * For each solution some case study involves (in the order they first appear), the countries that
 * took it up, each with the furthest stage its case studies of that solution reached.
 */
export function takesBySolution(studies: readonly StudyFacts[]): Map<string, CountryTake[]> {
  return new Map([...groupBy(studies, (study) => study.solutions)].map(([solution, list]) => [solution, takesByCountry(list)]));
}
