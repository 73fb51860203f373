/** Page-weight budgets over dist/: what a phone on a slow network downloads before it can render. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { expect, test } from 'vitest';

/** The first TCP round trip carries about 14 KB: HTML and CSS together must fit in it. */
export const CONTENT_PAGE_BUDGET = 14 * 1024;

const DIST = 'dist';
const firstEntry = (dir: string) =>
  readdirSync(join(DIST, dir), { withFileTypes: true }).find(
    (d) => d.isDirectory() && !['sector', 'sdg', 'status', 'country', 'region', 'bloc', 'language'].includes(d.name),
  )?.name;

/** One page of each content type, in each language. */
function contentPages(): string[] {
  const types = [
    '',
    'solutions',
    `solutions/${firstEntry('en/solutions')}`,
    `case-studies/${firstEntry('en/case-studies')}`,
    'countries',
    `countries/${firstEntry('en/countries')}`,
    'glossary',
    `events/${firstEntry('en/events')}`,
    'about',
  ];
  return ['en', 'fr'].flatMap((lang) => types.map((type) => `${lang}/${type}`.replace(/\/$/, '')));
}

export function pageWeight(path: string): { html: number; css: number; scripts: number; js: number } {
  const source = readFileSync(join(DIST, path, 'index.html'));
  const html = parse(source.toString('utf8'));
  // A media="print" stylesheet does not hold up rendering on screen, so it is not counted.
  const css = html
    .querySelectorAll('link[rel="stylesheet"]:not([media="print"])')
    .map((link) => gzipSync(readFileSync(join(DIST, link.getAttribute('href') ?? ''))).length)
    .reduce((a, b) => a + b, 0);
  const js = html
    .querySelectorAll('script[src]')
    .map((script) => gzipSync(readFileSync(join(DIST, script.getAttribute('src') ?? ''))).length)
    .reduce((a, b) => a + b, 0);
  return { html: gzipSync(source).length, css, scripts: html.querySelectorAll('script:not([src])').length, js };
}

/** Content pages work without JavaScript; an enhancement (copying a citation) may add this much. */
export const ENHANCEMENT_BUDGET = 5 * 1024;

test.each(contentPages())('/%s/ fits HTML + CSS in 14 KB gzip, no inline script, at most a small enhancement', (path) => {
  const { html, css, scripts, js } = pageWeight(path);
  expect(html + css, `${path}: HTML ${html} B + CSS ${css} B gzip`).toBeLessThanOrEqual(CONTENT_PAGE_BUDGET);
  expect(scripts).toBe(0);
  expect(js, `${path}: JS ${js} B gzip`).toBeLessThanOrEqual(ENHANCEMENT_BUDGET);
});

test.each(contentPages())('/%s/ images are sized, lazy and described', (path) => {
  for (const img of parse(readFileSync(join(DIST, path, 'index.html'), 'utf8')).querySelectorAll('img')) {
    expect(img.getAttribute('width')).toMatch(/^\d+$/);
    expect(img.getAttribute('height')).toMatch(/^\d+$/);
    expect(img.getAttribute('loading')).toBe('lazy');
    // The shared world background is decorative (alt=""); every other image is described.
    const decorative = img.getAttribute('src') === '/maps/world.svg';
    expect(img.getAttribute('alt')).toEqual(decorative ? '' : expect.stringMatching(/\S/));
  }
});
