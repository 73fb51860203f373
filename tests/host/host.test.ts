/**
 * The built site as Cloudflare Pages serves it: `wrangler pages dev` (workerd, Cloudflare's
 * runtime) over dist/, one file of every kind and /admin/. What is expected comes from the pages
 * and the code, not from a copy of `_headers`: the public pages' header policy must agree with the
 * policy each page carries in its `<meta>`, the admin page's with `adminCsp()` and its page, the
 * files a page loads must be cached as their names allow (a year when the name carries the
 * content's hash, never when it does not), and each language gets its own 404 page.
 * The test and benchmark server (scripts/lib/static-server.ts) must send the same caching and
 * policies, since the benchmark's second visit relies on it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { parse, type HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { adminCsp } from '#src/admin/admin-page.ts';
import { cmsAuthOrigin } from '#src/admin/settings.ts';
import { TRANSLATION_LOCALES, DEFAULT_LOCALE, localeConfig } from '#src/config/locales.ts';
import { useTranslations } from '#src/i18n/ui.ts';
import { CACHE_CONTROL, cspDirectives } from '#src/lib/host-headers.ts';
import { serveDist, type StaticServer } from '../../scripts/lib/static-server.ts';
import { serveWithPagesDev, type PagesDev } from './pages-dev.ts';

const DIST = 'dist';
let host: PagesDev;
let emulated: StaticServer;

beforeAll(async () => {
  [host, emulated] = await Promise.all([serveWithPagesDev(DIST), serveDist(DIST)]);
}, 300_000);
afterAll(async () => {
  await Promise.all([host?.close(), emulated?.close()]);
});

type CacheClass = keyof typeof CACHE_CONTROL;
const YEAR = 31_536_000;

async function get(path: string, origin = host.origin): Promise<Response> {
  return fetch(`${origin}${path}`, { redirect: 'manual', signal: AbortSignal.timeout(60_000) });
}

/** One file of the site's first folder listing that matches `pattern`: `pagefind/index` -> `/pagefind/index/en_2c6636f.pf_index`. */
function oneFile(folder: string, pattern: RegExp): string {
  const name = readdirSync(`${DIST}/${folder}`).find((file) => pattern.test(file));
  if (!name) throw new Error(`no file matching ${pattern} in ${DIST}/${folder}`);
  return `/${folder}/${name}`;
}

/** Header policies: a host that joins several rules' policies sends them comma-separated; each is enforced. */
function policies(header: string | null): Map<string, string>[] {
  return (header ?? '').split(',').map((policy) => cspDirectives(policy));
}

/** Directives that only an HTTP header can carry (a `<meta>` policy ignores them). */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

const entry = JSON.parse(readFileSync(`${DIST}/pagefind/pagefind-entry.json`, 'utf8')) as {
  languages: Record<string, { hash: string; wasm: string }>;
};
const firstLanguage = Object.values(entry.languages)[0];

const HTML = /^text\/html/;

