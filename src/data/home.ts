/** What the home page offers a delegation first: its country, and what was taken up most recently. */
import { paths } from '#src/lib/routes.ts';
import type { Stage } from '#src/schemas/case-study.ts';
import type { Catalogue } from './catalogue.ts';
import type { CaseStudyView } from './case-studies.ts';
import type { SolutionView } from './solutions.ts';

export interface StartCountry {
  code: string;
  name: string;
  href: string;
  stage: Stage | undefined;
}

/** Every country with a case study, by name in the catalogue's language: the "start with your country" list. */
export function startCountries(catalogue: Catalogue): StartCountry[] {
  return catalogue.countries
    .filter(({ code }) => (catalogue.caseStudiesByCountry.get(code) ?? []).length > 0)
    .map(({ code, name }) => ({ code, name, href: paths.country(catalogue.lang, code), stage: catalogue.furthestStage.get(code) }));
}

/** Stages that say a country took a solution up (a visit or an agreement does not; an ending is not news to feature). */
const TAKE_UP: ReadonlySet<Stage> = new Set(['pilot', 'adopted', 'adapted', 'scaled']);

export interface FeaturedSolution {
  solution: SolutionView;
  /** The most recent take-up stage: which country, which stage, when. */
  latest: { date: string; stage: Stage; countryName: string; caseStudy: string };
}

/**
 * The solutions most recently piloted, adopted, adapted or scaled somewhere, latest first: the
 * same solutions in every language, since the order rests on dates and slugs, never on titles.
 */
export function featuredSolutions(catalogue: Catalogue, count: number): FeaturedSolution[] {
  return catalogue.solutions
    .flatMap((solution) => {
      const latest = (catalogue.caseStudiesBySolution.get(solution.slug) ?? [])
        .flatMap((study) =>
          study.data.stages
            .filter((stage) => TAKE_UP.has(stage.stage))
            .map((stage) => ({ date: stage.date, stage: stage.stage, countryName: study.countryName, caseStudy: study.slug })),
        )
        .reduce<FeaturedSolution['latest'] | undefined>(
          (best, item) => (best === undefined || item.date > best.date ? item : best),
          undefined,
        );
      return latest ? [{ solution, latest }] : [];
    })
    .sort((a, b) => b.latest.date.localeCompare(a.latest.date) || a.solution.slug.localeCompare(b.solution.slug))
    .slice(0, count);
}

/** The case studies whose latest stage is the most recent, latest first, ties by slug: the same in every language. */
export function latestCaseStudies(catalogue: Catalogue, count: number): CaseStudyView[] {
  return [...catalogue.caseStudies].sort((a, b) => b.latest.localeCompare(a.latest) || a.slug.localeCompare(b.slug)).slice(0, count);
}
