import { describe, expect, test } from 'vitest';
import { useTranslations } from '#src/i18n/ui.ts';
import { elements, treeText, type TreeElement } from './briefing-tree.ts';
import { compareStrings, renderCountryComparison, renderSolutionComparison } from './compare-render.ts';
import { caseStudy, solution, source, strings } from './test-briefing-models.ts';

const words = compareStrings(useTranslations('en'));
const text = (node: TreeElement) => treeText(node).replace(/\s+/g, ' ');
const all = (node: TreeElement, tag: string) => [...elements(node)].filter((e) => e.tag === tag);
const byHint = (node: TreeElement) => [...elements(node)].some((e) => e.attrs['data-compare-scroll-hint'] !== undefined);
const row = (node: TreeElement, key: string) => [...elements(node)].find((e) => e.attrs['data-compare-row'] === key);

const alpha = solution();
const beta = solution({
  slug: 'beta',
  title: 'Beta courts',
  url: '/en/solutions/beta/',
  start: { date: '2004-06', source: 'decree' },
  lead: undefined,
  problem: undefined,
  figures: [],
  // The same page as one of Alpha's: one number for both.
  sources: [source('decree'), source('again', 'https://example.org/shared')],
});
const adopters = {
  alpha: [{ code: 'gn', name: 'Guinea', stage: { id: 'adapted' as const, label: 'Adapted' }, url: '/en/case-studies/guinea-alpha/' }],
};

describe('a comparison of solutions', () => {
  const tree = renderSolutionComparison([alpha, beta], adopters, strings, words);

  test('a column per solution, headed by its title linking to its page', () => {
    const heads = all(tree, 'th').filter((th) => th.attrs.scope === 'col');
    expect(heads.map((th) => [treeText(th), (th.children[0] as TreeElement).attrs.href])).toEqual([
      ['Alpha registry', '/en/solutions/alpha/'],
      ['Beta courts', '/en/solutions/beta/'],
    ]);
  });

  test('a row per fact with its label as a row header, and each start date', () => {
    const labels = all(tree, 'th').filter((th) => th.attrs.scope === 'row');
    expect(labels.map(treeText)).toEqual([
      'The problem it solved',
      'How it works',
      'Started',
      'Lead institution',
      'Status',
      'Key figures',
      words.adopters,
      'Sources',
    ]);
    const start = row(tree, 'start');
    expect(start && all(start, 'td').map(text)).toEqual(['2009 Source [1]', 'June 2004 Source [4]']);
  });

  test('a fact a solution lacks leaves its cell empty, never a made-up "not known"', () => {
    const problem = row(tree, 'problem');
    expect(problem && all(problem, 'td').map(treeText)).toEqual(['Records were lost.', '']);
    const lead = row(tree, 'lead');
    expect(lead && treeText(all(lead, 'td')[1] as TreeElement)).toBe('');
  });

  test('a fact none of them has gets no row', () => {
    const bare = renderSolutionComparison([beta, solution({ slug: 'gamma', problem: undefined })], {}, strings, words);
    expect(row(bare, 'problem')).toBeUndefined();
    expect(row(bare, 'adopters')).toBeUndefined();
    expect(row(bare, 'start')).toBeDefined();
  });

  test('each key figure at its latest date, and the countries with the furthest stage each reached', () => {
    const figures = row(tree, 'figures');
    expect(figures && text(figures)).toContain('Cases heard: 30 (as of 2021)');
    expect(figures && text(figures)).not.toContain('about 20');
    const countries = row(tree, 'adopters');
    expect(countries && text(countries)).toContain('Guinea Adapted');
    // The stage is a badge on its colour from the stage scale.
    expect([...elements(countries as TreeElement)].find((e) => e.attrs['class'] === 'stage-badge')?.attrs['data-stage']).toBe('adapted');
    expect([...elements(countries as TreeElement)].find((e) => e.tag === 'a')?.attrs.href).toBe('/en/case-studies/guinea-alpha/');
  });

  test('one list of sources, a page once, cited by the same number from both columns', () => {
    const list = [...elements(tree)].filter((e) => e.attrs['data-source-url'] !== undefined);
    expect(list.map((li) => li.attrs['data-source-url'])).toEqual([
      'https://example.org/law',
      'https://example.org/report',
      'https://example.org/shared',
      'https://example.org/decree',
    ]);
    const sources = row(tree, 'sources');
    const cells = sources
      ? all(sources, 'td').map((td) =>
          treeText(td)
            .replace(/Source /g, '')
            .trim(),
        )
      : [];
    expect(cells).toEqual(['[1] [2] [3]', '[4] [3]']);
    const hrefs = new Set(list.map((li) => `#${li.attrs.id}`));
    for (const link of all(tree, 'a').filter((a) => a.attrs['data-cite'])) expect(hrefs).toContain(link.attrs.href);
  });

  test('three or four solutions make the table wider than a phone, to scroll inside its frame', () => {
    const table = (n: number) =>
      all(
        renderSolutionComparison(
          Array.from({ length: n }, (_, i) => solution({ slug: `s${i}` })),
          {},
          strings,
          words,
        ),
        'table',
      )[0]?.attrs.class ?? '';
    expect(table(2)).not.toMatch(/compare-\d/);
    expect(table(3)).toMatch(/\bcompare-3\b/);
    expect(table(4)).toMatch(/\bcompare-4\b/);
    const hint = (n: number) =>
      byHint(
        renderSolutionComparison(
          Array.from({ length: n }, (_, i) => solution({ slug: `s${i}` })),
          {},
          strings,
          words,
        ),
      );
    expect(hint(2)).toBe(false);
    expect(hint(3)).toBe(true);
  });
});

describe('a comparison of countries', () => {
  const guinea = { code: 'gn', name: 'Guinea', caseStudies: [caseStudy()] };
  const eswatini = {
    code: 'sz',
    name: 'Eswatini',
    caseStudies: [
      caseStudy({
        slug: 'eswatini-alpha',
        url: '/en/case-studies/eswatini-alpha/',
        country: { code: 'sz', name: 'Eswatini' },
        stages: [{ id: 'p', stage: 'pilot', label: 'Pilot', date: '2022', text: 'A pilot.', sources: ['other'] }],
        sources: [source('other')],
      }),
    ],
  };
  const tree = renderCountryComparison([guinea, eswatini], strings, words, (a, b) => a.localeCompare(b));

  test("a column per country, a row per solution, each country's dated stages linking to its case study", () => {
    expect(all(tree, 'th').map((th) => [th.attrs.scope, treeText(th)])).toEqual([
      ['col', 'Guinea'],
      ['col', 'Eswatini'],
      // The label over the row on a phone, at its left on a wider screen.
      ['rowgroup', 'Alpha registry'],
      ['row', 'Alpha registry'],
    ]);
    const alphaRow = row(tree, 'alpha');
    const [gn, sz] = alphaRow ? all(alphaRow, 'td') : [];
    expect(gn && text(gn)).toMatch(
      /^September 2023: Study visit Source \[1\]14 November 2025: Adapted \(ALFA\) Source \[2\] Source \[3\]$/,
    );
    expect(sz && text(sz)).toBe('2022: Pilot Source [4]');
    expect(all(sz as TreeElement, 'a')[0]?.attrs.href).toBe('/en/case-studies/eswatini-alpha/');
  });
});