/** One of each kind of file, what it is, and how a browser may keep it. */
const KINDS: { kind: string; path: string; type: RegExp; cache: CacheClass }[] = [
  { kind: 'language choice', path: '/', type: HTML, cache: 'revalidate' },
  { kind: 'home', path: '/en/', type: HTML, cache: 'revalidate' },
  { kind: 'home (French)', path: '/fr/', type: HTML, cache: 'revalidate' },
  { kind: 'solution', path: '/en/solutions/abunzi/', type: HTML, cache: 'revalidate' },
  { kind: 'case study', path: '/fr/case-studies/cabo-verde-isange/', type: HTML, cache: 'revalidate' },
  { kind: 'country', path: '/en/countries/cv/', type: HTML, cache: 'revalidate' },
  { kind: 'briefing', path: '/en/briefings/cv/', type: HTML, cache: 'revalidate' },
  { kind: 'one-pager', path: '/fr/briefings/solutions/abunzi/', type: HTML, cache: 'revalidate' },
  { kind: 'search', path: '/en/search/', type: HTML, cache: 'revalidate' },
  { kind: 'open data page', path: '/en/data/', type: HTML, cache: 'revalidate' },
  { kind: 'CMS', path: '/admin/', type: HTML, cache: 'revalidate' },
  { kind: 'open data CSV', path: '/data/solutions.csv', type: /^text\/csv/, cache: 'hour' },
  { kind: 'open data JSON', path: '/data/case-studies.json', type: /^application\/json/, cache: 'hour' },
  { kind: 'open data GeoJSON', path: '/data/adoptions.geojson', type: /json/, cache: 'hour' },
  { kind: 'feed', path: '/fr/rss.xml', type: /xml/, cache: 'hour' },
  { kind: 'sitemap', path: '/sitemap-index.xml', type: /xml/, cache: 'hour' },
  { kind: 'social image', path: '/og/en/solutions/abunzi.png', type: /^image\/png/, cache: 'hour' },
  { kind: 'map', path: '/maps/en/countries.svg', type: /^image\/svg\+xml/, cache: 'hour' },
  { kind: 'Word file', path: '/en/briefings/cv.docx', type: /wordprocessingml/, cache: 'hour' },
  { kind: 'Word one-pager', path: '/fr/briefings/solutions/abunzi.docx', type: /wordprocessingml/, cache: 'hour' },
  { kind: 'print styles', path: '/print.css', type: /^text\/css/, cache: 'revalidate' },
  { kind: 'stylesheet', path: oneFile('_astro', /\.css$/), type: /^text\/css/, cache: 'immutable' },
  { kind: 'script', path: oneFile('_astro', /\.js$/), type: /javascript/, cache: 'immutable' },
  { kind: 'Pagefind script', path: '/pagefind/pagefind.js', type: /javascript/, cache: 'revalidate' },
  { kind: 'Pagefind entry', path: '/pagefind/pagefind-entry.json', type: /json/, cache: 'revalidate' },
  { kind: 'Pagefind WebAssembly', path: `/pagefind/wasm.${firstLanguage?.wasm}.pagefind`, type: /./, cache: 'revalidate' },
  { kind: 'Pagefind metadata', path: `/pagefind/pagefind.${firstLanguage?.hash}.pf_meta`, type: /./, cache: 'immutable' },
  { kind: 'Pagefind index chunk', path: oneFile('pagefind/index', /\.pf_index$/), type: /./, cache: 'immutable' },
  { kind: 'Pagefind fragment', path: oneFile('pagefind/fragment', /\.pf_fragment$/), type: /./, cache: 'immutable' },
  { kind: 'Pagefind filter', path: oneFile('pagefind/filter', /\.pf_filter$/), type: /./, cache: 'immutable' },
];

function expectSecurityHeaders(response: Response, what: string): void {
  expect(response.headers.get('x-frame-options'), what).toBe('DENY');
  expect(response.headers.get('x-content-type-options'), what).toBe('nosniff');
  expect(response.headers.get('referrer-policy'), what).toBe('strict-origin-when-cross-origin');
  expect(response.headers.get('permissions-policy'), what).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
  const hsts = response.headers.get('strict-transport-security') ?? '';
  expect(Number(/max-age=(\d+)/.exec(hsts)?.[1]), `${what}: ${hsts}`).toBeGreaterThanOrEqual(YEAR);
  // Whichever policies the host sends, each forbids framing.
  for (const policy of policies(response.headers.get('content-security-policy')))
    expect(policy.get('frame-ancestors'), what).toBe("'none'");
}

describe('one file of every kind, as the host runtime sends it', () => {
  test.each(KINDS)('$kind ($path): 200, its type, the security headers, cached as $cache', async ({ kind, path, type, cache }) => {
    const response = await get(path);
    expect(response.status, kind).toBe(200);
    expect(response.headers.get('content-type'), kind).toMatch(type);
    expectSecurityHeaders(response, kind);
    expect(response.headers.get('cache-control'), kind).toBe(CACHE_CONTROL[cache]);
  });

  test.each(KINDS)("$kind ($path): the benchmark's server sends the same caching and policy", async ({ path }) => {
    const [real, ours] = await Promise.all([get(path), get(path, emulated.origin)]);
    expect(ours.headers.get('cache-control')).toBe(real.headers.get('cache-control'));
    expect(ours.headers.get('content-security-policy')).toBe(real.headers.get('content-security-policy'));
    expect(ours.headers.get('strict-transport-security')).toBe(real.headers.get('strict-transport-security'));
  });
});

const PAGES = KINDS.filter(({ type, path }) => type === HTML && !path.startsWith('/admin/'));

