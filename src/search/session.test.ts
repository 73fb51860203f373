/** The search session over a fake Pagefind: what the page is told to show, and in what order. */
import { describe, expect, test, vi } from 'vitest';
import type { FilterCounts, Pagefind, PagefindResult, PagefindResultData } from './pagefind.ts';
import type { RankedPage } from './search-results.ts';
import type { SearchState } from './search-state.ts';
import { SearchSession, type SearchUpdate } from './session.ts';

interface FakePage {
  url: string;
  title: string;
  summary?: string;
  /** Meta fields Pagefind says the query matched in. */
  matched?: string[];
  /** The excerpt Pagefind makes, with the matched words in `<mark>`; by default the title and a marked "excerpt". */
  excerpt?: string;
}

const COUNTS: FilterCounts = { type: { solution: 2 } };

/** A promise with its resolve function, to hold a fragment back. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

const dataOf = (page: FakePage): PagefindResultData => ({
  url: page.url,
  excerpt: page.excerpt ?? `${page.title} <mark>excerpt</mark>`,
  meta: { title: page.title, ...(page.summary === undefined ? {} : { summary: page.summary }) },
});

/** A Pagefind whose every search finds `pages` (or what `find` returns), in that order. */
function fakePagefind(pages: FakePage[], find: (term: string | null) => FakePage[] = () => pages) {
  const held = new Map<string, ReturnType<typeof deferred<void>>>();
  const searches: (string | null)[] = [];
  const filtersIn = deferred<void>();
  const api: Pagefind = {
    options: async () => undefined,
    init: async () => undefined,
    preload: vi.fn(async () => undefined),
    filters: async () => {
      await filtersIn.promise;
      return COUNTS;
    },
    search: async (term) => {
      searches.push(term);
      const results: PagefindResult[] = find(term).map((page) => ({
        id: page.url,
        data: async () => {
          await held.get(page.url)?.promise;
          return dataOf(page);
        },
        ...(page.matched ? { matchedMetaFields: page.matched } : {}),
      }));
      return { results, filters: { type: { solution: results.length } } };
    },
  };
  return {
    api,
    searches,
    /** Holds back the fragment of `url` until `release(url)`. */
    hold: (url: string) => held.set(url, deferred<void>()),
    release: (url: string) => held.get(url)?.resolve(),
    /** The filter index arrives. */
    loadFilters: () => filtersIn.resolve(),
  };
}

function session(fake: ReturnType<typeof fakePagefind>, other: { pages?: RankedPage[]; names?: string[] } = {}) {
  const updates: SearchUpdate[] = [];
  const start = vi.fn(async () => fake.api);
  const search = new SearchSession({
    pagefind: start,
    pages: async () => other.pages ?? [],
    names: async () => other.names ?? [],
    lang: 'en',
    otherLang: 'fr',
    emit: (update) => updates.push(update),
  });
  /** The URLs shown, in order (results of this language, and the other language's pages). */
  const shown = () =>
    updates.flatMap((update) =>
      update.type === 'item' ? [update.item.kind === 'result' ? update.item.data.url : update.item.page.url] : [],
    );
  return { search, updates, shown, start };
}

const state = (query: string, filters: SearchState['filters'] = {}): SearchState => ({ query, filters });
const page = (n: number): FakePage => ({ url: `/en/solutions/s${n}/`, title: `Solution ${n}`, matched: ['title'] });

