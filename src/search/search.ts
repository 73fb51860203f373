/**
 * The search page's behaviour over Pagefind's JS API. Pagefind loads only here, starts and
 * preloads as soon as the visitor focuses or types, and fetches result fragments ten at a time.
 * The URL carries the query and filters, so a result list can be shared and survives a reload.
 * A search that arrives with the page (header box, shared link) moves focus to the results
 * heading, so the first result is one Tab away.
 */
import { suggest } from '#src/search/did-you-mean.ts';
import { fill } from '#src/i18n/fill.ts';
import { queryLanguage } from '#src/search/query-language.ts';
import { matchesInFull, mayMatchInFull, mergeWithOtherLanguage, settledOrder, type RankText } from '#src/search/result-ranking.ts';
import { hasCriteria, pagefindFilters, paramsFromState, stateFromParams, type SearchState } from '#src/search/search-state.ts';
import { jsonOnce, loadPagefind, type Pagefind, type PagefindResult, type PagefindResultData } from './pagefind.ts';
import { renderOther, renderResult, showCounts, wireResultKeys, type RankedPage } from './search-results.ts';

const PAGE = 10;

/** A result ready to show: a Pagefind result of this language, or a page of the other language. */
type Shown = (RankText & { data: PagefindResultData }) | (RankedPage & { other: true });
const DEBOUNCE_MS = 100;

interface Strings {
  resultsOne: string;
  resultsOther: string;
  resultsForOne: string;
  resultsForOther: string;
  none: string;
  loading: string;
  error: string;
  didYouMean: string;
}

/** Fewer results than this, and the page offers a spelling and the other language's pages. */
const FEW = 3;

