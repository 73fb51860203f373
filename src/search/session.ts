/**
 * A search session: what the search page does with Pagefind, without the page. It starts
 * Pagefind once, runs each search (a newer one supersedes an older one still under way), ranks
 * the first ten results as their fragments arrive, adds the other language's pages for a query
 * written in that language, fetches ten more on demand, and offers a spelling when little is
 * found. It tells the page what to show through `emit`; src/search/search.ts draws it.
 *
 * The first results come before anything they do not need: only the fragments of the results
 * the first screen shows (and of those that may rank above them) are fetched before they are
 * painted, and the filter index (every filter of every page, unpacked on the main thread) loads
 * and counts only after the first page of results is shown.
 */
import { isStrayMatch, matchesWell, type MatchText } from './match-quality.ts';
import type { FilterCounts, Pagefind, PagefindResult, PagefindResultData } from './pagefind.ts';
import { queryLanguage } from './query-language.ts';
import { matchesInFull, mayMatchInFull, mergeWithOtherLanguage, settledOrder } from './result-ranking.ts';
import type { RankedPage } from './search-results.ts';
import { hasCriteria, pagefindFilters, type SearchState } from './search-state.ts';

/** Results fetched and shown at a time. */
export const PAGE = 10;
/** Fewer results than this, and the page offers a spelling and the other language's pages. */
export const FEW = 3;

/** A result ready to show: a Pagefind result of this language, or a page of the other language. */
export type Shown = { kind: 'result'; data: PagefindResultData } | { kind: 'other'; page: RankedPage };

/** What the page should change, in the order it should change it. */
export type SearchUpdate =
  /** No query and no filter: empty the results, hide their heading, the "more" button and the other language's link. */
  | { type: 'cleared' }
  /** A search has started: say so. */
  | { type: 'loading' }
  /** Its results are in: empty the list; `offerOther` shows the link to the other language's search. */
  | { type: 'results'; count: number; offerOther: boolean }
  /** Append a result to the list. */
  | { type: 'item'; item: Shown }
  /** Whether more results wait for the "more" button. */
  | { type: 'more'; waiting: boolean }
  /** How many pages each filter value holds for the current criteria. */
  | { type: 'counts'; counts: FilterCounts }
  /** "Did you mean …?" */
  | { type: 'suggestion'; query: string }
  | { type: 'error' };

export interface SessionOptions {
  /** Imports and starts Pagefind (called once). */
  pagefind: () => Promise<Pagefind>;
  /**
   * Starts a second Pagefind that holds the filter index and counts (called once, when counts are
   * first needed); without it, the first one counts too.
   */
  counter?: () => Promise<Pagefind>;
  /** A JSON file of the site (`{lang}/search/pages.json`, `{lang}/search/names.json`), fetched once per path; its fallback when it cannot be had. */
  pages: (path: string) => Promise<RankedPage[]>;
  names: (path: string) => Promise<string[]>;
  /** The page's language and the other one, whose pages a query in that language also finds. */
  lang: string;
  otherLang: string;
  emit: (update: SearchUpdate) => void;
  /** How many results the first screen shows; their fragments are fetched first (default: a whole page). */
  firstScreen?: () => number;
  /** Resolves once what has been emitted so far is painted (default: at once). */
  painted?: () => Promise<void>;
}

/** A finished search: how many results the page now counts (this language's and the other's). */
export interface SearchOutcome {
  total: number;
}

export class SearchSession {
  readonly #options: SessionOptions;
  #pagefind: Promise<Pagefind> | undefined;
  #counter: Promise<Pagefind> | undefined;
  /** Results of the current search not shown yet. */
  #pending: PagefindResult[] = [];
  /** Counts the searches: a search whose number is no longer the latest shows nothing more. */
  #generation = 0;
  /** The filter index once asked for: every filter value's count over every page. */
  #filterIndex: Promise<FilterCounts> | undefined;
  #filtersLoaded = false;
  /** The query of the current search, for dropping stray matches from later pages of results. */
  #query = '';

  constructor(options: SessionOptions) {
    this.#options = options;
  }

  /**
   * Starts Pagefind (once) and preloads `query`; while `idle()` holds (no search asked), loads
   * the filter index and shows its counts.
   */
  async warmUp(query: string, idle: () => boolean): Promise<void> {
    try {
      const api = await this.#load();
      if (query) await api.preload(query);
      if (!idle()) return;
      const counts = await this.#allCounts();
      if (idle()) this.#options.emit({ type: 'counts', counts });
    } catch {
      this.#options.emit({ type: 'error' });
    }
  }

