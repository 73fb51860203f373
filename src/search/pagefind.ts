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

/** The module `pagefind.js`: one Pagefind of its own, and more on demand. */
interface PagefindModule extends Pagefind {
  createInstance: (options: Record<string, unknown>) => Pagefind;
}

// No worker: one request and one round trip fewer on slow networks, and no blob: or worker CSP.
const OPTIONS = { baseUrl: import.meta.env.BASE_URL, excerptLength: 24, noWorker: true, ranking: PAGEFIND_RANKING };

function importPagefind(): Promise<PagefindModule> {
  // Under a base path (`/homegrown/`) both the script and the result URLs live below it.
  const url = new URL(`${import.meta.env.BASE_URL}pagefind/pagefind.js`, window.location.href).href;
  return import(/* @vite-ignore */ url) as Promise<PagefindModule>;
}

/** Imports and starts Pagefind. */
export async function loadPagefind(): Promise<Pagefind> {
  const api = await importPagefind();
  await api.options(OPTIONS);
  await api.init();
  return api;
}

/**
 * A second Pagefind over the same index, for the filter counts. Once a Pagefind holds the filter
 * index, each of its searches counts every filter value over every result; the one that finds
 * results never loads it (only the chunks of a checked filter), so it does not pay for the counts.
 */
export async function loadCounter(): Promise<Pagefind> {
  const api = (await importPagefind()).createInstance(OPTIONS);
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
