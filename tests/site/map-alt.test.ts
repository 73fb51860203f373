/**
 * A map's text alternative points to where the page lists the same countries: the table on the
 * countries page, the list under the map on a solution page; never to a table a page lacks.
 */
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { expect, test } from 'vitest';

const DIST = 'dist';
const mapImages = (path: string) =>
  parse(readFileSync(join(DIST, path), 'utf8'))
    .querySelectorAll('figure img[alt]')
    .filter((img) => (img.getAttribute('alt') ?? '') !== '');

test.each(['en', 'fr'])('%s: every map that names a table sits on a page with a table', (lang) => {
  const pages = globSync(`${lang}/**/index.html`, { cwd: DIST });
  const wrong = pages.filter((path) => {
    const root = parse(readFileSync(join(DIST, path), 'utf8'));
    const names = root.querySelectorAll('figure img[alt]').some((img) => /\b(table|tableau)\b/i.test(img.getAttribute('alt') ?? ''));
    return names && root.querySelector('main table') === null;
  });
  expect(wrong).toEqual([]);
});

test.each([
  ['en/solutions/umucyo/index.html', 'The same countries are listed below the map.'],
  ['fr/solutions/umucyo/index.html', 'Les mêmes pays sont énumérés sous la carte.'],
  ['en/countries/index.html', 'The same information is in the table.'],
])('%s: the map says where its countries are listed', (path, phrase) => {
  const [img] = mapImages(path);
  expect(img?.getAttribute('alt')).toContain(phrase);
});
