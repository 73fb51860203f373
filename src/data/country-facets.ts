/** "Countries like mine": the countries index filtered by region, regional bloc or official language. */
import type { Locale } from '#src/config/locales.ts';
import { countValues, withValue, type FacetLink } from '#src/lib/facets.ts';
import { paths } from '#src/lib/routes.ts';
import type { CountryRow } from './countries-index.ts';

export const COUNTRY_FACET_KINDS = ['region', 'bloc', 'language'] as const;
export type CountryFacetKind = (typeof COUNTRY_FACET_KINDS)[number];

function valuesOf(row: CountryRow, kind: CountryFacetKind): string[] {
  const { data } = row.country.entry;
  return kind === 'region' ? [data.region] : kind === 'bloc' ? data.blocs.map((b) => b.toLowerCase()) : data.languages;
}

function labelOf(row: CountryRow, kind: CountryFacetKind, value: string): string {
  const { data } = row.country.entry;
  if (kind === 'region') return row.country.region;
  const index = kind === 'bloc' ? data.blocs.findIndex((b) => b.toLowerCase() === value) : data.languages.indexOf(value);
  return (kind === 'bloc' ? row.country.blocs : row.country.languages)[index] ?? value;
}

export function countryFacets(rows: readonly CountryRow[], lang: Locale): { kind: CountryFacetKind; values: FacetLink[] }[] {
  return COUNTRY_FACET_KINDS.map((kind) => ({
    kind,
    values: countValues(rows, (row) => valuesOf(row, kind)).map(({ value, count }) => {
      const row = rows.find((r) => valuesOf(r, kind).includes(value));
      return { value, count, label: row ? labelOf(row, kind, value) : value, href: paths.countryFacet(lang, kind, value) };
    }),
  }));
}

export function rowsWith(rows: readonly CountryRow[], kind: CountryFacetKind, value: string): CountryRow[] {
  return withValue(rows, (row) => valuesOf(row, kind), value);
}
