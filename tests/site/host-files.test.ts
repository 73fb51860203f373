/**
 * What the build writes for the host, over every file of dist/: `_headers` gives each file the
 * caching its name allows and the security headers, sets no header twice for one file (hosts
 * combine such rules differently), and each language has its own 404 page.
 * tests/host/ checks the same file served by Cloudflare's runtime.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { globSync } from 'tinyglobby';
import { beforeAll, describe, expect, test } from 'vitest';
import { TRANSLATION_LOCALES, localeConfig } from '#src/config/locales.ts';
import { useTranslations } from '#src/i18n/ui.ts';
import { CACHE_CONTROL } from '#src/lib/host-headers.ts';
import { headersFor, readHeaderRules, type HeaderRules } from '../../scripts/lib/host-headers.ts';

const DIST = 'dist';
const files = globSync('**/*', { cwd: DIST, dot: false }).map((file) => `/${file}`);
let rules: HeaderRules;

beforeAll(async () => {
  rules = await readHeaderRules(DIST);
});

/**
 * Files whose name changes whenever their content does: everything Vite writes into `_astro/`,
 * and Pagefind's chunks, fragments, filters and metadata (`en_2c6636f.pf_index`,
 * `pagefind.en_a36bb4c561.pf_meta`).
 */
const contentHashed = (path: string) =>
  path.startsWith('/_astro/') || /[/.][a-z-]+_[0-9a-f]{7,}\.pf_(index|fragment|filter|meta)$/.test(path);

/** The URL a file is served at: `/en/index.html` -> `/en/`. */
const urlOf = (path: string) => path.replace(/(^|\/)index\.html$/, '$1');

describe('_headers over every built file', () => {
  test('the site has files of each kind to check', () => {
    expect(files.filter((path) => path.endsWith('.html')).length).toBeGreaterThan(100);
    expect(files.filter(contentHashed).filter((path) => path.startsWith('/pagefind/')).length).toBeGreaterThan(10);
    expect(files.filter((path) => path.startsWith('/_astro/')).length).toBeGreaterThan(3);
  });

  test('a file is kept a year exactly when its name carries its content hash', () => {
    const wrong = files
      .map((path) => ({ path, cacheControl: headersFor(rules, urlOf(path))['cache-control'] }))
      .filter(({ path, cacheControl }) => (cacheControl === CACHE_CONTROL.immutable) !== contentHashed(path));
    expect(wrong).toEqual([]);
  });

  test("every page, and every file that names other files (Pagefind's entry, script and WebAssembly), is revalidated on each use", () => {
    const named = files.filter(
      (path) => path.endsWith('.html') || /^\/pagefind\/(pagefind[\w.-]*\.(js|json|css)|wasm\.[\w-]+\.pagefind)$/.test(path),
    );
    expect(named.length).toBeGreaterThan(100);
    for (const path of named) expect(headersFor(rules, urlOf(path))['cache-control'], path).toBe(CACHE_CONTROL.revalidate);
  });

  test('every file gets the security headers', () => {
    for (const path of files) {
      const headers = headersFor(rules, urlOf(path));
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
      expect(headers['strict-transport-security'], path).toMatch(/^max-age=\d{8,}/);
    }
  });

  test('no two rules set the same header for one file, but for the admin policy that repeats the site-wide one', () => {
    for (const path of files) {
      const url = urlOf(path);
      const names = rules
        .filter((rule) => rule.forRegExp.test(url))
        .flatMap((rule) => Object.keys(rule.values).map((name) => name.toLowerCase()));
      const twice = names.filter((name, index) => names.indexOf(name) !== index);
      expect(twice, path).toEqual(path.startsWith('/admin/') ? ['content-security-policy'] : []);
    }
  });
});

describe('404 pages', () => {
  test.each(TRANSLATION_LOCALES)('%s/404.html is the not-found page in that language, with no script needed', (lang) => {
    const page = parse(readFileSync(`${DIST}/${lang}/404.html`, 'utf8'));
    expect(page.querySelector('html')?.getAttribute('lang')).toBe(localeConfig(lang).htmlLang);
    expect(page.querySelector('h1')?.text).toBe(useTranslations(lang)('notFound.title'));
    expect(readFileSync(`${DIST}/${lang}/404.html`, 'utf8')).toBe(readFileSync(`${DIST}/${lang}/not-found/index.html`, 'utf8'));
  });
});
