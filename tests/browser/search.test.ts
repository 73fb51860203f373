/** Search, through Pagefind's own JS API on the built index and through the page a visitor uses. */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { matchesInFull, mayMatchInFull } from '#src/search/result-ranking.ts';
import { PAGEFIND_RANKING } from '#src/search/search-ranking.ts';
import { watchErrors } from '../../scripts/lib/chromium.ts';
import { runAxe } from '../setup/axe.ts';
import { chromiumOnSite } from '../setup/chromium-on-site.ts';

/** Every wait is generous and polled calmly: the suite runs on a loaded 2-core machine. */
const POLL = { timeout: 20_000, intervals: [250, 500, 1000] };

const env = chromiumOnSite();

/**
 * Runs `body` (the source of an async function body that uses `pagefind`, initialised with the
 * site's ranking) in the search page of the given language, and returns what it returns.
 */
async function inPagefind<T>(lang: 'en' | 'fr', body: string): Promise<T> {
  const context = await env.browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${env.site.origin}/${lang}/search/`);
    // A string, so the test runner does not rewrite the browser's dynamic import.
    return (await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      await pagefind.options({ ranking: ${JSON.stringify(PAGEFIND_RANKING)} });
      await pagefind.init();
      ${body}
    })()`)) as T;
  } finally {
    await context.close();
  }
}

/** Runs a query with Pagefind's JS API in a page of the given language; returns result URLs in rank order. */
async function query(lang: 'en' | 'fr', term: string | null, filters: Record<string, string> = {}): Promise<string[]> {
  return inPagefind<string[]>(
    lang,
    `const search = await pagefind.search(${JSON.stringify(term)}, { filters: ${JSON.stringify(filters)} });
    return Promise.all(search.results.map(async (r) => (await r.data()).url));`,
  );
}

describe('the built index, through Pagefind’s JS API', () => {
  test.each([
    ['Umucyo', 'umucyo'],
    ['Irembo', 'irembo'],
    ['Isange', 'isange-one-stop-centre'],
    ['Umuganda', 'umuganda'],
  ])('"%s" ranks its solution first, before the case studies that mention it', async (term, slug) => {
    expect((await query('en', term))[0]).toBe(`/en/solutions/${slug}/`);
  });

  test('the French index finds Umucyo in French for "marchés publics", with or without accents', async () => {
    for (const term of ['marchés publics', 'marches publics']) {
      const urls = await query('fr', term);
      expect(urls, term).toContain('/fr/solutions/umucyo/');
      expect(
        urls.every((url) => url.startsWith('/fr/')),
        term,
      ).toBe(true);
    }
  });

  test('the country filter GN returns Guinea’s case study, before any term is typed', async () => {
    expect(await query('en', null, { country: 'gn' })).toContain('/en/case-studies/guinea-e-procurement/');
  });

  test('case and accents do not matter', async () => {
    const variants = await Promise.all(['Guinée', 'guinee', 'GUINEE'].map((term) => query('fr', term)));
    expect(variants[0]?.length).toBeGreaterThan(0);
    // The same pages (pages with equal scores may come in either order).
    const sorted = (urls: string[] | undefined) => [...(urls ?? [])].sort();
    expect(sorted(variants[1])).toEqual(sorted(variants[0]));
    expect(sorted(variants[2])).toEqual(sorted(variants[0]));
    expect(variants[1]?.[0]).toBe(variants[0]?.[0]);
  });

  test('British and American spellings, in any case, find the decentralisation entry', async () => {
    for (const term of ['decentralisation', 'decentralization', 'Decentralisation', 'DECENTRALIZATION']) {
      expect(await query('en', term), term).toContain('/en/solutions/decentralization/');
    }
    expect(await query('fr', 'décentralisation')).toContain('/fr/solutions/decentralization/');
  });

  test.each([
    ['en', ['Edit this page', 'Cite this entry', 'Last reviewed', 'Checked for news', '(external site)']],
    ['fr', ['Modifier cette page', 'Citer cette fiche', 'Dernière vérification', 'Actualité vérifiée', '(site externe)']],
  ] as const)(
    '%s: the indexed text of an entry is the entry, not its page furniture (edit link, review dates, citation)',
    async (lang, furniture) => {
      const context = await env.browser.newContext();
      const page = await context.newPage();
      await page.goto(`${env.site.origin}/${lang}/search/`);
      const script = `(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      await pagefind.init();
      const search = await pagefind.search('Umucyo');
      const all = await Promise.all(search.results.map((r) => r.data()));
      return all.find((d) => d.url === '/${lang}/solutions/umucyo/')?.content ?? '';
    })()`;
      const content = (await page.evaluate(script)) as string;
      await context.close();
      expect(content).toContain('Umucyo');
      for (const label of furniture) expect(content, label).not.toContain(label);
    },
  );

  test.each([
    ['en', ['Umucyo', 'procurement', 'public procurement', 'marchés publics', 'land', 'health insurance', 'Guinea', 'e-procurement']],
    ['fr', ['Umucyo', 'marchés publics', 'Guinée', 'assurance maladie', 'terres', 'décentralisation']],
  ] as const)(
    '%s: a result whose title or summary holds every query word has them among its matched meta fields (the page shows it early on that basis)',
    async (lang, terms) => {
      const results = await inPagefind<{ term: string; url: string; title: string; summary?: string; fields: string[] }[]>(
        lang,
        `const out = [];
        for (const term of ${JSON.stringify(terms)}) {
          const search = await pagefind.search(term);
          for (const r of search.results.slice(0, 20)) {
            const d = await r.data();
            out.push({ term, url: d.url, title: d.meta.title ?? '', summary: d.meta.summary, fields: r.matchedMetaFields ?? [] });
          }
        }
        return out;`,
      );
      const full = results.filter((r) => matchesInFull(r, r.term));
      expect(full.length).toBeGreaterThan(3);
      for (const r of full) expect(mayMatchInFull(r.term, r.fields), `${r.term}: ${r.url}`).toBe(true);
    },
  );

  test('a nonsense query returns nothing', async () => {
    expect(await query('en', 'xqzvbnkw')).toEqual([]);
  });
});

