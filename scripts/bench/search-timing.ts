/**
 * The first search a visitor makes, in Chromium: bytes fetched and time until the first results
 * are on screen, locally and on simulated Slow 4G (150 ms round trip, 1.6 Mbps down).
 */
import type { Browser } from 'playwright-core';
import type { StaticServer } from '../../tests/setup/static-server.ts';

export const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

export interface SearchTiming {
  ms: number;
  bytes: number;
  results: number;
}

/**
 * Opens `pageUrl`, then measures from the moment the visitor starts searching: with `ui`, the
 * page's own search box (typing the term at once) until a result is visible; without, Pagefind's
 * API (import, init, search, first 10 fragments), for a site that has no search UI of its own.
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
  if (options.viaUrl) {
    // What the header's search box does: it opens the search page with the query in its URL,
    // and the page searches as soon as it loads. Timed from the navigation, page included.
    const before = server.bytesSent();
    const started = Date.now();
    await page.goto(`${server.origin}${path}?q=${encodeURIComponent(term)}`, { waitUntil: 'commit' });
    await page.locator('[data-search-results] li').first().waitFor({ state: 'visible', timeout: 60_000 });
    const timing = {
      ms: Date.now() - started,
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
  const started = Date.now();
  let results: number;
  if (options.ui) {
    await page.locator('#search-query').focus();
    await page.locator('#search-query').fill(term);
    await page.locator('[data-search-results] li').first().waitFor({ state: 'visible', timeout: 60_000 });
    results = await page.locator('[data-search-results] li').count();
  } else {
    results = (await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      await pagefind.init();
      const search = await pagefind.search(${JSON.stringify(term)});
      await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
      return Math.min(10, search.results.length);
    })()`)) as number;
  }
  const ms = Date.now() - started;
  const bytes = server.bytesSent() - before;
  await context.close();
  return { ms, bytes, results };
}
