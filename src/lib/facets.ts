/** Facets for static filter pages: which values exist for a field, and how many items have each. */
import { DEFAULT_LOCALE, localeConfig } from '#src/config/locales.ts';

/** A facet value as a filter link: `Justice (4)` -> `/en/solutions/sector/justice/`. */
export interface FacetLink {
  value: string;
  label: string;
  count: number;
  href: string;
}

export interface FacetValue {
  value: string;
  count: number;
}

/** Values of a multi-valued field with their counts, most frequent first, then by value. */
export function countValues<T>(items: readonly T[], valuesOf: (item: T) => readonly (string | number)[]): FacetValue[] {
  const counts = new Map<string, number>();
  for (const item of items) {
    for (const value of new Set(valuesOf(item).map(String))) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, localeConfig(DEFAULT_LOCALE).intl, { numeric: true }));
}

/** Items whose field contains the value. */
export function withValue<T>(items: readonly T[], valuesOf: (item: T) => readonly (string | number)[], value: string): T[] {
  return items.filter((item) => valuesOf(item).map(String).includes(value));
}
