/** The countries index: each country that studied or adopted a solution, with its furthest stage. */
import { STAGES, type Stage } from '#src/schemas/case-study.ts';
import type { Catalogue } from './catalogue.ts';
import type { CountryView } from './countries.ts';
import { studiedBy, type StudiedLink } from './who-else.ts';

export interface CountryRow {
  country: CountryView;
  stage: Stage;
  /** What the country studied, each solution with how far it went. */
  studied: StudiedLink[];
}

export function getCountryIndex(catalogue: Catalogue): { rows: CountryRow[]; stages: Stage[] } {
  const rows = catalogue.countries.flatMap((country) => {
    const stage = catalogue.furthestStage.get(country.code);
    return stage ? [{ country, stage, studied: studiedBy(catalogue, country.code) }] : [];
  });
  const stages = STAGES.filter((stage) => rows.some((row) => row.stage === stage));
  return { rows, stages };
}
