/**
 * World maps rendered to SVG at build time (d3-geo, topojson-client, world-atlas): countries
 * coloured by the furthest stage they reached. No map code reaches the browser.
 */
import { geoArea, geoCentroid, geoEqualEarth, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { STAGE_FILL_BACKGROUNDS } from './stage-colours.ts';

export interface MapCountry {
  /** ISO 3166-1 numeric code, as world-atlas ids countries ("324" for Guinea). */
  numeric: string;
  /** Fill colour for the country. */
  fill: string;
  /** Text for the shape's tooltip, e.g. "Guinea: adapted". */
  label: string;
}

export interface MapOptions {
  width: number;
  height: number;
  /** Accessible name of the image. */
  title: string;
  /** Countries smaller than this (in square pixels) also get a dot, so islands stay visible. */
  minArea?: number;
}

type Countries = FeatureCollection<Geometry, { name: string }>;

export function countriesOf(topology: Topology): Countries {
  return feature(topology, topology.objects['countries'] as GeometryCollection<{ name: string }>) as Countries;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function projectionFor(base: Countries, width: number, height: number) {
  // Antarctica takes space and carries no information here.
  const world: Countries = { type: 'FeatureCollection', features: base.features.filter((f) => f.id !== '010') };
  const projection = geoEqualEarth().fitSize([width, height], world);
  return { world, projection, path: geoPath(projection).digits(0) };
}

const svgOpen = (width: number, height: number, title: string | undefined) =>
  title === undefined
    ? `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" aria-hidden="true">`
    : `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeXml(title)}"><title>${escapeXml(title)}</title>`;

/** Every country in grey, as one path: the shared background of every map (cached once). */
export function renderBaseMap(base: Countries, options: { width: number; height: number; fill?: string; stroke?: string }): string {
  const { width, height, fill = STAGE_FILL_BACKGROUNDS.mapLand, stroke = STAGE_FILL_BACKGROUNDS.paper } = options;
  const { world, path } = projectionFor(base, width, height);
  return `${svgOpen(width, height, undefined)}<path fill="${fill}" stroke="${stroke}" stroke-width="0.5" d="${world.features.map((f) => path(f) ?? '').join('')}"/></svg>`;
}

/** One highlighted country, projected: its outline and, when too small to see, a dot at its centre. */
export interface MapShape<T extends MapCountry = MapCountry> {
  country: T;
  /** SVG path data of the outline. */
  d: string;
  /** Centre of the dot that keeps a small country visible, when it needs one. */
  dot?: { cx: string; cy: string };
}

/**
 * The catalogue countries, projected to line up with the base map, for markup that draws them
 * itself (a map whose countries are links). `detail` (a finer topology) supplies countries the
 * base one lacks (small islands); a country found in neither is left out.
 */
export function worldShapes<T extends MapCountry>(
  base: Countries,
  detail: Countries,
  countries: readonly T[],
  options: { width: number; height: number; minArea?: number },
): MapShape<T>[] {
  const { width, height, minArea = 40 } = options;
  const { projection, path } = projectionFor(base, width, height);
  const byId = new Map(base.features.map((f) => [String(f.id), f]));
  const detailById = new Map(detail.features.map((f) => [String(f.id), f]));
  return countries.flatMap((country) => {
    const shape: Feature | undefined = byId.get(country.numeric) ?? detailById.get(country.numeric);
    if (!shape) return [];
    const d = path(shape) ?? '';
    const tooSmall = path.area(shape) < minArea || geoArea(shape) === 0;
    if (!tooSmall) return [{ country, d }];
    const [x = 0, y = 0] = projection(geoCentroid(shape)) ?? [];
    return [{ country, d, dot: { cx: x.toFixed(1), cy: y.toFixed(1) } }];
  });
}

/** The catalogue countries only, coloured, on a transparent background that lines up with the base map. */
export function renderWorldMap(base: Countries, detail: Countries, countries: readonly MapCountry[], options: MapOptions): string {
  const { width, height, title } = options;
  const highlighted = worldShapes(base, detail, countries, options)
    .map(({ country, d, dot }) => {
      const circle = dot ? `<circle cx="${dot.cx}" cy="${dot.cy}" r="4" stroke="#1b1f24" stroke-width="1"/>` : '';
      return `<g fill="${country.fill}"><title>${escapeXml(country.label)}</title><path d="${d}"/>${circle}</g>`;
    })
    .join('');
  return `${svgOpen(width, height, title)}<g stroke="#1b1f24" stroke-width="0.6">${highlighted}</g></svg>`;
}
