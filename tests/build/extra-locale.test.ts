/**
 * A language is one entry of the locale table plus its strings (CONTRIBUTING.md "Adding a
 * language"). Proof: the fixture catalogue built with a test-only locale (`EXTRA_TEST_LOCALE=xx`:
 * English settings, strings from src/i18n/test-locale.ts, no content) passes the route contract and
 * the internal link check in all three languages; its entries are the English ones under the "not
 * yet translated" notice. tests/site/locales.test.ts checks that dist/ has no trace of it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, expect, test } from 'vitest';
import { CONTENT_LOCALES, DEFAULT_LOCALE } from '#src/config/locales.ts';
import { astroBuild, fixtureProject } from '../setup/fixture-project.ts';
import { crawlLinks } from '../setup/links.ts';
import { routeContract } from '../setup/route-contract.ts';

const TEST_LOCALE = 'xx';
const root = fixtureProject();
const OUT = join(root, 'dist');
const LOCALES = [...CONTENT_LOCALES, TEST_LOCALE];
const page = (dir: string, path: string): HTMLElement => parse(readFileSync(join(dir, path, 'index.html'), 'utf8'));

beforeAll(() => {
  const { status, output } = astroBuild(root, ['--silent'], { EXTRA_TEST_LOCALE: TEST_LOCALE });
  expect(status, output).toBe(0);
}, 600_000);

routeContract(OUT, LOCALES, root);

test('internal links and fragment anchors resolve in every language, the test locale included', async () => {
  const { links, broken } = await crawlLinks(OUT);
  expect(broken).toEqual([]);
  // The crawl reached the test locale's pages (served from OUT, so named by their path on the server).
  expect(links.filter((link) => new URL(link.url).pathname.startsWith(`/${TEST_LOCALE}/`)).length).toBeGreaterThan(20);
}, 600_000);

test('the test locale shows its own interface strings around the English entry, with the fallback notice', () => {
  const english = page(OUT, `${DEFAULT_LOCALE}/solutions/umucyo`);
  const test = page(OUT, `${TEST_LOCALE}/solutions/umucyo`);
  // Interface: from src/i18n/test-locale.ts (each string marked ⟦…⟧).
  expect(test.querySelector('a.skip-link')?.text.trim()).toBe('⟦Skip to main content⟧');
  // Content: the English entry, under the notice that it is not yet translated.
  expect(test.querySelector('h1')?.text).toBe(english.querySelector('h1')?.text);
  expect(test.text).toContain('⟦This entry is not yet translated; it is shown in English.⟧');
  expect(english.text).not.toContain('not yet translated');
  // Every page links to the test locale and back.
  expect(english.querySelector(`link[rel="alternate"][hreflang="${TEST_LOCALE}"]`)?.getAttribute('href')).toMatch(
    new RegExp(`/${TEST_LOCALE}/solutions/umucyo/$`),
  );
  expect(test.querySelector(`a[hreflang="${DEFAULT_LOCALE}"]`)?.getAttribute('href')).toBe(`/${DEFAULT_LOCALE}/solutions/umucyo/`);
});

test('the test locale has no printed view of its own of an entry it lacks, and links the English one, saying so', () => {
  // umucyo and the Guinean case study have no test-locale translation: their one-pager, Word file
  // and print page would repeat the English ones word for word.
  expect(existsSync(join(OUT, TEST_LOCALE, 'briefings/solutions/umucyo/index.html'))).toBe(false);
  expect(existsSync(join(OUT, TEST_LOCALE, 'briefings/solutions/umucyo.docx'))).toBe(false);
  expect(existsSync(join(OUT, TEST_LOCALE, 'briefings/case-studies/guinea-e-procurement/index.html'))).toBe(false);
  expect(existsSync(join(OUT, 'fr/briefings/solutions/umucyo.docx'))).toBe(true);
  // The test locale's briefings page links the English one-pager, in words and with hreflang.
  const link = page(OUT, `${TEST_LOCALE}/briefings`).querySelector(`a[href="/${DEFAULT_LOCALE}/briefings/solutions/umucyo/"]`);
  expect(link?.getAttribute('hreflang')).toBe(DEFAULT_LOCALE);
  expect(link?.nextElementSibling?.text.trim()).toBe('⟦(in English: not yet translated)⟧');
  const print = page(OUT, `${TEST_LOCALE}/case-studies/guinea-e-procurement`).querySelector(
    `a[href="/${DEFAULT_LOCALE}/briefings/case-studies/guinea-e-procurement/"]`,
  );
  expect(print?.getAttribute('hreflang')).toBe(DEFAULT_LOCALE);
  // The English one-pager names no test-locale alternate, and its language switch opens the entry's page there.
  const english = page(OUT, `${DEFAULT_LOCALE}/briefings/solutions/umucyo`);
  expect(english.querySelector(`link[rel="alternate"][hreflang="${TEST_LOCALE}"]`)).toBeNull();
  expect(english.querySelector(`link[rel="alternate"][hreflang="fr"]`)?.getAttribute('href')).toMatch(
    /\/fr\/briefings\/solutions\/umucyo\/$/,
  );
  expect(english.querySelector(`a[hreflang="${TEST_LOCALE}"]`)?.getAttribute('href')).toBe(`/${TEST_LOCALE}/solutions/umucyo/`);
});

test('the test locale has its search index, not-found page, feed and sitemap entries', () => {
  const entry = JSON.parse(readFileSync(join(OUT, 'pagefind/pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { wasm: string | null }>;
  };
  expect(Object.keys(entry.languages).sort()).toEqual([...LOCALES].sort());
  // Pagefind has no stemmer for the test locale: its search page preloads the language-neutral one.
  expect(entry.languages[TEST_LOCALE]?.wasm).toBeNull();
  expect(readFileSync(join(OUT, TEST_LOCALE, 'search/index.html'), 'utf8')).toContain('/pagefind/wasm.unknown.pagefind');
  expect(existsSync(join(OUT, TEST_LOCALE, 'not-found/index.html'))).toBe(true);
  expect(existsSync(join(OUT, TEST_LOCALE, 'rss.xml'))).toBe(true);
  expect(page(OUT, '').querySelector(`a[href="/${TEST_LOCALE}/"]`)).not.toBeNull();
  const notFound = parse(readFileSync(join(OUT, '404.html'), 'utf8'));
  expect(notFound.querySelector(`[data-not-found="${TEST_LOCALE}"]`)?.getAttribute('lang')).toBe(TEST_LOCALE);
  const sitemap = readdirSync(OUT)
    .filter((file) => /^sitemap-\d+\.xml$/.test(file))
    .map((file) => readFileSync(join(OUT, file), 'utf8'))
    .join('');
  expect(sitemap).toContain(`/${TEST_LOCALE}/solutions/umucyo/`);
});
