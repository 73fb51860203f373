/** `/data/adoptions.geojson`: one point feature per country (at its centroid) with its stages. */
import { geoCentroid } from 'd3-geo';
import isoCountries from 'i18n-iso-countries';
import detailTopology from 'world-atlas/countries-50m.json' with { type: 'json' };
import type { Topology } from 'topojson-specification';
import { countriesOf } from '#src/lib/map.ts';
import { DEFAULT_LOCALE } from '#src/config/locales.ts';
import { getCatalogue } from './catalogue.ts';
import { caseStudyRecords, countryRecords } from './open-data.ts';

const shapes = countriesOf(detailTopology as unknown as Topology);

export async function adoptionsGeoJson() {
  const [countries, caseStudies, { furthestStage }] = await Promise.all([
    countryRecords(),
    caseStudyRecords(),
    getCatalogue(DEFAULT_LOCALE),
  ]);
  const features = countries.flatMap((country) => {
    const own = caseStudies.filter((c) => c.country === country.code);
    if (own.length === 0) return [];
    const numeric = isoCountries.alpha2ToNumeric(country.code.toUpperCase());
    const shape = shapes.features.find((f) => String(f.id) === numeric);
    if (!shape) return [];
    const [lon = 0, lat = 0] = geoCentroid(shape);
    const stages = own.flatMap((c) =>
      c.stages.map((s) => ({ caseStudy: c.slug, solutions: c.solutions, stage: s.stage, date: s.date, localName: s.localName })),
    );
    return [
      {
        type: 'Feature' as const,
        id: country.code,
        geometry: { type: 'Point' as const, coordinates: [Math.round(lon * 1000) / 1000, Math.round(lat * 1000) / 1000] },
        properties: {
          code: country.code,
          name: country.name,
          region: country.region,
          furthestStage: furthestStage.get(country.code) ?? null,
          stages,
        },
      },
    ];
  });
  return { type: 'FeatureCollection' as const, features };
}
