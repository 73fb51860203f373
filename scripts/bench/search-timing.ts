/**
 * The first search a visitor makes, in Chromium: bytes fetched and time until the first results
 * are on screen, locally and on simulated Slow 4G (150 ms round trip, 1.6 Mbps down).
 *
 * Times are taken inside the page (`performance.now()`), from the moment the visitor starts to the
 * first animation frame after the first result is in the list, the frame that paints it. Waiting
 * for the result with Playwright's `waitFor` instead would add its polling back-off (checks at
 * 0, 20, 70, 170, 270, then every 500 ms): a result that is painted after 450 ms reads as ~800 ms.
 */
import type { Browser, Page } from 'playwright-core';
import type { StaticServer } from '../lib/static-server.ts';

export const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

export interface SearchTiming {
  ms: number;
  bytes: number;
  results: number;
}

/** What the page records: when the visitor focused the search box, and when the first result was painted. */
interface Marks {
  focus?: number;
  firstResult?: number;
}

/**
 * Runs before the page's own scripts: notes the first focus of the search box (capture phase, so
 * before the page's own listener) and the frame after the first result enters the list.
 */
function watchFirstResult(): void {
  const marks: Marks = {};
  (window as unknown as { __searchMarks: Marks }).__searchMarks = marks;
  document.addEventListener(
    'focus',
    (event) => {
      if ((event.target as Element | null)?.id === 'search-query') marks.focus ??= performance.now();
    },
    { capture: true },
  );
  const observer = new MutationObserver(() => {
    if (!document.querySelector('[data-search-results] li')) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      marks.firstResult = performance.now();
    });
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** Resolves with the page's marks once the first result has been painted. */
async function firstResultMarks(page: Page): Promise<Required<Marks>> {
  const handle = await page.waitForFunction(
    () => {
      const marks = (window as unknown as { __searchMarks?: Marks }).__searchMarks;
      return marks?.firstResult === undefined ? undefined : { focus: marks.focus ?? 0, firstResult: marks.firstResult };
    },
    undefined,
    { timeout: 60_000, polling: 'raf' },
  );
  return (await handle.jsonValue()) as Required<Marks>;
}

/**
 * Opens `pageUrl`, then measures from the moment the visitor starts searching: with `ui`, the
 * page's own search box (focused, then the term typed at once) until a result is painted; without,
 * Pagefind's API (import, init, search, first 10 fragments), for a site that has no search UI of its own.
 */
export async function firstSearch(
  browser: Browser,
  server: StaticServer,
  path: string,
  term: string,
  options: { throttle: boolean; ui: boolean; settled?: boolean; viaUrl?: boolean },
): Promise<SearchTiming> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (options.throttle) await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  if (options.ui) await page.addInitScript(watchFirstResult);
  if (options.viaUrl) {
    // What the header's search box does: it opens the search page with the query in its URL,
    // and the page searches as soon as it loads. Timed from the navigation, page included.
    const before = server.bytesSent();
    await page.goto(`${server.origin}${path}?q=${encodeURIComponent(term)}`, { waitUntil: 'commit' });
    const marks = await firstResultMarks(page);
    const timing = {
      // performance.now() counts from the start of the navigation.
      ms: Math.round(marks.firstResult),
      bytes: server.bytesSent() - before,
      results: await page.locator('[data-search-results] li').count(),
    };
    await context.close();
    return timing;
  }
  await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
  // A visitor who reads the page for a moment before typing: whatever it starts at idle is done.
  if (options.settled) await page.waitForLoadState('networkidle');
  // Counted at the server: requests made by Pagefind's worker are not visible to the page.
  const before = server.bytesSent();
  let ms: number;
  let results: number;
  if (options.ui) {
    await page.locator('#search-query').focus();
    await page.locator('#search-query').fill(term);
    const marks = await firstResultMarks(page);
    ms = Math.round(marks.firstResult - marks.focus);
    results = await page.locator('[data-search-results] li').count();
  } else {
    const timed = (await page.evaluate(`(async () => {
      const started = performance.now();
      const pagefind = await import('/pagefind/pagefind.js');
      await pagefind.init();
      const search = await pagefind.search(${JSON.stringify(term)});
      await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
      return { ms: performance.now() - started, results: Math.min(10, search.results.length) };
    })()`)) as { ms: number; results: number };
    ms = Math.round(timed.ms);
    results = timed.results;
  }
  const bytes = server.bytesSent() - before;
  await context.close();
  return { ms, bytes, results };
}

export interface SecondVisitTiming extends SearchTiming {
  /** Requests that went to the server (the rest came from the browser's cache without asking). */
  requests: number;
  /** Of those, answered 304 Not Modified: a round trip for a file the browser already had. */
  revalidated: number;
}

/**
 * A visitor who comes back: a first visit opens the search page with a query (as the header's
 * search box does) and stays until the network is idle, so the browser's HTTP cache holds the
 * page, its scripts and styles, and the Pagefind files that search needed. The second visit, a
 * new tab in the same browser on Slow 4G, opens the search page with `term`: timed from the
 * navigation to the first result painted, bytes counted at the server. What the cache saves
 * depends on the server's `Cache-Control` (scripts/lib/static-server.ts sends the site's `_headers`).
 */
export async function secondVisit(
  browser: Browser,
  server: StaticServer,
  path: string,
  firstTerm: string,
  term: string,
): Promise<SecondVisitTiming> {
  const context = await browser.newContext();
  try {
    const first = await context.newPage();
    const firstCdp = await context.newCDPSession(first);
    await firstCdp.send('Network.enable');
    await firstCdp.send('Network.emulateNetworkConditions', SLOW_4G);
    // Not 'load': the first result and an idle network are what the cache needs (CI once waited 120 s for 'load' under load).
    await first.goto(`${server.origin}${path}?q=${encodeURIComponent(firstTerm)}`, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    await first.locator('[data-search-results] li').first().waitFor({ timeout: 120_000 });
    await first.waitForLoadState('networkidle', { timeout: 120_000 });
    await first.close();

    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    // The raw responses that came over the network (a 304 shows as the cached 200 elsewhere in CDP).
    let requests = 0;
    let revalidated = 0;
    cdp.on('Network.responseReceivedExtraInfo', ({ statusCode }) => {
      requests++;
      if (statusCode === 304) revalidated++;
    });
    await page.addInitScript(watchFirstResult);
    const before = server.bytesSent();
    await page.goto(`${server.origin}${path}?q=${encodeURIComponent(term)}`, { waitUntil: 'commit' });
    const marks = await firstResultMarks(page);
    // What it took to show the first result, not what came after.
    const taken = { ms: Math.round(marks.firstResult), bytes: server.bytesSent() - before, requests, revalidated };
    return { ...taken, results: await page.locator('[data-search-results] li').count() };
  } finally {
    await context.close();
  }
}
