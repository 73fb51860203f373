/** What each page tells the search index about itself: filter values (ids) and result metadata. */
import { spellingVariants } from './spelling-variants.ts';

export const SEARCH_TYPES = ['solution', 'case-study', 'country', 'event', 'glossary-term'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** Filters the search page offers, in the order it shows them. */
export const SEARCH_FILTERS = ['type', 'sector', 'sdg', 'country', 'stage', 'region'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

export interface SearchTags {
  filters: Partial<Record<SearchFilter, string[]>>;
  meta: Record<string, string>;
  /** Words searchable but never shown (a meta field, out of excerpts): the other spelling of the page's -ise/-ize words. */
  variants: string[];
}

/**
 * Drops empty filters and repeated values, so the index holds each value once. `englishText`,
 * when the page is in English, adds the other spelling of its -ise/-ize words.
 */
export function searchTags(
  filters: Partial<Record<SearchFilter, readonly (string | number | undefined)[]>>,
  meta: Record<string, string | undefined>,
  englishText = '',
): SearchTags {
  const cleanFilters: SearchTags['filters'] = {};
  for (const key of SEARCH_FILTERS) {
    const values = [...new Set((filters[key] ?? []).filter((v) => v !== undefined && v !== '').map(String))];
    if (values.length > 0) cleanFilters[key] = values;
  }
  const cleanMeta = Object.fromEntries(Object.entries(meta).filter((entry): entry is [string, string] => Boolean(entry[1])));
  return { filters: cleanFilters, meta: cleanMeta, variants: spellingVariants(englishText) };
}
