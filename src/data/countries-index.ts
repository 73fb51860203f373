/** The countries index: each country that studied or adopted a solution, with its furthest stage. */
import type { Locale } from '../i18n/locales.ts';
import { STAGES, type Stage } from '../schemas/case-study.ts';
import { getCaseStudies } from './case-studies.ts';
import { getCountries, type CountryView } from './countries.ts';
import { furthestByCountry } from './maps.ts';

export interface CountryRow {
  country: CountryView;
  stage: Stage;
}

export async function getCountryIndex(lang: Locale): Promise<{ rows: CountryRow[]; stages: Stage[] }> {
  const [countries, caseStudies] = await Promise.all([getCountries(lang), getCaseStudies(lang)]);
  const furthest = furthestByCountry(caseStudies);
  const rows = countries.flatMap((country) => {
    const stage = furthest.get(country.code)?.stage;
    return stage ? [{ country, stage }] : [];
  });
  const stages = STAGES.filter((stage) => rows.some((row) => row.stage === stage));
  return { rows, stages };
}
