/**
 * The briefing models as the browser gets them: the JSON files the build writes for each solution,
 * case study and country (src/lib/briefing-model.ts), fetched once each. For any page that puts
 * models together: the briefing builder, a comparison.
 */
import type { Locale } from '#src/config/locales.ts';
import { MODEL_VERSION, type CaseStudyModel, type CountryModel, type SolutionModel } from '#src/lib/briefing-model.ts';
import type { AdoptersModel } from '#src/lib/compare.ts';
import { paths } from '#src/lib/routes.ts';

export type { CaseStudyModel, CountryModel, SolutionModel } from '#src/lib/briefing-model.ts';

/** A model file that is missing, unreadable or from another version of the site. */
export class ModelError extends Error {
  constructor(url: string, reason: string) {
    super(`${url}: ${reason}`);
    this.name = 'ModelError';
  }
}

const cache = new Map<string, Promise<unknown>>();

async function fetchModel<T extends { kind: string; version: number }>(url: string, kind: T['kind']): Promise<T> {
  let pending = cache.get(url);
  if (!pending) {
    pending = fetch(url).then(async (response) => {
      if (!response.ok) throw new ModelError(url, `HTTP ${response.status}`);
      return (await response.json()) as unknown;
    });
    // A failure is not kept: the next attempt asks again.
    pending.catch(() => cache.delete(url));
    cache.set(url, pending);
  }
  const model = (await pending) as Partial<T> | null;
  if (model?.kind !== kind || model.version !== MODEL_VERSION) throw new ModelError(url, `not a ${kind} model of version ${MODEL_VERSION}`);
  return model as T;
}

export const loadSolution = (lang: Locale, slug: string) => fetchModel<SolutionModel>(paths.solutionModel(lang, slug), 'solution');
export const loadCaseStudy = (lang: Locale, slug: string) => fetchModel<CaseStudyModel>(paths.caseStudyModel(lang, slug), 'case-study');
export const loadCountry = (lang: Locale, code: string) => fetchModel<CountryModel>(paths.countryModel(lang, code), 'country');
/** Who took up each solution (a comparison's addition to the solutions' models). */
export const loadAdopters = (lang: Locale) => fetchModel<AdoptersModel>(paths.adoptersModel(lang), 'adopters');

export interface LoadedModels {
  country: CountryModel | undefined;
  /** The country's case studies, in its order. */
  caseStudies: CaseStudyModel[];
  /** The solutions asked for, in the order asked. */
  solutions: SolutionModel[];
}

/** The models of a selection: solutions by slug, and a country with its case studies. */
export async function loadModels(
  lang: Locale,
  selection: { solutions: readonly string[]; country?: string | undefined },
): Promise<LoadedModels> {
  const [solutions, country] = await Promise.all([
    Promise.all(selection.solutions.map((slug) => loadSolution(lang, slug))),
    selection.country ? loadCountry(lang, selection.country) : undefined,
  ]);
  const caseStudies = country ? await Promise.all(country.caseStudies.map((slug) => loadCaseStudy(lang, slug))) : [];
  return { country, caseStudies, solutions };
}
