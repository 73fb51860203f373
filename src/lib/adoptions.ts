/** "Who else did this?": which countries took up a solution, and how far each went. */
import type { Stage } from '#src/schemas/case-study.ts';
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
  const byCountry = new Map<string, StudyFacts[]>();
  for (const study of studies) byCountry.set(study.country, [...(byCountry.get(study.country) ?? []), study]);
  return [...byCountry].map(([country, list]) => ({
    country,
    caseStudies: list.map((study) => study.slug),
    stage: furthestStage(list.flatMap((study) => study.stages)),
  }));
}

/** Countries other than `except` with a case study of `solution`, each with how far it went. */
export function otherTakers(studies: readonly StudyFacts[], solution: string, except: string): CountryTake[] {
  return takesByCountry(studies.filter((study) => study.country !== except && study.solutions.includes(solution)));
}

/** Countries other than `except` among `neighbours` (e.g. the same region) that took up anything. */
export function takersAmong(studies: readonly StudyFacts[], neighbours: ReadonlySet<string>, except: string): CountryTake[] {
  return takesByCountry(studies.filter((study) => study.country !== except && neighbours.has(study.country)));
}

/** What one country studied: each solution once, with the furthest stage its case studies reached for it. */
export function studiedBy(studies: readonly StudyFacts[], country: string): { solution: string; stage: Stage | undefined }[] {
  const own = studies.filter((study) => study.country === country);
  const solutions = [...new Set(own.flatMap((study) => study.solutions))];
  return solutions.map((solution) => ({
    solution,
    stage: furthestStage(own.filter((study) => study.solutions.includes(solution)).flatMap((study) => study.stages)),
  }));
}
