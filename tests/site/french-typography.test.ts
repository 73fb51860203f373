/**
 * French as French is written, over every French page a reader gets: no « au » before a month or a
 * year (« en septembre 2025 », « en 2018 »; « au 27 juin 2016 » keeps its day), and a (narrow)
 * no-break space before every semicolon. Text in another language (`lang="en"` source titles),
 * code and scripts are left out.
 */
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { expect, test } from 'vitest';

const DIST = 'dist';
const pages = globSync('fr/**/*.html', { cwd: DIST }).sort();
const MONTHS = 'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre';
const AU_MONTH_OR_YEAR = new RegExp(`\\bau\\s+(?:${MONTHS}|\\d{4}\\b)`, 'iu');
/** A semicolon with no no-break space before it (U+00A0 or U+202F), as running text prints it. */
const BARE_SEMICOLON = /(?:^|[^\u00a0\u202f]);(?=\s|$)/u;

/** The French text of a page: what a reader sees, without code, scripts or passages in another language. */
export function frenchText(html: string): string {
  const root = parse(html);
  const body = root.querySelector('body') ?? root;
  for (const element of body.querySelectorAll('script, style, code, pre, kbd, [lang]')) {
    const lang = (element as HTMLElement).getAttribute('lang');
    if (lang === undefined || !lang.startsWith('fr')) element.remove();
  }
  return body.text.replace(/[ \t\r\n]+/g, ' ');
}

const excerpt = (text: string, pattern: RegExp) => {
  const index = text.search(pattern);
  return text.slice(Math.max(0, index - 40), index + 40);
};

test('the check reads the faults it is for, and passes French as it should be', () => {
  expect(frenchText('<body><p>plus de 700 délégations (au septembre 2025)</p></body>')).toMatch(AU_MONTH_OR_YEAR);
  expect(frenchText('<body><p>au 2018</p></body>')).toMatch(AU_MONTH_OR_YEAR);
  expect(frenchText('<body><p>(en septembre 2025), au 27 juin 2016, au Rwanda</p></body>')).not.toMatch(AU_MONTH_OR_YEAR);
  expect(frenchText('<body><p>Sources : <a>A</a>; <a>B</a></p></body>')).toMatch(BARE_SEMICOLON);
  expect(frenchText('<body><p>Sources : <a>A</a>\u202f; <a>B</a> &amp; C</p></body>')).not.toMatch(BARE_SEMICOLON);
  expect(frenchText('<body><p lang="en">Title; subtitle</p><code>a;b</code></body>')).not.toMatch(BARE_SEMICOLON);
});

test(`no French page has « au » before a month or a year (${pages.length} pages)`, () => {
  expect(pages.length).toBeGreaterThan(300);
  const faults = pages.flatMap((page) => {
    const text = frenchText(readFileSync(join(DIST, page), 'utf8'));
    return AU_MONTH_OR_YEAR.test(text) ? [`${page}: …${excerpt(text, AU_MONTH_OR_YEAR)}…`] : [];
  });
  expect(faults).toEqual([]);
});

test('no French page has a semicolon without its (narrow) no-break space', () => {
  const faults = pages.flatMap((page) => {
    const text = frenchText(readFileSync(join(DIST, page), 'utf8'));
    return BARE_SEMICOLON.test(text) ? [`${page}: …${excerpt(text, BARE_SEMICOLON)}…`] : [];
  });
  expect(faults).toEqual([]);
});

test('one spelling of each country name: Côte d’Ivoire, never « Côte-d’Ivoire »', () => {
  const faults = pages.filter((page) => /Côte-d['’]Ivoire/u.test(frenchText(readFileSync(join(DIST, page), 'utf8'))));
  expect(faults).toEqual([]);
});
