/** The adoption charts' rows, over the made-up catalogue. */
import { expect, test, vi } from 'vitest';
import { countryAdoption, solutionAdoption } from './adoption-charts.ts';
import { getCatalogue } from './catalogue.ts';

vi.mock('astro:content', async () => (await import('./test-catalogue.ts')).mockedAstroContent());

const en = await getCatalogue('en');
const fr = await getCatalogue('fr');

test("a solution's chart: a row per country that studied or took it up, each with its stages, oldest first", () => {
  const chart = solutionAdoption(en, 'alpha');
  expect(chart?.rows.map((row) => [row.key, row.label, row.href, row.marks.map((m) => `${m.stage} ${m.date}`)])).toEqual([
    ['gm', 'The Gambia', '/en/case-studies/gm-alpha-beta/', ['study-visit 2018', 'agreement 2019-06-10', 'pilot 2022-01']],
    ['gn', 'Guinea', '/en/case-studies/gn-alpha/', ['study-visit 2019-03', 'adopted 2021']],
    ['ls', 'Lesotho', '/en/case-studies/ls-alpha/', ['adopted 2015', 'discontinued 2020']],
  ]);
  expect(chart?.stages).toEqual(['study-visit', 'agreement', 'pilot', 'adopted', 'discontinued']);
  expect(chart?.src).toBe('/charts/en/solutions/alpha.svg');
  expect([chart?.layout.from, chart?.layout.to]).toEqual([2015, 2023]);
  expect(chart?.layout.rows.map((row) => row.key)).toEqual(['gm', 'gn', 'ls']);
  expect(chart?.alt).toBe('Each country’s stages, by year.');
  expect(chart?.title).toBe('Alpha registry: adoption over time');
  expect(chart?.rowHeader).toBe('Country');
});

test("a country's chart: a row per solution, in the order of its first stage, named in the reader's language", () => {
  const chart = countryAdoption(fr, 'gn');
  expect(chart?.rows.map((row) => [row.key, row.label, row.href, row.marks.map((m) => `${m.stage} ${m.date}`)])).toEqual([
    ['alpha', 'Registre alpha', '/fr/case-studies/gn-alpha/', ['study-visit 2019-03', 'adopted 2021']],
    ['beta', 'Tribunaux bêta', '/fr/case-studies/gn-beta/', ['study-visit 2020-05-02']],
  ]);
  expect(chart?.rowHeader).toBe('Solution');
  expect(chart?.alt).toBe('Guinée\u202f: les étapes atteintes avec chaque solution, par année.');
  expect(chart?.title).toBe('Guinée\u202f: l’adoption au fil du temps');
  expect(chart?.src).toBe('/charts/fr/countries/gn.svg');
});

test('a case study about two solutions gives each its row on the country page', () => {
  expect(countryAdoption(en, 'gm')?.rows.map((row) => [row.key, row.marks.length])).toEqual([
    ['alpha', 3],
    ['beta', 3],
  ]);
});

test('nothing to draw, no chart', () => {
  expect(solutionAdoption(en, 'gamma')).toBeUndefined();
  expect(countryAdoption(en, 'rw')).toBeUndefined();
});
