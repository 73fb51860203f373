/**
 * The search page's view: reads the form, keeps the URL in step, and draws what the search
 * session (src/search/session.ts) reports. Pagefind loads only here, starts and preloads as soon
 * as the visitor focuses or types, and fetches result fragments ten at a time, those the first
 * screen shows first; the filter counts follow the results. The URL carries
 * the query and filters, so a result list can be shared and survives a reload. A search that
 * arrives with the page (header box, shared link) moves focus to the results heading, so the
 * first result is one Tab away.
 */
import { fill } from '#src/i18n/fill.ts';
import { jsonOnce, loadCounter, loadPagefind } from './pagefind.ts';
import { renderOther, renderResult, showCounts, wireResultKeys, type RankedPage } from './search-results.ts';
import { hasCriteria, paramsFromState, stateFromParams, type SearchState } from './search-state.ts';
import { SearchSession, type SearchUpdate } from './session.ts';

const DEBOUNCE_MS = 100;
/** The least height of a result (title, kind line, one line of excerpt): how many the first screen can show. */
const RESULT_MIN_PX = 72;

/** How many results fit between the top of `list` and the bottom of the window (at least one). */
function resultsOnScreen(list: HTMLElement): number {
  const room = window.innerHeight - list.getBoundingClientRect().top;
  return Math.max(1, Math.ceil(room / RESULT_MIN_PX));
}

/** Resolves after the next frame is painted. */
const nextPaint = () => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));

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

/** The elements of the search page (SearchApp.astro) the view reads and writes. */
interface SearchView {
  root: HTMLElement;
  form: HTMLFormElement;
  input: HTMLInputElement;
  status: HTMLElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
  filters: HTMLDetailsElement;
  filterCount: HTMLElement;
  heading: HTMLElement;
  suggestion: HTMLElement;
  other: HTMLAnchorElement;
}

function findView(root: HTMLElement): SearchView | undefined {
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
  if (!form || !input || !status || !list || !more || !filters || !filterCount || !heading || !suggestion || !other) return undefined;
  return { root, form, input, status, list, more, filters, filterCount, heading, suggestion, other };
}

/** Draws what the session reports; `suggestionLink` makes the "Did you mean" link. */
function drawer(view: SearchView, strings: Strings, suggestionLink: (query: string) => HTMLAnchorElement): (update: SearchUpdate) => void {
  const { root, status, list, more, heading, suggestion, other } = view;
  const lang = root.dataset['lang'] ?? '';
  const otherLang = other.hreflang;
  const otherName = new Intl.DisplayNames([lang], { type: 'language' }).of(otherLang) ?? otherLang;
  return (update) => {
    switch (update.type) {
      case 'cleared':
        list.replaceChildren();
        status.textContent = '';
        heading.hidden = true;
        more.hidden = true;
        other.parentElement?.toggleAttribute('hidden', true);
        return;
      case 'loading':
        heading.hidden = false;
        status.textContent = strings.loading;
        return;
      case 'results':
        list.replaceChildren();
        other.parentElement?.toggleAttribute('hidden', !update.offerOther);
        return;
      case 'item':
        list.append(
          update.item.kind === 'other' ? renderOther(update.item.page, lang, otherLang, otherName) : renderResult(update.item.data),
        );
        return;
      case 'more':
        more.hidden = !update.waiting;
        return;
      case 'counts':
        showCounts(root, update.counts);
        return;
      case 'suggestion': {
        const [before = '', after = ''] = strings.didYouMean.split('{suggestion}');
        suggestion.replaceChildren(before, suggestionLink(update.query), after);
        suggestion.hidden = false;
        return;
      }
      case 'error':
        status.textContent = strings.error;
        return;
    }
  };
}

export function startSearch(root: HTMLElement): void {
  const view = findView(root);
  if (!view) return;
  const { form, input, status, list, more, filters, filterCount, heading, suggestion, other } = view;
  const strings = JSON.parse(root.dataset['strings'] ?? '{}') as Strings;
  // The language whose index the "other language" link opens (SearchApp.astro).
  const otherLang = other.hreflang;
  const plural = new Intl.PluralRules(root.dataset['intl'] || undefined);
  const boxes = () => filters.querySelectorAll<HTMLInputElement>('input[type="checkbox"]');
  // The filters only work with JavaScript: they stay hidden without it.
  filters.hidden = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const readState = (): SearchState => {
    const params = new URLSearchParams();
    params.set('q', input.value);
    for (const box of boxes()) if (box.checked) params.append(box.name, box.value);
    return stateFromParams(params);
  };

  // The header's search box (BaseLayout.astro) shows the query too, unless the visitor is typing in it.
  const siteSearch = document.querySelector<HTMLInputElement>('#site-search');

  const writeState = (state: SearchState) => {
    if (siteSearch && document.activeElement !== siteSearch) siteSearch.value = state.query;
    const query = paramsFromState(state).toString();
    const url = `${window.location.pathname}${query ? `?${query}` : ''}`;
    if (url !== `${window.location.pathname}${window.location.search}`) history.replaceState(null, '', url);
    const active = Object.values(state.filters).reduce((sum, values) => sum + values.length, 0);
    filterCount.textContent = active > 0 ? `(${active})` : '';
    other.href = `${import.meta.env.BASE_URL}${otherLang}/search/${query ? `?${query}` : ''}`;
  };

  const countLine = (count: number, query: string) => {
    const one = plural.select(count) === 'one';
    if (!query) return fill(one ? strings.resultsOne : strings.resultsOther, { count });
    return fill(one ? strings.resultsForOne : strings.resultsForOther, { count, query });
  };

  /** A link that searches for the suggested spelling. */
  const suggestionLink = (better: string) => {
    const link = document.createElement('a');
    link.href = `${window.location.pathname}?${paramsFromState({ ...readState(), query: better }).toString()}`;
    link.textContent = better;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      input.value = better;
      void runSearch({ focus: true });
    });
    return link;
  };

  const session = new SearchSession({
    pagefind: loadPagefind,
    counter: loadCounter,
    pages: jsonOnce<RankedPage[]>([]),
    names: jsonOnce<string[]>([]),
    lang: root.dataset['lang'] ?? '',
    otherLang,
    emit: drawer(view, strings, suggestionLink),
    firstScreen: () => resultsOnScreen(list),
    painted: nextPaint,
  });

  const runSearch = async ({ focus = false } = {}) => {
    const state = readState();
    writeState(state);
    suggestion.hidden = true;
    const outcome = await session.search(state);
    if (!outcome) return;
    status.textContent = outcome.total === 0 ? strings.none : countLine(outcome.total, state.query);
    // Unless the visitor is already typing or filtering, the next Tab reaches the first result.
    const busy = form.contains(document.activeElement) || filters.contains(document.activeElement);
    if (focus && !busy) heading.focus();
  };
  const run = () => runSearch();

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), DEBOUNCE_MS);
  };

  const warmUp = () => void session.warmUp(input.value.trim(), () => !hasCriteria(readState()));

  input.addEventListener('focus', warmUp, { once: true });
  // This page exists to search: once it has loaded and the browser is idle, start Pagefind so the
  // first query only waits for its index chunk and fragments.
  // Unless a search has started by then, the filter index comes too: the counts show before any term is typed.
  if ('requestIdleCallback' in window) requestIdleCallback(warmUp, { timeout: 2000 });
  input.addEventListener('input', () => {
    session.preload(input.value.trim());
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
    void session.more().then(() => list.querySelectorAll('a')[first]?.focus());
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
