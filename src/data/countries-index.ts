/** The countries index: each country that studied or adopted a solution, with its furthest stage. */
import type { Locale } from '#src/config/locales.ts';
import { STAGES, type Stage } from '#src/schemas/case-study.ts';
import { getCaseStudies } from './case-studies.ts';
import { getCountries, type CountryView } from './countries.ts';
import { furthestByCountry } from './maps.ts';
import { getSolutionTitles } from './solutions.ts';
import { studiedByCountry, type StudiedLink } from './who-else.ts';

export interface CountryRow {
  country: CountryView;
  stage: Stage;
  /** What the country studied, each solution with how far it went. */
  studied: StudiedLink[];
}

export async function getCountryIndex(lang: Locale): Promise<{ rows: CountryRow[]; stages: Stage[] }> {
  const [countries, caseStudies, titles] = await Promise.all([getCountries(lang), getCaseStudies(lang), getSolutionTitles(lang)]);
  const furthest = furthestByCountry(caseStudies);
  const studied = studiedByCountry(caseStudies, titles, lang);
  const rows = countries.flatMap((country) => {
    const stage = furthest.get(country.code)?.stage;
    return stage ? [{ country, stage, studied: studied.get(country.code) ?? [] }] : [];
  });
  const stages = STAGES.filter((stage) => rows.some((row) => row.stage === stage));
  return { rows, stages };
}
