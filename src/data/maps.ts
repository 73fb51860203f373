/** The maps pages show, as SVG text: every catalogue country, or those of one solution. */
import isoCountries from 'i18n-iso-countries';
import detailTopology from 'world-atlas/countries-50m.json' with { type: 'json' };
import baseTopology from 'world-atlas/countries-110m.json' with { type: 'json' };
import type { Topology } from 'topojson-specification';
import { useTranslations } from '#src/i18n/ui.ts';
import { countriesOf, renderBaseMap, renderWorldMap, worldShapes, type MapCountry, type MapShape } from '#src/lib/map.ts';
import type { CountryTake } from '#src/lib/adoptions.ts';
import { paths } from '#src/lib/routes.ts';
import { STAGE_COLOURS } from '#src/lib/stage-colours.ts';
import type { Catalogue } from './catalogue.ts';

const base = countriesOf(baseTopology as unknown as Topology);
const detail = countriesOf(detailTopology as unknown as Topology);

export const MAP_SIZE = { width: 960, height: 470 } as const;

/** A world map of the given countries, each coloured by its furthest stage. */
export function takesMap(catalogue: Catalogue, takes: Iterable<CountryTake>): string {
  const t = useTranslations(catalogue.lang);
  const countries: MapCountry[] = [...takes].flatMap(({ country: code, stage }) => {
    const numeric = isoCountries.alpha2ToNumeric(code.toUpperCase());
    const name = catalogue.countriesByCode.get(code)?.name ?? code;
    return numeric && stage ? [{ numeric, fill: STAGE_COLOURS[stage], label: `${name}: ${t(`stage.${stage}`)}` }] : [];
  });
  return renderWorldMap(base, detail, countries, { ...MAP_SIZE, title: t('map.title') });
}

/** Every country of the catalogue that took something up. */
export function countriesMap(catalogue: Catalogue): string {
  return takesMap(catalogue, catalogue.takes.values());
}

/** A country on the home page's map: a link to its page, named "Guinea: adapted". */
export interface LinkedCountry extends MapCountry {
  href: string;
}

/**
 * Every catalogue country that took something up, as shapes for a map drawn in the page, each a
 * link to the country's page; in the catalogue's order (by name), so the Tab order reads as a list.
 */
export function countryLinkShapes(catalogue: Catalogue): MapShape<LinkedCountry>[] {
  const t = useTranslations(catalogue.lang);
  const linked: LinkedCountry[] = catalogue.countries.flatMap(({ code, name }) => {
    const stage = catalogue.takes.get(code)?.stage;
    const numeric = isoCountries.alpha2ToNumeric(code.toUpperCase());
    if (!numeric || !stage) return [];
    return [{ numeric, fill: STAGE_COLOURS[stage], label: `${name}: ${t(`stage.${stage}`)}`, href: paths.country(catalogue.lang, code) }];
  });
  return worldShapes(base, detail, linked, MAP_SIZE);
}

export function baseMap(): string {
  return renderBaseMap(base, MAP_SIZE);
}
