/** Page-weight budgets over dist/: what a phone on a slow network downloads before it can render. */
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { ROOT_SCRIPT } from '#src/lib/csp.ts';

/** The first TCP round trip carries about 14 KB: HTML and CSS together must fit in it. */
export const CONTENT_PAGE_BUDGET = 14 * 1024;

/** The stylesheets every page links (not the media="print" one): they count against every page. */
export const SHARED_CSS_BUDGET = 4.5 * 1024;

/** Content pages work without JavaScript; an enhancement (copying a citation) may add this much. */
export const ENHANCEMENT_BUDGET = 5 * 1024;

const DIST = 'dist';

/**
 * Every page in dist/, both languages, as a path without the trailing index.html ('en',
 * 'fr/solutions/abunzi', ...). The root redirect and the 404 page are pages too. The CMS page
 * (`admin`) is not: it is an application for editors, loaded by no reader (tests/site/cms-admin.test.ts).
 */
function allPages(): string[] {
  return globSync('**/index.html', { cwd: DIST })
    .map((file) => file.replace(/\/?index\.html$/, ''))
    .filter((path) => path !== 'admin')
    .sort();
}

/**
 * A country's briefing dossier (`/en/briefings/et/`) puts together the one-pagers of every solution
 * the country engaged with, for printing: it grows with the country's record, not with markup, so
 * it is not held to the first round trip. Each one-pager (`/en/briefings/solutions/<slug>/`) is.
 */
const isBriefingDossier = (path: string) => /^[a-z]{2}\/briefings\/(?!solutions\/)[^/]+$/.test(path);

const gzipSizes = new Map<string, number>();
/** Gzip size of a file in dist/, read once however many pages link it. */
function gzipSize(href: string): number {
  let size = gzipSizes.get(href);
  if (size === undefined) {
    size = gzipSync(readFileSync(join(DIST, href))).length;
    gzipSizes.set(href, size);
  }
  return size;
}

export function pageWeight(path: string): { html: number; css: number; scripts: number; js: number } {
  const source = readFileSync(join(DIST, path, 'index.html'));
  const html = parse(source.toString('utf8'));
  // A media="print" stylesheet does not hold up rendering on screen, so it is not counted.
  const css = html
    .querySelectorAll('link[rel="stylesheet"]:not([media="print"])')
    .map((link) => gzipSize(link.getAttribute('href') ?? ''))
    .reduce((a, b) => a + b, 0);
  const js = html
    .querySelectorAll('script[src]')
    .map((script) => gzipSize(script.getAttribute('src') ?? ''))
    .reduce((a, b) => a + b, 0);
  // `/` has one inline script, the constant one the policy allows by its hash (src/lib/csp.ts).
  const inline = html.querySelectorAll('script:not([src])').filter((script) => !(path === '' && script.text === ROOT_SCRIPT));
  return { html: gzipSync(source).length, css, scripts: inline.length, js };
}

const pages = allPages();

test('dist/ has pages in both languages to weigh', () => {
  expect(pages.filter((path) => path.startsWith('en/')).length).toBeGreaterThan(100);
  expect(pages.filter((path) => path.startsWith('fr/')).length).toBeGreaterThan(100);
});

test(`the shared stylesheet is at most ${SHARED_CSS_BUDGET} B gzip`, () => {
  const home = parse(readFileSync(join(DIST, 'en', 'index.html'), 'utf8'));
  const sheets = home.querySelectorAll('link[rel="stylesheet"]:not([media="print"])').map((link) => link.getAttribute('href') ?? '');
  expect(sheets.length).toBeGreaterThan(0);
  const sizes = sheets.map((href) => `${href} ${gzipSize(href)} B`);
  const total = sheets.reduce((sum, href) => sum + gzipSize(href), 0);
  expect(
    total,
    `shared CSS is ${total} B gzip (${sizes.join(', ')}), over ${SHARED_CSS_BUDGET} B by ${total - SHARED_CSS_BUDGET} B`,
  ).toBeLessThanOrEqual(SHARED_CSS_BUDGET);
});

/** A link to an entry's own page: `/en/solutions/umucyo/`, `/fr/countries/gn/`. */
const ENTRY_LINK = /href="\/[a-z]{2}\/(?:solutions|case-studies|countries)\/[^/"]+\/"/g;

test.each(['en', 'fr'])('/%s/search/ weighs the same at any catalogue size: it lists no entry, it links the A to Z pages', (lang) => {
  // Read as text: node-html-parser keeps a <noscript>'s content as text, where the A to Z once was.
  const source = readFileSync(join(DIST, lang, 'search', 'index.html'), 'utf8');
  expect(source.match(ENTRY_LINK) ?? []).toEqual([]);
  expect(source).toContain(`href="/${lang}/search/a-z/"`);
});

describe.each(pages)('/%s/', (path) => {
  test(
    isBriefingDossier(path)
      ? 'no inline script, at most a small enhancement (a dossier: no 14 KB budget)'
      : 'fits HTML + CSS in 14 KB gzip, no inline script, at most a small enhancement',
    () => {
      const { html, css, scripts, js } = pageWeight(path);
      if (!isBriefingDossier(path)) {
        const total = html + css;
        expect(
          total,
          `/${path}/ weighs ${total} B gzip (HTML ${html} B + CSS ${css} B), ${total - CONTENT_PAGE_BUDGET} B over the ${CONTENT_PAGE_BUDGET} B budget: trim repeated markup (classes, inline SVG) or shared CSS, never content`,
        ).toBeLessThanOrEqual(CONTENT_PAGE_BUDGET);
      }
      expect(scripts, `/${path}/ has ${scripts} inline <script>: move it to a module script`).toBe(0);
      expect(js, `/${path}/ loads ${js} B gzip of JavaScript, over the ${ENHANCEMENT_BUDGET} B enhancement budget`).toBeLessThanOrEqual(
        ENHANCEMENT_BUDGET,
      );
    },
  );

  test('images are sized, lazy and described', () => {
    // A page may have no image; every one it has is checked.
    const problems = parse(readFileSync(join(DIST, path, 'index.html'), 'utf8'))
      .querySelectorAll('img')
      .flatMap((img) => {
        const where = `/${path}/ <img src="${img.getAttribute('src') ?? ''}">`;
        // The shared world background is decorative (alt=""); every other image is described.
        const decorative = img.getAttribute('src') === '/maps/world.svg';
        const alt = img.getAttribute('alt');
        return [
          /^\d+$/.test(img.getAttribute('width') ?? '') ? '' : `${where} needs a width`,
          /^\d+$/.test(img.getAttribute('height') ?? '') ? '' : `${where} needs a height`,
          img.getAttribute('loading') === 'lazy' ? '' : `${where} needs loading="lazy"`,
          (decorative ? alt === '' : /\S/.test(alt ?? '')) ? '' : `${where} needs ${decorative ? 'alt=""' : 'an alt text'}`,
        ].filter(Boolean);
      });
    expect(problems).toEqual([]);
  });
});
