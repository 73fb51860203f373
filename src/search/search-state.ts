/** The search page's state in its URL (`?q=procurement&type=case-study`), and excerpt parsing. */
import { SEARCH_FILTERS, type SearchFilter } from './search-tags.ts';

export interface SearchState {
  query: string;
  filters: Partial<Record<SearchFilter, string[]>>;
}

export function stateFromParams(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const key of SEARCH_FILTERS) {
    const values = params.getAll(key).filter(Boolean);
    if (values.length > 0) filters[key] = [...new Set(values)];
  }
  return { query: (params.get('q') ?? '').trim(), filters };
}

export function paramsFromState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const key of SEARCH_FILTERS) for (const value of state.filters[key] ?? []) params.append(key, value);
  return params;
}

export function hasCriteria(state: SearchState): boolean {
  return state.query !== '' || Object.keys(state.filters).length > 0;
}

/** Pagefind filters: any of the checked values within a filter, all filters together. */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  return Object.fromEntries(Object.entries(state.filters).map(([key, values]) => [key, { any: values }]));
}

/**
 * Splits a Pagefind excerpt into plain and highlighted runs. Pagefind escapes the page text and
 * adds only `<mark>`; rendering runs as text nodes keeps any other markup inert.
 */
export function excerptRuns(excerpt: string): { text: string; mark: boolean }[] {
  const decode = (text: string) =>
    text.replace(
      /&(amp|lt|gt|quot|#39|#x27);/g,
      (_, entity: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[entity] ?? '',
    );
  return excerpt
    .split(/(<mark>.*?<\/mark>)/g)
    .filter(Boolean)
    .map((part) => (part.startsWith('<mark>') ? { text: decode(part.slice(6, -7)), mark: true } : { text: decode(part), mark: false }));
}