describe('SearchSession', () => {
  test('no query and no filter clears the page without starting Pagefind', async () => {
    const fake = fakePagefind([page(1)]);
    const { search, updates, start } = session(fake);
    expect(await search.search(state(''))).toBeUndefined();
    expect(updates).toEqual([{ type: 'cleared' }]);
    expect(start).not.toHaveBeenCalled();
  });

  test('results that name every query word in their title or summary come first', async () => {
    const fake = fakePagefind([
      { url: '/en/case-studies/gn/', title: 'Guinea', summary: 'A study visit', matched: [] },
      { url: '/en/solutions/umucyo/', title: 'Umucyo e-procurement', matched: ['title'] },
    ]);
    const { search, shown, updates } = session(fake);
    expect(await search.search(state('umucyo procurement'))).toEqual({ total: 2 });
    expect(shown()).toEqual(['/en/solutions/umucyo/', '/en/case-studies/gn/']);
    expect(updates.slice(0, 2)).toEqual([{ type: 'loading' }, { type: 'results', count: 2, offerOther: true }]);
    expect(updates.at(-1)).toEqual({ type: 'more', waiting: false });
  });

  test('a full match is shown as soon as its place is certain, before slower fragments arrive', async () => {
    const fake = fakePagefind([page(1), page(2)]);
    fake.hold(page(2).url);
    const { search, shown } = session(fake);
    const done = search.search(state('solution'));
    await vi.waitFor(() => expect(shown()).toEqual([page(1).url]));
    fake.release(page(2).url);
    await done;
    expect(shown()).toEqual([page(1).url, page(2).url]);
  });

  test('a newer search supersedes one still under way: nothing of the older one is shown after', async () => {
    const fake = fakePagefind([], (term) => (term === 'old' ? [page(1)] : [page(2)]));
    fake.hold(page(1).url);
    const { search, shown } = session(fake);
    const older = search.search(state('old'));
    await vi.waitFor(() => expect(fake.searches).toEqual(['old']));
    const newer = await search.search(state('new'));
    fake.release(page(1).url);
    expect(await older).toBeUndefined();
    expect(newer).toEqual({ total: 1 });
    expect(shown()).toEqual([page(2).url]);
  });

  test('ten results at a time; more() shows the next ten and says when none are left', async () => {
    const fake = fakePagefind(Array.from({ length: 23 }, (_, i) => page(i + 1)));
    const { search, shown, updates } = session(fake);
    expect(await search.search(state('solution'))).toEqual({ total: 23 });
    expect(shown()).toHaveLength(10);
    expect(updates.at(-1)).toEqual({ type: 'more', waiting: true });
    await search.more();
    expect(shown()).toHaveLength(20);
    await search.more();
    expect(shown()).toEqual(Array.from({ length: 23 }, (_, i) => page(i + 1).url));
    expect(updates.at(-1)).toEqual({ type: 'more', waiting: false });
  });

  test("a query in the other language adds that language's pages that name every word, and offers its search", async () => {
    const fake = fakePagefind([{ url: '/en/solutions/umucyo/', title: 'Umucyo', matched: [] }]);
    const french: RankedPage = { url: '/fr/solutions/umucyo/', title: 'Umucyo', summary: 'Les marchés publics en ligne', type: 'Solution' };
    const unrelated: RankedPage = { url: '/fr/solutions/irembo/', title: 'Irembo', summary: 'Services en ligne', type: 'Solution' };
    const { search, shown, updates } = session(fake, { pages: [french, unrelated] });
    expect(await search.search(state('marchés publics'))).toEqual({ total: 2 });
    expect(shown()).toEqual(['/fr/solutions/umucyo/', '/en/solutions/umucyo/']);
    expect(updates).toContainEqual({ type: 'results', count: 1, offerOther: true });
  });

  test("a filtered search does not add the other language's pages", async () => {
    const fake = fakePagefind([page(1)]);
    const french: RankedPage = { url: '/fr/x/', title: 'Marchés publics', summary: '', type: 'Solution' };
    const { search, shown } = session(fake, { pages: [french] });
    await search.search(state('marchés publics', { sector: ['procurement'] }));
    expect(shown()).toEqual([page(1).url]);
  });

  test('little found: "Did you mean" the closest name', async () => {
    const fake = fakePagefind([]);
    const { search, updates } = session(fake, { names: ['umucyo', 'irembo'] });
    expect(await search.search(state('umucio'))).toEqual({ total: 0 });
    await vi.waitFor(() => expect(updates).toContainEqual({ type: 'suggestion', query: 'umucyo' }));
  });

  test('a Kinyarwanda name two edits off, matched only by the pronoun "I": no stray result, and "Did you mean Imihigo"', async () => {
    const fake = fakePagefind([
      { url: '/en/solutions/ndi-umunyarwanda/', title: 'Ndi Umunyarwanda', excerpt: 'Ndi Umunyarwanda <mark>("I</mark> am Rwandan")' },
      { url: '/en/case-studies/burundi/', title: 'Burundi', excerpt: 'which <mark>I</mark> think can help' },
    ]);
    const { search, updates, shown } = session(fake, { names: ['Imihigo', 'Umuganda', 'Ndi Umunyarwanda'] });
    expect(await search.search(state('imihego'))).toEqual({ total: 0 });
    expect(shown()).toEqual([]);
    await vi.waitFor(() => expect(updates).toContainEqual({ type: 'suggestion', query: 'Imihigo' }));
  });

  test('"umuganta", nothing found: "Did you mean Umuganda"', async () => {
    const { search, updates } = session(fakePagefind([]), { names: ['Imihigo', 'Umuganda'] });
    await search.search(state('umuganta'));
    await vi.waitFor(() => expect(updates).toContainEqual({ type: 'suggestion', query: 'Umuganda' }));
  });

  test('a stray match among real ones is left out, and the others keep their order', async () => {
    const fake = fakePagefind([
      { url: '/en/a/', title: 'A', excerpt: 'Pillar <mark>I</mark> of the plan' },
      { url: '/en/b/', title: 'B', excerpt: 'the <mark>imihigo</mark> contracts' },
      { url: '/en/c/', title: 'C', excerpt: 'district <mark>imihigo</mark>' },
    ]);
    const { search, shown } = session(fake);
    expect(await search.search(state('imihigo'))).toEqual({ total: 2 });
    expect(shown()).toEqual(['/en/b/', '/en/c/']);
  });

  test('few results that hold the query ("tender" in tenders, tendering): no "Did you mean Gender"', async () => {
    const fake = fakePagefind([
      { url: '/en/solutions/umucyo/', title: 'Umucyo', matched: ['summary'], excerpt: 'public bodies publish <mark>tenders</mark>' },
      { url: '/en/case-studies/chad/', title: 'Chad', excerpt: 'online <mark>tendering</mark> are possible' },
    ]);
    const { search, updates } = session(fake, { names: ['Gender', 'Umucyo'] });
    expect(await search.search(state('tender'))).toEqual({ total: 2 });
    // The names list is what a suggestion waits for: once read, a suggestion would have been emitted.
    await new Promise((done) => setTimeout(done, 20));
    expect(updates.filter((update) => update.type === 'suggestion')).toEqual([]);
  });

  test('few results that do not hold the query word: the suggestion still comes', async () => {
    const fake = fakePagefind([{ url: '/en/x/', title: 'X', excerpt: 'the <mark>gender</mark> commission' }]);
    const { search, updates } = session(fake, { names: ['Gender', 'Umucyo'] });
    await search.search(state('umuchyo'));
    await vi.waitFor(() => expect(updates).toContainEqual({ type: 'suggestion', query: 'Umucyo' }));
  });

  test('counts of a search made before the filter index was in are asked again once it is', async () => {
    const fake = fakePagefind([page(1), page(2)]);
    const { search, updates } = session(fake);
    await search.search(state('solution'));
    expect(updates.filter((update) => update.type === 'counts')).toEqual([]);
    fake.loadFilters();
    await vi.waitFor(() => expect(updates).toContainEqual({ type: 'counts', counts: { type: { solution: 2 } } }));
    expect(fake.searches).toEqual(['solution', 'solution']);
    // Now that the filter index is in, a search's own counts are right and shown at once.
    await search.search(state('other'));
    expect(fake.searches).toEqual(['solution', 'solution', 'other']);
  });

  test('the filter index loads only after the first results are shown, and the counts come after them', async () => {
    const fake = fakePagefind([page(1), page(2)]);
    const filters = vi.spyOn(fake.api, 'filters');
    const updates: SearchUpdate[] = [];
    let filtersAskedBeforeResults = -1;
    const search = new SearchSession({
      pagefind: async () => fake.api,
      pages: async () => [],
      names: async () => [],
      lang: 'en',
      otherLang: 'fr',
      emit: (update) => {
        if (update.type === 'item' && filtersAskedBeforeResults === -1) filtersAskedBeforeResults = filters.mock.calls.length;
        updates.push(update);
      },
    });
    await search.search(state('solution'));
    expect(filtersAskedBeforeResults).toBe(0);
    fake.loadFilters();
    await vi.waitFor(() => expect(updates.filter((update) => update.type === 'counts')).toHaveLength(1));
    // Once the filter index is in, a search's own counts are right; they still come after its results.
    updates.length = 0;
    await search.search(state('other'));
    await vi.waitFor(() => expect(updates.map((update) => update.type)).toContain('counts'));
    const types = updates.map((update) => update.type);
    expect(types.indexOf('counts')).toBeGreaterThan(types.lastIndexOf('item'));
  });

  test('with a counting Pagefind, the one that finds results never loads the filter index: the counts come from the other', async () => {
    const finder = fakePagefind([page(1), page(2)]);
    const counter = fakePagefind([page(1), page(2)]);
    counter.loadFilters();
    const finderFilters = vi.spyOn(finder.api, 'filters');
    const updates: SearchUpdate[] = [];
    const search = new SearchSession({
      pagefind: async () => finder.api,
      counter: async () => counter.api,
      pages: async () => [],
      names: async () => [],
      lang: 'en',
      otherLang: 'fr',
      emit: (update) => updates.push(update),
    });
    await search.warmUp('', () => true);
    expect(updates).toEqual([{ type: 'counts', counts: COUNTS }]);
    for (const [index, query] of ['solution', 'other'].entries()) {
      await search.search(state(query));
      await vi.waitFor(() => expect(updates.filter((update) => update.type === 'counts')).toHaveLength(index + 2));
    }
    expect(counter.searches).toEqual(['solution', 'other']);
    expect(finder.searches).toEqual(['solution', 'other']);
    expect(finderFilters).not.toHaveBeenCalled();
  });

  /** A session whose first screen shows three results and whose paint waits for `paint`; what it fetched and showed. */
  function firstScreenSession(pages: FakePage[]) {
    const fake = fakePagefind(pages);
    const fetched: string[] = [];
    const search = fake.api.search;
    fake.api.search = async (term, options) => {
      const found = await search(term, options);
      return (
        found && { ...found, results: found.results.map((result) => ({ ...result, data: () => (fetched.push(result.id), result.data()) })) }
      );
    };
    const paint = deferred<void>();
    const updates: SearchUpdate[] = [];
    const session = new SearchSession({
      pagefind: async () => fake.api,
      pages: async () => [],
      names: async () => [],
      lang: 'en',
      otherLang: 'fr',
      emit: (update) => updates.push(update),
      firstScreen: () => 3,
      painted: () => paint.promise,
    });
    const shown = () =>
      updates.flatMap((update) => (update.type === 'item' && update.item.kind === 'result' ? [update.item.data.url] : []));
    return { session, fetched, shown, paint };
  }
  const urls = (indexes: number[]) => indexes.map((i) => `/en/p${i}/`);

  test('a common word found in titles: the first screen shows from its own fragments, the rest of the page is fetched once it is painted', async () => {
    const pages = Array.from({ length: 10 }, (_, i) => ({ url: `/en/p${i}/`, title: `Governance ${i}`, matched: ['title'] }));
    const { session, fetched, shown, paint } = firstScreenSession(pages);
    const done = session.search(state('governance'));
    await vi.waitFor(() => expect(shown()).toEqual(urls([0, 1, 2])));
    expect(fetched).toEqual(urls([0, 1, 2]));
    paint.resolve();
    expect(await done).toEqual({ total: 10 });
    expect(shown()).toEqual(urls([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]));
  });

  test('the first page is ranked as a whole: a result that may name the query in its title, below the first screen, still comes first', async () => {
    // Only the eighth result names the query in its title: it ranks first once its fragment is in.
    const pages: FakePage[] = Array.from({ length: 10 }, (_, i) =>
      i === 7 ? { url: '/en/p7/', title: 'Governance 7', matched: ['title'] } : { url: `/en/p${i}/`, title: `Page ${i}`, matched: [] },
    );
    const { session, fetched, shown, paint } = firstScreenSession(pages);
    const done = session.search(state('governance'));
    await vi.waitFor(() => expect(fetched).toEqual(urls([0, 1, 2])));
    expect(shown()).toEqual([]);
    paint.resolve();
    expect(await done).toEqual({ total: 10 });
    expect(shown()).toEqual(urls([7, 0, 1, 2, 3, 4, 5, 6, 8, 9]));
  });

  test('warmUp starts Pagefind once, preloads the query and shows the counts while no search is asked', async () => {
    const fake = fakePagefind([]);
    fake.loadFilters();
    const { search, updates, start } = session(fake);
    await search.warmUp('umu', () => true);
    await search.warmUp('', () => false);
    expect(start).toHaveBeenCalledTimes(1);
    expect(fake.api.preload).toHaveBeenCalledWith('umu');
    expect(updates).toEqual([{ type: 'counts', counts: COUNTS }]);
  });

  test('preload waits for Pagefind to start: before, it loads nothing', async () => {
    const fake = fakePagefind([]);
    const { search, start } = session(fake);
    search.preload('umucyo');
    expect(start).not.toHaveBeenCalled();
  });

  test('Pagefind failing to load: the page says so', async () => {
    const updates: SearchUpdate[] = [];
    const search = new SearchSession({
      pagefind: () => Promise.reject(new Error('offline')),
      pages: async () => [],
      names: async () => [],
      lang: 'en',
      otherLang: 'fr',
      emit: (update) => updates.push(update),
    });
    expect(await search.search(state('umucyo'))).toBeUndefined();
    expect(updates).toEqual([{ type: 'loading' }, { type: 'error' }]);
  });
});