export function startSearch(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('[data-search-form]');
  const input = root.querySelector<HTMLInputElement>('#search-query');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const list = root.querySelector<HTMLOListElement>('[data-search-results]');
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]');
  const filters = root.querySelector<HTMLDetailsElement>('[data-search-filters]');
  const filterCount = root.querySelector<HTMLElement>('[data-search-filter-count]');
  const heading = root.querySelector<HTMLElement>('[data-search-heading]');
  const suggestion = root.querySelector<HTMLElement>('[data-search-suggest]');
  const other = root.querySelector<HTMLAnchorElement>('[data-search-other]');
  if (!form || !input || !status || !list || !more || !filters || !filterCount || !heading || !suggestion || !other) return;
  const strings = JSON.parse(root.dataset['strings'] ?? '{}') as Strings;
  const lang = root.dataset['lang'] ?? '';
  // The language whose index the "other language" link opens (SearchApp.astro).
  const otherLang = other.hreflang;
  const plural = new Intl.PluralRules(root.dataset['intl'] || undefined);
  const boxes = () => filters.querySelectorAll<HTMLInputElement>('input[type="checkbox"]');
  // The filters only work with JavaScript: they stay hidden without it.
  filters.hidden = false;

  let pagefind: Promise<Pagefind> | undefined;
  let pending: PagefindResult[] = [];
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let filtersReady: Promise<unknown> | undefined;
  let filtersLoaded = false;
  /** Titles and summaries of one language's pages; the names a misspelling is matched against. */
  const pagesJson = jsonOnce<RankedPage[]>([]);
  const namesJson = jsonOnce<string[]>([]);
  const otherName = new Intl.DisplayNames([lang], { type: 'language' }).of(otherLang) ?? otherLang;

  const load = (): Promise<Pagefind> => {
    pagefind ??= (async () => {
      const api = await loadPagefind();
      // Counts in a search's result are only right once the filter index is in: load it now,
      // beside the first search rather than before it.
      filtersReady = api.filters().then(() => {
        filtersLoaded = true;
      });
      return api;
    })();
    return pagefind;
  };

  const readState = (): SearchState => {
    const params = new URLSearchParams();
    params.set('q', input.value);
    for (const box of boxes()) if (box.checked) params.append(box.name, box.value);
    return stateFromParams(params);
  };

  const writeState = (state: SearchState) => {
    const query = paramsFromState(state).toString();
    const url = `${window.location.pathname}${query ? `?${query}` : ''}`;
    if (url !== `${window.location.pathname}${window.location.search}`) history.replaceState(null, '', url);
    const active = Object.values(state.filters).reduce((sum, values) => sum + values.length, 0);
    filterCount.textContent = active > 0 ? `(${active})` : '';
    other.href = `${import.meta.env.BASE_URL}${otherLang}/search/${query ? `?${query}` : ''}`;
  };

  /**
   * The first page of results, ranked: those whose title or summary name every query word first,
   * then, for a query in the other language, that language's pages that do, then the rest
   * (src/search/result-ranking.ts). Returns how many of the other language's pages were added.
   */
  const showFirst = async (run: number, state: SearchState): Promise<number> => {
    const batch = pending.slice(0, PAGE);
    pending = pending.slice(PAGE);
    const { query } = state;
    // The other language's pages carry no filters here: they join unfiltered searches only.
    const unfiltered = Object.values(state.filters).every((values) => values.length === 0);
    const crossing = query !== '' && unfiltered && queryLanguage(query) === otherLang;
    // A result's summary comes with it (its `summary` meta): only a query in the other language
    // fetches that language's list of pages.
    const otherPages = crossing ? pagesJson(`${otherLang}/search/pages.json`) : Promise.resolve([]);
    // Fragments are fetched together. A result whose matched meta fields name neither its title
    // nor its summary cannot hold every query word there (result-ranking.ts), so it is known to
    // rank after the full matches before its fragment arrives; the others are known once theirs
    // does. Each result is shown as soon as its place at the head of the ranked list is certain:
    // on a slow network the first result does not wait for the tenth.
    const current: (RankText & { data: PagefindResultData })[] = [];
    const full: (boolean | undefined)[] = batch.map((result) =>
      !query || mayMatchInFull(query, result.matchedMetaFields) ? undefined : false,
    );
    const rendered = new Set<PagefindResultData>();
    const showSettled = () => {
      const order = settledOrder(query ? full : full.map(() => true), !crossing);
      for (const index of order.slice(rendered.size)) {
        const item = current[index];
        if (!item) return;
        list.append(renderResult(item.data));
        rendered.add(item.data);
      }
    };
    const fragments = batch.map(async (result, index) => {
      const data = await result.data();
      if (run !== generation) return;
      const item = { title: data.meta['title'] ?? '', summary: data.meta['summary'], data };
      current[index] = item;
      full[index] ??= matchesInFull(item, query);
      showSettled();
    });
    await Promise.all(fragments);
    if (run !== generation) return 0;
    const other = await otherPages;
    if (run !== generation) return 0;
    const shown: Shown[] = query
      ? mergeWithOtherLanguage(
          current,
          other.map((page) => ({ ...page, other: true as const })),
          query,
        )
      : current;
    const rest = shown.filter((item) => 'other' in item || !rendered.has(item.data));
    list.append(...rest.map((item) => ('other' in item ? renderOther(item, lang, otherLang, otherName) : renderResult(item.data))));
    more.hidden = pending.length === 0;
    return shown.length - current.length;
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

  const countLine = (count: number, query: string) => {
    const one = plural.select(count) === 'one';
    if (!query) return fill(one ? strings.resultsOne : strings.resultsOther, { count });
    return fill(one ? strings.resultsForOne : strings.resultsForOther, { count, query });
  };

  /** "Did you mean Umucyo?" when a query finds little and is a few letters from a name in the catalogue. */
  const offerSpelling = async (query: string, run: number) => {
    const better = suggest(query, await namesJson(`${lang}/search/names.json`));
    if (!better || run !== generation) return;
    const [before = '', after = ''] = strings.didYouMean.split('{suggestion}');
    const link = document.createElement('a');
    link.href = `${window.location.pathname}?${paramsFromState({ ...readState(), query: better }).toString()}`;
    link.textContent = better;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      input.value = better;
      void runSearch({ focus: true });
    });
    suggestion.replaceChildren(before, link, after);
    suggestion.hidden = false;
  };

  const runSearch = async ({ focus = false } = {}) => {
    const state = readState();
    writeState(state);
    const current = ++generation;
    suggestion.hidden = true;
    if (!hasCriteria(state)) {
      list.replaceChildren();
      status.textContent = '';
      heading.hidden = true;
      more.hidden = true;
      other.parentElement?.toggleAttribute('hidden', true);
      const api = pagefind ? await pagefind : undefined;
      if (api && current === generation) showCounts(root, await api.filters());
      return;
    }
    heading.hidden = false;
    status.textContent = strings.loading;
    try {
      const api = await load();
      const countsRight = filtersLoaded;
      const options = { filters: pagefindFilters(state) };
      const search = await api.search(state.query || null, options);
      if (!search || current !== generation) return;
      pending = search.results;
      list.replaceChildren();
      if (countsRight) showCounts(root, search.filters);
      const count = search.results.length;
      // Another language's words ("marchés publics" on the English pages), or little found: offer the other index.
      const few = count < FEW;
      other.parentElement?.toggleAttribute('hidden', !state.query || !(few || queryLanguage(state.query) === otherLang));
      const added = await showFirst(current, state);
      if (current !== generation) return;
      status.textContent = count + added === 0 ? strings.none : countLine(count + added, state.query);
      // Unless the visitor is already typing or filtering, the next Tab reaches the first result.
      const busy = form.contains(document.activeElement) || filters.contains(document.activeElement);
      if (focus && !busy) heading.focus();
      if (state.query && few) void offerSpelling(state.query, current);
      if (!countsRight)
        void filtersReady?.then(async () => {
          const again = await api.search(state.query || null, options);
          if (again && current === generation) showCounts(root, again.filters);
        });
    } catch {
      status.textContent = strings.error;
    }
  };
  const run = () => runSearch();

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), DEBOUNCE_MS);
  };

  const warmUp = () => {
    void load()
      .then(async (api) => {
        if (input.value.trim()) await api.preload(input.value.trim());
        if (!hasCriteria(readState())) showCounts(root, await api.filters());
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
  filters.addEventListener('change', (event) => {
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

  wireResultKeys(input, list, () => void run());

  // A shared or reloaded URL restores its search.
  const initial = stateFromParams(new URLSearchParams(window.location.search));
  input.value = initial.query;
  for (const box of boxes()) {
    box.checked = initial.filters[box.name as keyof SearchState['filters']]?.includes(box.value) ?? false;
  }
  if (hasCriteria(initial)) void runSearch({ focus: true });
  else writeState(initial);
}