describe('the search page', () => {
  async function openSearch(path: string): Promise<{ page: Page; errors: string[] }> {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    const errors = await watchErrors(page);
    await page.goto(`${env.site.origin}${path}`);
    return { page, errors };
  }

  test('type, arrow to a result, Enter opens it; the URL carries the query', async () => {
    const { page, errors } = await openSearch('/en/search/');
    await page.locator('#search-query').fill('procurement');
    await expect.poll(() => page.locator('[data-search-results] li').count(), POLL).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('q')).toBe('procurement');
    await page.locator('#search-query').press('ArrowDown');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(focused).toMatch(/^\/en\//);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${focused}`);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a shared URL restores the results and the checked filters; axe finds no violations', async () => {
    const { page, errors } = await openSearch('/fr/search/?q=TELEMO&type=case-study');
    await expect
      .poll(() => page.locator('[data-search-results] li a').first().getAttribute('href'), POLL)
      .toBe('/fr/case-studies/guinea-e-procurement/');
    expect(await page.locator('#search-query').inputValue()).toBe('TELEMO');
    expect(await page.locator('input[name="type"][value="case-study"]').isChecked()).toBe(true);
    expect(await page.locator('[data-search-status]').textContent()).toMatch(/résultats? pour/);
    const results = await runAxe(page);
    expect(results.violations.map((v) => v.id)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a search from the header box shows its first result before the filter counts, which follow', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    // The filter index is held back until the first result has been seen.
    let release = () => {};
    const held = new Promise<void>((done) => (release = done));
    await page.route('**/pagefind/filter/**', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${env.site.origin}/en/search/?q=Rwanda`);
    await page.locator('[data-search-results] li').first().waitFor({ state: 'visible', timeout: 60_000 });
    const counts = page.locator('[data-count]');
    expect(await counts.evaluateAll((cells) => cells.filter((cell) => cell.textContent !== '').length)).toBe(0);
    release();
    await expect.poll(() => page.locator('[data-count="type:solution"]').textContent(), POLL).toMatch(/^\(\d+\)$/);
    await context.close();
  });

  test('typing where the counts are already shown: the first result comes before the counts are redrawn', async () => {
    const { page, errors } = await openSearch('/en/search/');
    // Before any term, the page shows every filter's counts once the browser is idle.
    await expect.poll(() => page.locator('[data-count="type:solution"]').textContent(), POLL).toMatch(/^\(\d+\)$/);
    // Focusing the empty box shows the same counts again: let that pass before watching.
    await page.locator('#search-query').focus();
    await page.evaluate(() => new Promise((done) => requestIdleCallback(done)));
    await page.evaluate(() => {
      const order: string[] = [];
      (window as unknown as { order: string[] }).order = order;
      new MutationObserver((records) => {
        for (const record of records) {
          const target = record.target as Element;
          if (target.matches('[data-search-results]') && record.addedNodes.length > 0) order.push('result');
          if (target.matches('[data-count]')) order.push('counts');
        }
      }).observe(document.querySelector('[data-search-app]') ?? document, { childList: true, subtree: true });
    });
    await page.locator('#search-query').fill('Rwanda');
    const order = () => page.evaluate(() => (window as unknown as { order: string[] }).order);
    await expect.poll(async () => (await order()).includes('counts'), POLL).toBe(true);
    expect((await order())[0]).toBe('result');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('Escape clears the search; filters work before typing', async () => {
    const { page } = await openSearch('/en/search/?q=Umucyo');
    await expect.poll(() => page.locator('[data-search-results] li').count(), POLL).toBeGreaterThan(0);
    await page.locator('#search-query').press('Escape');
    await expect.poll(() => page.locator('[data-search-results] li').count(), POLL).toBe(0);
    expect(new URL(page.url()).search).toBe('');
    // Filters sit beside the results at this width; on a phone they fold behind "Filter".
    if ((await page.locator('[data-search-filters]').getAttribute('open')) === null)
      await page.locator('[data-search-filters] summary').click();
    await page.locator('input[name="country"][value="gn"]').check();
    await expect
      .poll(() => page.locator('[data-search-results] li > a').evaluateAll((links) => links.map((a) => a.getAttribute('href'))), POLL)
      .toContain('/en/case-studies/guinea-e-procurement/');
    expect(new URL(page.url()).search).toBe('?country=gn');
    await page.context().close();
  });
});

test('without JavaScript the search page says so, hides the filters and links the A to Z of every entry', async () => {
  const context = await env.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${env.site.origin}/en/search/`);
  const notice = page.locator('[data-search-app] p').first();
  expect(await notice.textContent()).toContain('Search needs JavaScript');
  expect(await notice.isVisible()).toBe(true);
  expect(await page.locator('input[type="checkbox"]:visible').count()).toBe(0);
  await notice.getByRole('link', { name: 'every solution, case study and country from A to Z' }).click();
  await page.waitForURL('**/en/search/a-z/');
  expect(await page.locator('main a[href="/en/countries/gn/"]').isVisible()).toBe(true);
  await context.close();
});
