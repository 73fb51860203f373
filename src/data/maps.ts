/** The maps pages show, as SVG text: every catalogue country, or those of one solution. */
import isoCountries from 'i18n-iso-countries';
import detailTopology from 'world-atlas/countries-50m.json' with { type: 'json' };
import baseTopology from 'world-atlas/countries-110m.json' with { type: 'json' };
import type { Topology } from 'topojson-specification';
import type { Locale } from '#src/config/locales.ts';
import { useTranslations } from '#src/i18n/ui.ts';
import { countriesOf, renderBaseMap, renderWorldMap, type MapCountry } from '#src/lib/map.ts';
import { STAGE_COLOURS, furthestStage } from '#src/lib/stages.ts';
import type { Stage } from '#src/schemas/case-study.ts';
import { getCaseStudies, involving, type CaseStudyView } from './case-studies.ts';

const base = countriesOf(baseTopology as unknown as Topology);
const detail = countriesOf(detailTopology as unknown as Topology);

export const MAP_SIZE = { width: 960, height: 470 } as const;

/** Each country's furthest stage across the given case studies. */
export function furthestByCountry(caseStudies: readonly CaseStudyView[]): Map<string, { name: string; stage: Stage }> {
  const stages = new Map<string, { name: string; stages: { stage: Stage; date: string }[] }>();
  for (const study of caseStudies) {
    const code = study.data.country.id;
    const entry = stages.get(code) ?? { name: study.countryName, stages: [] };
    entry.stages.push(...study.data.stages);
    stages.set(code, entry);
  }
  const result = new Map<string, { name: string; stage: Stage }>();
  for (const [code, { name, stages: list }] of stages) {
    const stage = furthestStage(list);
    if (stage) result.set(code, { name, stage });
  }
  return result;
}

function mapOf(caseStudies: readonly CaseStudyView[], lang: Locale, title: string): string {
  const t = useTranslations(lang);
  const countries: MapCountry[] = [...furthestByCountry(caseStudies)].flatMap(([code, { name, stage }]) => {
    const numeric = isoCountries.alpha2ToNumeric(code.toUpperCase());
    return numeric ? [{ numeric, fill: STAGE_COLOURS[stage], label: `${name}: ${t(`stage.${stage}`)}` }] : [];
  });
  return renderWorldMap(base, detail, countries, { ...MAP_SIZE, title });
}

export async function countriesMap(lang: Locale): Promise<string> {
  return mapOf(await getCaseStudies(lang), lang, useTranslations(lang)('map.title'));
}

export async function solutionMap(lang: Locale, slug: string): Promise<string> {
  return mapOf(involving(await getCaseStudies(lang), slug), lang, useTranslations(lang)('map.title'));
}

export function baseMap(): string {
  return renderBaseMap(base, MAP_SIZE);
}

/** Solutions that some case study involves: only they have a map. */
export async function solutionsWithMaps(lang: Locale): Promise<string[]> {
  return [...new Set((await getCaseStudies(lang)).flatMap((study) => study.data.solutions.map((ref) => ref.id)))];
}