  /** Preloads the index chunks of `query` once Pagefind has started; does nothing before. */
  preload(query: string): void {
    if (this.#pagefind && query) void this.#pagefind.then((api) => api.preload(query));
  }

  /** Runs a search; undefined when a newer search superseded it or it failed. */
  async search(state: SearchState): Promise<SearchOutcome | undefined> {
    const { emit, otherLang } = this.#options;
    const run = ++this.#generation;
    if (!hasCriteria(state)) {
      emit({ type: 'cleared' });
      if (this.#pagefind)
        await this.#showCounts(
          run,
          this.#pagefind.then(() => this.#allCounts()),
        );
      return undefined;
    }
    emit({ type: 'loading' });
    try {
      const api = await this.#load();
      // The counts in this search's result are right only if this Pagefind holds the filter index.
      const countsRight = this.#filtersLoaded && !this.#options.counter;
      const options = { filters: pagefindFilters(state) };
      const search = await api.search(state.query || null, options);
      if (!search || run !== this.#generation) return undefined;
      this.#pending = search.results;
      this.#query = state.query;
      const count = search.results.length;
      // Another language's words ("marchés publics" on the English pages), or little found: offer the other index.
      emit({ type: 'results', count, offerOther: state.query !== '' && (count < FEW || queryLanguage(state.query) === otherLang) });
      const first = await this.#showFirst(run, state);
      if (run !== this.#generation) return undefined;
      const found = count - first.stray;
      // Little found, and what was found does not hold the query's words ("tender" finds tenders: no "Gender?").
      if (state.query && found < FEW && !matchesWell(state.query, first.kept)) void this.#offerSpelling(state.query, run);
      // The counts come after the results are painted: from this search when they are right, else
      // from the same search once the counting Pagefind holds the filter index.
      const counts = this.#painted().then(() => (countsRight ? search.filters : this.#countsOf(run, state.query || null, options)));
      void this.#showCounts(run, counts);
      return { total: found + first.added };
    } catch {
      emit({ type: 'error' });
      return undefined;
    }
  }

  /** Shows the next results of the current search. */
  async more(): Promise<void> {
    const run = this.#generation;
    // Fragments are fetched together and shown in rank order as they arrive: on a slow network
    // the first result appears without waiting for the tenth.
    const fragments = this.#next().map((result) => result.data());
    for (const fragment of fragments) {
      const data = await fragment;
      if (run !== this.#generation) return;
      if (this.#query && isStrayMatch(this.#query, data.excerpt)) continue;
      this.#options.emit({ type: 'item', item: { kind: 'result', data } });
    }
    this.#options.emit({ type: 'more', waiting: this.#pending.length > 0 });
  }

  #painted(): Promise<void> {
    return this.#options.painted?.() ?? Promise.resolve();
  }

  #load(): Promise<Pagefind> {
    this.#pagefind ??= this.#options.pagefind();
    return this.#pagefind;
  }

  /** The Pagefind that counts: the second one, or the first. */
  #counting(): Promise<Pagefind> {
    const { counter } = this.#options;
    if (!counter) return this.#load();
    this.#counter ??= counter();
    return this.#counter;
  }

  /** A search's filter counts, from the counting Pagefind once it holds the filter index; undefined once superseded. */
  async #countsOf(run: number, term: string | null, options: Record<string, unknown>): Promise<FilterCounts | undefined> {
    await this.#allCounts();
    if (run !== this.#generation) return undefined;
    const api = await this.#counting();
    return (await api.search(term, options))?.filters;
  }

  /**
   * Loads the filter index into the counting Pagefind (once) and gives every filter value's count
   * over every page. Counts in a search's result are only right once it is in.
   */
  #allCounts(): Promise<FilterCounts> {
    this.#filterIndex ??= this.#counting()
      .then((api) => api.filters())
      .then(
        (counts) => {
          this.#filtersLoaded = true;
          return counts;
        },
        (error: unknown) => {
          this.#filterIndex = undefined;
          throw error;
        },
      );
    return this.#filterIndex;
  }

  #next(): PagefindResult[] {
    const batch = this.#pending.slice(0, PAGE);
    this.#pending = this.#pending.slice(PAGE);
    return batch;
  }

