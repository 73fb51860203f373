/**
 * The search page's behaviour over Pagefind's JS API. Pagefind loads only here, starts and
 * preloads as soon as the visitor focuses or types, and fetches result fragments ten at a time.
 * The URL carries the query and filters, so a result list can be shared and survives a reload.
 */
import { PAGEFIND_RANKING } from '../lib/search-ranking';
import { excerptRuns, hasCriteria, pagefindFilters, paramsFromState, stateFromParams, type SearchState } from '../lib/search-state';
import { SEARCH_FILTERS } from '../lib/search-tags';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  preload: (term: string, options?: Record<string, unknown>) => Promise<void>;
  search: (term: string | null, options?: Record<string, unknown>) => Promise<PagefindSearch | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

const PAGE = 10;
const DEBOUNCE_MS = 100;

interface Strings {
  results: string;
  resultsFor: string;
  none: string;
  loading: string;
  error: string;
}

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));

export function startSearch(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('[data-search-form]');
  const input = root.querySelector<HTMLInputElement>('#search-query');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const list = root.querySelector<HTMLOListElement>('[data-search-results]');
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]');
  if (!form || !input || !status || !list || !more) return;
  const strings = JSON.parse(root.dataset['strings'] ?? '{}') as Strings;

  let pagefind: Promise<Pagefind> | undefined;
  let pending: PagefindResult[] = [];
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const load = (): Promise<Pagefind> => {
    pagefind ??= (async () => {
      // Under a base path (`/homegrown/`) both the script and the result URLs live below it.
      const url = new URL(`${import.meta.env.BASE_URL}pagefind/pagefind.js`, window.location.href).href;
      const api = (await import(/* @vite-ignore */ url)) as Pagefind;
      // No worker: one request and one round trip fewer on slow networks, and no blob: or worker CSP.
      await api.options({ baseUrl: import.meta.env.BASE_URL, excerptLength: 24, noWorker: true, ranking: PAGEFIND_RANKING });
      await api.init();
      return api;
    })();
    return pagefind;
  };

  const readState = (): SearchState => {
    const params = new URLSearchParams();
    params.set('q', input.value);
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) params.append(box.name, box.value);
    return stateFromParams(params);
  };

  const writeState = (state: SearchState) => {
    const query = paramsFromState(state).toString();
    const url = `${window.location.pathname}${query ? `?${query}` : ''}`;
    if (url !== `${window.location.pathname}${window.location.search}`) history.replaceState(null, '', url);
  };

  const showCounts = (counts: Record<string, Record<string, number>>) => {
    for (const key of SEARCH_FILTERS) {
      for (const cell of root.querySelectorAll<HTMLElement>(`[data-count^="${key}:"]`)) {
        const value = cell.dataset['count']?.slice(key.length + 1) ?? '';
        cell.textContent = `(${counts[key]?.[value] ?? 0})`;
      }
    }
  };

  const renderResult = (data: PagefindResultData): HTMLLIElement => {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = data.url;
    link.className = 'text-lg font-semibold';
    link.textContent = data.meta['title'] ?? data.url;
    const meta = document.createElement('p');
    meta.className = 'text-sm text-muted';
    meta.textContent = [data.meta['type'], data.meta['country'], data.meta['stage']].filter(Boolean).join(' · ');
    const excerpt = document.createElement('p');
    for (const run of excerptRuns(data.excerpt)) {
      if (run.mark) {
        const mark = document.createElement('mark');
        mark.textContent = run.text;
        excerpt.append(mark);
      } else {
        excerpt.append(run.text);
      }
    }
    item.append(link, meta, excerpt);
    return item;
  };

  const showMore = async (run: number) => {
    const batch = pending.slice(0, PAGE);
    pending = pending.slice(PAGE);
    // Fragments are fetched together and shown in rank order as they arrive: on a slow network
    // the first result appears without waiting for the tenth.
    const fragments = batch.map((result) => result.data());
    for (const fragment of fragments) {
      const data = await fragment;
      if (run !== generation) return;
      list.append(renderResult(data));
    }
    more.hidden = pending.length === 0;
  };

  const run = async () => {
    const state = readState();
    writeState(state);
    const current = ++generation;
    if (!hasCriteria(state)) {
      list.replaceChildren();
      status.textContent = '';
      more.hidden = true;
      const api = pagefind ? await pagefind : undefined;
      if (api && current === generation) showCounts(await api.filters());
      return;
    }
    status.textContent = strings.loading;
    try {
      const api = await load();
      const search = await api.search(state.query || null, { filters: pagefindFilters(state) });
      if (!search || current !== generation) return;
      pending = search.results;
      list.replaceChildren();
      showCounts(search.filters);
      const count = search.results.length;
      await showMore(current);
      if (current !== generation) return;
      status.textContent =
        count === 0
          ? strings.none
          : state.query
            ? fill(strings.resultsFor, { count, query: state.query })
            : fill(strings.results, { count });
    } catch {
      status.textContent = strings.error;
    }
  };

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), DEBOUNCE_MS);
  };

  const warmUp = () => {
    void load()
      .then(async (api) => {
        if (input.value.trim()) await api.preload(input.value.trim());
        if (!hasCriteria(readState())) showCounts(await api.filters());
      })
      .catch(() => {
        status.textContent = strings.error;
      });
  };

  input.addEventListener('focus', warmUp, { once: true });
  // This page exists to search: once it has loaded and the browser is idle, start Pagefind so the
  // first query only waits for its index chunk and fragments.
  // The filter index comes too: the counts show before any term is typed, and a search needs it.
  if ('requestIdleCallback' in window) requestIdleCallback(warmUp, { timeout: 2000 });
  input.addEventListener('input', () => {
    if (pagefind && input.value.trim()) void pagefind.then((api) => api.preload(input.value.trim()));
    schedule();
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).matches('input[type="checkbox"]')) void run();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run();
  });
  more.addEventListener('click', () => {
    const first = list.children.length;
    void showMore(generation).then(() => list.querySelectorAll('a')[first]?.focus());
  });

  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('li > a')];
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      const first = links()[0];
      if (first) {
        event.preventDefault();
        first.focus();
      }
    } else if (event.key === 'Escape') {
      event.preventDefault();
      input.value = '';
      void run();
    }
  });
  list.addEventListener('keydown', (event) => {
    const all = links();
    const index = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (index === -1) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = event.key === 'ArrowDown' ? all[index + 1] : all[index - 1];
      (next ?? (event.key === 'ArrowUp' ? input : all[index]))?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      input.focus();
    }
  });

  // A shared or reloaded URL restores its search.
  const initial = stateFromParams(new URLSearchParams(window.location.search));
  input.value = initial.query;
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    box.checked = initial.filters[box.name as keyof SearchState['filters']]?.includes(box.value) ?? false;
  }
  if (hasCriteria(initial)) void run();
}