describe("what each page needs, taken from the page's own markup", () => {
  test.each(PAGES)(
    "$kind: the header policy agrees with the page's own policy, and adds only what a <meta> cannot carry",
    async ({ path }) => {
      const response = await get(path);
      const page = parse(await response.text());
      const meta = cspDirectives(page.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '');
      expect(meta.size).toBeGreaterThan(0);
      for (const policy of policies(response.headers.get('content-security-policy'))) {
        for (const [name, value] of policy) {
          if (HEADER_ONLY.has(name)) continue;
          // A directive the page does not set would block what the page's policy allows.
          expect(meta.get(name), `${path}: ${name}`).toBe(value);
        }
      }
      const referrer = page.querySelector('meta[name="referrer"]')?.getAttribute('content');
      if (referrer) expect(response.headers.get('referrer-policy')).toBe(referrer);
    },
  );

  /** Same-origin files a page loads or links to: scripts, styles, preloads, icons, images. */
  function assetsOf(page: HTMLElement): string[] {
    const urls = [
      ...page.querySelectorAll('script[src]').map((element) => element.getAttribute('src')),
      ...page.querySelectorAll('link[href]').map((element) => element.getAttribute('href')),
      ...page.querySelectorAll('img[src]').map((element) => element.getAttribute('src')),
    ];
    return [...new Set(urls.filter((url): url is string => !!url && url.startsWith('/') && !url.startsWith('//') && !url.endsWith('/')))];
  }

  test.each(PAGES)(
    '$kind: every file it loads is kept a year if its name carries its hash, and revalidated otherwise',
    async ({ path }) => {
      const page = parse(await (await get(path)).text());
      const assets = assetsOf(page);
      expect(assets.some((url) => url.startsWith('/_astro/'))).toBe(true);
      for (const url of assets) {
        const response = await get(url);
        expect(response.status, url).toBe(200);
        const cacheControl = response.headers.get('cache-control');
        // Vite names every file in /_astro/ by its content; any other name stays when the file changes.
        if (url.startsWith('/_astro/')) expect(cacheControl, url).toBe(CACHE_CONTROL.immutable);
        else expect(cacheControl, url).not.toContain('immutable');
      }
    },
  );

  test("search: Pagefind's entry is revalidated, and each language's metadata it names is kept a year", async () => {
    expect((await get('/pagefind/pagefind-entry.json')).headers.get('cache-control')).toBe(CACHE_CONTROL.revalidate);
    for (const { hash, wasm } of Object.values(entry.languages)) {
      expect((await get(`/pagefind/pagefind.${hash}.pf_meta`)).headers.get('cache-control')).toBe(CACHE_CONTROL.immutable);
      // Same name across versions: revalidated.
      expect((await get(`/pagefind/wasm.${wasm}.pagefind`)).headers.get('cache-control')).toBe(CACHE_CONTROL.revalidate);
    }
  });
});

describe('/admin/', () => {
  test("its header policy is the page's own (adminCsp()), with the site-wide directives, whichever way a host combines rules", async () => {
    const response = await get('/admin/');
    const page = parse(await response.text());
    const metaPolicy = page.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    // The page carries what the code says.
    expect(metaPolicy).toBe(adminCsp(cmsAuthOrigin()));
    const meta = cspDirectives(metaPolicy);
    const sent = policies(response.headers.get('content-security-policy'));
    // One policy is the page's, complete: on a host that sends only the most specific rule's, it is all there is.
    const own = sent.find((policy) => [...meta].every(([name, value]) => policy.get(name) === value));
    expect(own, response.headers.get('content-security-policy') ?? '').toBeDefined();
    expect(own?.get('frame-ancestors')).toBe("'none'");
    // Any other policy sent with it only repeats what the page's own says.
    for (const policy of sent) for (const [name, value] of policy) expect(own?.get(name), name).toBe(value);
    expect(response.headers.get('x-robots-tag')).toBe('noindex, nofollow');
  });

  test("the public pages' policy never carries the admin page's allowances", async () => {
    const header = (await get('/en/')).headers.get('content-security-policy') ?? '';
    expect(header).not.toContain('unsafe-eval');
    expect(header).not.toContain('api.github.com');
  });

  test('/admin without its slash is sent to /admin/', async () => {
    const response = await get('/admin');
    expect(response.status).toBe(308);
    expect(response.headers.get('location')).toBe('/admin/');
  });
});

describe('a missing page, in each language', () => {
  const languages = [DEFAULT_LOCALE, ...TRANSLATION_LOCALES];

  test.each(languages)('/%s/<missing>/: 404, in that language without any script, with the security headers', async (lang) => {
    const response = await get(`/${lang}/no-such-page/`);
    expect(response.status).toBe(404);
    expectSecurityHeaders(response, `/${lang}/no-such-page/`);
    const page = parse(await response.text());
    expect(page.querySelector('html')?.getAttribute('lang')).toBe(localeConfig(lang).htmlLang);
    expect(page.querySelector('h1')?.text).toBe(useTranslations(lang)('notFound.title'));
  });

  test('a path outside any language gets the default page, which offers every language', async () => {
    const response = await get('/no-such-page/');
    expect(response.status).toBe(404);
    const page = parse(await response.text());
    expect(page.querySelector('html')?.getAttribute('lang')).toBe(localeConfig(DEFAULT_LOCALE).htmlLang);
    for (const lang of TRANSLATION_LOCALES)
      expect(page.querySelector(`[data-not-found="${lang}"]`)?.text).toContain(useTranslations(lang)('notFound.title'));
  });

  test('a missing page is not kept by browsers or caches', async () => {
    expect((await get('/fr/no-such-page/')).headers.get('cache-control')).toMatch(/no-store|max-age=0/);
  });
});
