/**
 * Issue 28, item 6 as a visitor gets it from dist/: every solution page with a case study and
 * every country page with one shows its adoption-over-time chart (an SVG file) and the same rows
 * as a table; the expected rows come from the open data, not from the code that drew them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { STAGES } from '#src/schemas/case-study.ts';

const DIST = 'dist';
const LANGS = ['en', 'fr'] as const;

interface OpenCaseStudy {
  slug: string;
  country: string;
  solutions: string[];
  stages: { stage: string; date: string }[];
}
const studies = (JSON.parse(readFileSync(join(DIST, 'data', 'case-studies.json'), 'utf8')) as { items: OpenCaseStudy[] }).items;
const solutions = (JSON.parse(readFileSync(join(DIST, 'data', 'solutions.json'), 'utf8')) as { items: { slug: string }[] }).items;
const countries = [...new Set(studies.map((study) => study.country))];

/** Each row's key and its distinct stages ("adopted 2017"), from the case studies that share it. */
function expectedRows(group: (study: OpenCaseStudy) => string[], keep: (study: OpenCaseStudy) => boolean): Map<string, Set<string>> {
  const rows = new Map<string, Set<string>>();
  for (const study of studies.filter(keep)) {
    for (const key of group(study)) {
      const marks = rows.get(key) ?? new Set<string>();
      for (const { stage, date } of study.stages) marks.add(`${stage} ${date}`);
      rows.set(key, marks);
    }
  }
  return rows;
}

const page = (path: string): HTMLElement => parse(readFileSync(join(DIST, path, 'index.html'), 'utf8'));
const svg = (src: string): HTMLElement => parse(readFileSync(join(DIST, src), 'utf8'));

/** The chart on a page: its image, and the table after it (in its disclosure on a country page). */
function chartOn(html: HTMLElement, src: string) {
  const img = html.querySelector(`img[src="${src}"]`);
  const table = img?.parentNode?.querySelector('table');
  const rows = table?.querySelectorAll('tr').filter((tr) => tr.querySelector('th[scope="row"]')) ?? [];
  return { img, table, rows };
}

/** The checks both kinds of page share: the file's rows and marks, the page's image and table. */
function checkChart(path: string, src: string, expected: Map<string, Set<string>>, rowLink: (key: string) => string | RegExp) {
  const html = page(path);
  const { img, table, rows } = chartOn(html, src);
  if (expected.size === 0) {
    expect(html.querySelector('img[src^="/charts/"]'), `${path} has no chart`).toBeNull();
    expect(existsSync(join(DIST, src))).toBe(false);
    return;
  }
  expect(img, `${path} shows ${src}`).not.toBeNull();
  expect(img?.getAttribute('alt')?.trim(), `${path}: the chart's alt text`).toBeTruthy();
  expect(img?.getAttribute('loading')).toBe('lazy');
  expect(table, `${path}: the chart's table`).not.toBeUndefined();
  expect(table?.querySelectorAll('tr:first-child > th[scope="col"]')).toHaveLength(2);

  const file = svg(src);
  const root = file.querySelector('svg');
  expect(root?.getAttribute('role')).toBe('img');
  // Named by its <title>: content never goes into an attribute, where XML forbids a raw '<'.
  expect(file.querySelector(`svg > title#${root?.getAttribute('aria-labelledby')}`)?.text.trim()).toBeTruthy();
  const drawn = file.querySelectorAll('g[data-row]');
  // The same rows, in the same order, in the file and in the page's table.
  expect(drawn.map((g) => g.getAttribute('data-row')).sort()).toEqual([...expected.keys()].sort());
  expect(rows, `${path}: one table row per chart row`).toHaveLength(drawn.length);
  drawn.forEach((g, index) => {
    const key = g.getAttribute('data-row') ?? '';
    const marks = g.querySelectorAll('path[data-stage]');
    expect(marks, `${path} row ${key}: a mark per stage`).toHaveLength(expected.get(key)?.size ?? -1);
    for (const mark of marks) expect(STAGES).toContain(mark.getAttribute('data-stage'));
    // A long label wraps onto several lines of the picture.
    const label = g
      .querySelectorAll('text')
      .map((line) => line.text.trim())
      .join(' ');
    const row = rows[index];
    expect(row?.querySelector('th[scope="row"] a')?.text.trim(), `${path}: table row ${index} is the chart's row ${key}`).toBe(label);
    expect(row?.querySelector('th[scope="row"] a')?.getAttribute('href')).toMatch(rowLink(key));
    expect(row?.querySelector('td')?.text.trim()).not.toBe('');
  });
  // Legend: each stage drawn is named in it.
  const legendStages = new Set(drawn.flatMap((g) => g.querySelectorAll('path[data-stage]').map((m) => m.getAttribute('data-stage'))));
  expect(file.querySelectorAll('svg > g > text').length).toBeGreaterThanOrEqual(legendStages.size);
  // No geometry went wrong: every number finite, every mark inside the picture.
  const text = readFileSync(join(DIST, src), 'utf8');
  expect(text).not.toMatch(/NaN|Infinity|undefined/);
  const width = Number(root?.getAttribute('width'));
  for (const mark of file.querySelectorAll('path[data-stage]')) {
    const xs = [...(mark.getAttribute('d') ?? '').matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map((m) => Number(m[1]));
    for (const x of xs) expect(x >= 0 && x <= width, `${src}: a mark at x = ${x}`).toBe(true);
  }
  return { html, table };
}

describe.each(LANGS)('adoption over time (/%s/)', (lang) => {
  test.each(solutions.map((s) => s.slug))('the solution %s: a row per country that studied or took it up', (slug) => {
    const expected = expectedRows(
      (study) => [study.country],
      (study) => study.solutions.includes(slug),
    );
    const caseStudyOf = (code: string) =>
      new RegExp(
        `^/${lang}/case-studies/(${studies
          .filter((s) => s.country === code)
          .map((s) => s.slug)
          .join('|')})/$`,
      );
    const checked = checkChart(`${lang}/solutions/${slug}`, `/charts/${lang}/solutions/${slug}.svg`, expected, caseStudyOf);
    // On a solution page the table is the list of its countries: visible, with each one-page print view.
    if (checked) {
      expect(checked.table?.closest('details')).toBeNull();
      for (const row of checked.table?.querySelectorAll('tr').slice(1) ?? []) {
        expect(row.querySelector('a[href*="/briefings/case-studies/"]')).not.toBeNull();
      }
    }
  });

  test.each(countries)('the country %s: a row per solution it engaged with', (code) => {
    const expected = expectedRows(
      (study) => study.solutions,
      (study) => study.country === code,
    );
    const own = studies.filter((s) => s.country === code).map((s) => s.slug);
    const checked = checkChart(
      `${lang}/countries/${code}`,
      `/charts/${lang}/countries/${code}.svg`,
      expected,
      () => new RegExp(`^/${lang}/case-studies/(${own.join('|')})/$`),
    );
    // A country page lists its case studies above: the table is a disclosure, named, that print opens.
    expect(checked?.table?.closest('details')?.querySelector('summary')?.text.trim()).toBeTruthy();
    expect(readFileSync(join(DIST, 'print.css'), 'utf8')).toMatch(/\.chart-table::details-content\s*\{[^}]*content-visibility: visible/);
  });
});
