/**
 * Pagefind's JS API as the search page uses it: the types it reads, and one loader that imports
 * Pagefind from the site (under its base path), sets the site's options and starts it.
 */
import { PAGEFIND_RANKING } from '#src/search/search-ranking.ts';

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
export interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
  /** Meta fields in which the query matched (Pagefind 1.5+); absent when none did. */
  matchedMetaFields?: string[];
}
export type FilterCounts = Record<string, Record<string, number>>;
interface PagefindSearch {
  results: PagefindResult[];
  filters: FilterCounts;
}
export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  preload: (term: string, options?: Record<string, unknown>) => Promise<void>;
  search: (term: string | null, options?: Record<string, unknown>) => Promise<PagefindSearch | null>;
  filters: () => Promise<FilterCounts>;
}

/** Imports and starts Pagefind. */
export async function loadPagefind(): Promise<Pagefind> {
  // Under a base path (`/homegrown/`) both the script and the result URLs live below it.
  const url = new URL(`${import.meta.env.BASE_URL}pagefind/pagefind.js`, window.location.href).href;
  const api = (await import(/* @vite-ignore */ url)) as Pagefind;
  // No worker: one request and one round trip fewer on slow networks, and no blob: or worker CSP.
  await api.options({ baseUrl: import.meta.env.BASE_URL, excerptLength: 24, noWorker: true, ranking: PAGEFIND_RANKING });
  await api.init();
  return api;
}

/** A JSON file of the site, fetched once per URL; `fallback` when it cannot be had. */
export function jsonOnce<T>(fallback: T): (path: string) => Promise<T> {
  const cache = new Map<string, Promise<T>>();
  return (path) => {
    let value = cache.get(path);
    if (!value) {
      value = fetch(`${import.meta.env.BASE_URL}${path}`)
        .then((response) => (response.ok ? (response.json() as Promise<T>) : fallback))
        .catch(() => fallback);
      cache.set(path, value);
    }
    return value;
  };
}