  /**
   * The first page of results, ranked: those whose title or summary name every query word first,
   * then, for a query in the other language, that language's pages that do, then the rest
   * (result-ranking.ts). Stray matches are left out. Returns how many of the other language's
   * pages were added, how many results were stray, and the results kept.
   */
  async #showFirst(run: number, { query, filters }: SearchState): Promise<{ added: number; stray: number; kept: MatchText[] }> {
    const { emit, otherLang, pages } = this.#options;
    const batch = this.#next();
    // The other language's pages carry no filters here: they join unfiltered searches only.
    const unfiltered = Object.values(filters).every((values) => values.length === 0);
    const crossing = query !== '' && unfiltered && queryLanguage(query) === otherLang;
    // A result's summary comes with it (its `summary` meta): only a query in the other language
    // fetches that language's list of pages.
    const otherPages = crossing ? pages(`${otherLang}/search/pages.json`) : Promise.resolve([]);
    // A result whose matched meta fields name neither its title nor its summary cannot hold every
    // query word there (result-ranking.ts), so it is known to rank after the full matches before
    // its fragment arrives; the others are known once theirs does. Each result is shown as soon as
    // its place at the head of the ranked list is certain: the first result does not wait for the
    // tenth.
    const current: (MatchText & { data: PagefindResultData })[] = [];
    const full: (boolean | undefined)[] = batch.map((result) =>
      !query || mayMatchInFull(query, result.matchedMetaFields) ? undefined : false,
    );
    const shown = new Set<PagefindResultData>();
    const stray = new Set<PagefindResultData>();
    // Results whose place is settled, shown or (stray) left out.
    let placed = 0;
    const showSettled = () => {
      const order = settledOrder(query ? full : full.map(() => true), !crossing);
      for (const index of order.slice(placed)) {
        const item = current[index];
        if (!item) return;
        placed += 1;
        if (stray.has(item.data)) continue;
        emit({ type: 'item', item: { kind: 'result', data: item.data } });
        shown.add(item.data);
      }
    };
    const fetchFragment = async (index: number) => {
      const result = batch[index];
      if (!result) return;
      const data = await result.data();
      if (run !== this.#generation) return;
      const item = { title: data.meta['title'] ?? '', summary: data.meta['summary'], excerpt: data.excerpt, data };
      current[index] = item;
      if (query && isStrayMatch(query, data.excerpt)) {
        stray.add(data);
        full[index] = false;
      }
      full[index] ??= matchesInFull(item, query);
      showSettled();
    };
    // The fragments of the results the first screen shows come first, the rest of the page's once
    // what they settle is painted. Those first results show at once when they hold every query
    // word in their title or summary (a common word, found in titles, ranks them first); a result
    // that does not waits until no later one of the page may rank above it.
    const screen = Math.max(1, this.#options.firstScreen?.() ?? PAGE);
    const first = batch.flatMap((_, index) => (index < screen ? [index] : []));
    const rest = batch.flatMap((_, index) => (index < screen ? [] : [index]));
    const none = { added: 0, stray: 0, kept: [] };
    await Promise.all(first.map(fetchFragment));
    if (run !== this.#generation) return none;
    if (rest.length > 0) {
      await this.#painted();
      if (run !== this.#generation) return none;
      await Promise.all(rest.map(fetchFragment));
      if (run !== this.#generation) return none;
    }
    const other = await otherPages;
    if (run !== this.#generation) return none;
    const kept = current.filter((item) => !stray.has(item.data));
    const ranked: Shown[] = (
      query
        ? mergeWithOtherLanguage(
            kept,
            other.map((page) => ({ ...page, other: true as const })),
            query,
          )
        : kept
    ).map((item) => ('other' in item ? { kind: 'other', page: item } : { kind: 'result', data: item.data }));
    for (const item of ranked) if (item.kind === 'other' || !shown.has(item.data)) emit({ type: 'item', item });
    emit({ type: 'more', waiting: this.#pending.length > 0 });
    return { added: ranked.length - kept.length, stray: stray.size, kept };
  }

  /** "Did you mean Umucyo?" when a query finds little and is a few letters from a name in the catalogue. */
  async #offerSpelling(query: string, run: number): Promise<void> {
    // The spelling code loads only when a spelling may be offered.
    const [{ suggest }, names] = await Promise.all([
      import('./did-you-mean.ts'),
      this.#options.names(`${this.#options.lang}/search/names.json`),
    ]);
    const better = suggest(query, names);
    if (better && run === this.#generation) this.#options.emit({ type: 'suggestion', query: better });
  }

  async #showCounts(run: number, counts: Promise<FilterCounts | undefined>): Promise<void> {
    // Without counts the filters still work: the page shows none rather than an error.
    const value = await counts.catch(() => undefined);
    if (value && run === this.#generation) this.#options.emit({ type: 'counts', counts: value });
  }
}
