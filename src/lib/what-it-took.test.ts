import { describe, expect, test } from 'vitest';
import { useTranslations } from '#src/i18n/ui.ts';
import { onePagerDocx } from './briefing-docx.ts';
import { renderOnePager } from './briefing-render.ts';
import { elements, treeText, type TreeElement } from './briefing-tree.ts';
import { compareStrings, renderSolutionComparison } from './compare-render.ts';
import { solution, source, strings } from './test-briefing-models.ts';
import { formatSpan, tookStrings, whatItTookRows, type WhatItTookModel } from './what-it-took.ts';

/** Made-up facts (example.org sources), in the shape src/data/what-it-took.ts builds. */
const took: WhatItTookModel = {
  legalBasis: [{ id: 'act', text: 'Registry Act', date: '2007', source: 'law' }],
  runBy: [{ name: 'Agency A', url: 'https://example.org/a', source: 'report' }],
  prerequisites: [{ id: 'network', text: 'A network to every district.', source: 'report' }],
  costs: [
    {
      id: 'build',
      label: 'Building the system',
      value: 12000000,
      qualifier: 'more than',
      currency: 'usd',
      paidBy: ['Bank B'],
      asOf: '2013',
      source: 'shared',
    },
  ],
  pilot: { date: '2016-06-27', source: 'law' },
  national: { date: '2017-07', source: 'report' },
  pilotToNational: { value: 13, unit: 'months' },
  adopters: [
    {
      country: 'Guinea',
      url: '/en/case-studies/guinea-alpha/',
      agreementToUse: { value: 11, unit: 'months', from: { id: 'mou', date: '2024-11-20' }, to: { id: 'launch', date: '2025-11-14' } },
    },
  ],
};

const en = tookStrings('en', useTranslations('en'));
const fr = tookStrings('fr', useTranslations('fr'));

describe('whatItTookRows', () => {
  test('a row per kind of fact, each line a sentence with the ids of its sources', () => {
    expect(whatItTookRows(took, en)).toEqual([
      { key: 'legal-basis', label: 'Legal basis', lines: [{ key: 'act', text: 'Registry Act (2007)', sources: ['law'] }] },
      {
        key: 'run-by',
        label: 'Run by',
        lines: [{ key: 'https://example.org/a', text: 'Agency A', sources: ['report'], href: 'https://example.org/a' }],
      },
      {
        key: 'prerequisites',
        label: 'What had to be in place',
        lines: [{ key: 'network', text: 'A network to every district.', sources: ['report'] }],
      },
      {
        key: 'costs',
        label: 'Cost and funding',
        lines: [{ key: 'build', text: 'Building the system: more than US$12,000,000 (2013), paid by Bank B', sources: ['shared'] }],
      },
      {
        key: 'time-to-scale',
        label: 'Time to national scale',
        lines: [
          {
            key: 'pilot-to-national',
            text: '13 months from pilot (27 June 2016) to national scale (July 2017)',
            sources: ['law', 'report'],
          },
        ],
      },
      {
        key: 'adopters',
        label: 'How long it took adopters',
        lines: [
          {
            key: '/en/case-studies/guinea-alpha/#mou',
            text: 'Guinea: 11 months from agreement (20 November 2024) to first use (14 November 2025)',
            sources: [],
            href: '/en/case-studies/guinea-alpha/',
          },
        ],
      },
    ]);
  });

  test('no row is ever empty, and a missing fact is left out rather than called unknown', () => {
    const rows = whatItTookRows({ ...took, legalBasis: [], costs: [], adopters: [], national: undefined, pilotToNational: undefined }, en);
    expect(rows.map((row) => row.key)).toEqual(['run-by', 'prerequisites', 'time-to-scale']);
    expect(rows.find((row) => row.key === 'time-to-scale')?.lines).toEqual([
      { key: 'pilot', text: 'Pilot began: 27 June 2016', sources: ['law'] },
    ]);
    expect(rows.every((row) => row.lines.length > 0)).toBe(true);
    expect(JSON.stringify(rows)).not.toMatch(/unknown|not known/i);
    expect(whatItTookRows(undefined, en)).toEqual([]);
  });

  test('French: its typography, its plurals and its currency', () => {
    const rows = whatItTookRows(took, fr);
    const text = rows.flatMap((row) => row.lines.map((line) => line.text)).join('\n');
    expect(text).toContain('13 mois entre la phase pilote (27 juin 2016) et l’échelle nationale (juillet 2017)');
    // The model's text is already in its language (here the made-up English); the sentence around it is French.
    expect(text).toMatch(/Building the system[  ]: more than 12[  ]000[  ]000 USD \(2013\), payé par Bank B/);
    expect(formatSpan({ value: 1, unit: 'years' }, fr)).toBe('1 an');
    expect(formatSpan({ value: 3, unit: 'years' }, fr)).toBe('3 ans');
    expect(formatSpan({ value: 1, unit: 'months' }, en)).toBe('1 month');
  });
});

describe('the one-pager, its Word file and the comparison say the same', () => {
  const model = solution({ whatItTook: took, sources: [source('law'), source('report'), source('shared', 'https://example.org/shared')] });
  const lines = whatItTookRows(took, strings).flatMap((row) => row.lines.map((line) => line.text));

  test('the printed one-pager holds every line, with its citation numbers', () => {
    const page = renderOnePager(model, strings, { level: 1 });
    const rows = [...elements(page)].filter((e) => e.attrs['data-took-row'] !== undefined);
    expect(rows.map((row) => row.attrs['data-took-row'])).toEqual([
      'legal-basis',
      'run-by',
      'prerequisites',
      'costs',
      'time-to-scale',
      'adopters',
    ]);
    const text = rows.map((row) => treeText(row).replace(/\s+/g, ' ')).join(' ');
    for (const line of lines) expect(text).toContain(line);
    expect(text).toContain('Registry Act (2007) Source [1]');
    expect(text).toContain('13 months from pilot (27 June 2016) to national scale (July 2017) Source [1] Source [2]');
  });

  test('the Word file holds the same lines and numbers', () => {
    const docx = onePagerDocx(model, strings, 'One-page summary: Alpha registry', '2026-01-02', '/en/briefings/solutions/alpha/');
    const bullets = docx.blocks.filter((b) => b.kind === 'bullet').map((b) => b.text);
    for (const line of lines) expect(bullets.some((text) => text.startsWith(line))).toBe(true);
    expect(bullets).toContain('Registry Act (2007) [1]');
    expect(bullets).toContain('13 months from pilot (27 June 2016) to national scale (July 2017) [1] [2]');
  });

  test('a one-pager and a Word file without the block have no row of it', () => {
    const page = renderOnePager(solution(), strings, { level: 1 });
    expect([...elements(page)].filter((e) => e.attrs['data-took-row'] !== undefined)).toEqual([]);
    expect(treeText(page)).not.toMatch(/Legal basis|Time to national scale/);
    const docx = onePagerDocx(solution(), strings, 'x', '2026-01-02', '/');
    expect(docx.blocks.map((b) => ('text' in b ? b.text : ''))).not.toContain('What it took');
  });

  test('the comparison has the rows legal basis, cost and time to scale, with the same text, and none for a solution without them', () => {
    const other = solution({ slug: 'beta', title: 'Beta', url: '/en/solutions/beta/' });
    const tree = renderSolutionComparison([model, other], {}, strings, compareStrings(useTranslations('en')));
    const row = (key: string) => [...elements(tree)].find((e) => e.attrs['data-compare-row'] === key);
    expect(treeText(row('legal-basis') as TreeElement)).toContain('Registry Act (2007)');
    expect(treeText(row('costs') as TreeElement)).toContain('Building the system: more than US$12,000,000 (2013), paid by Bank B');
    const scale = treeText(row('time-to-scale') as TreeElement);
    expect(scale).toContain('13 months from pilot (27 June 2016) to national scale (July 2017)');
    expect(scale).toContain('Guinea: 11 months from agreement (20 November 2024) to first use (14 November 2025)');
    const neither = renderSolutionComparison([other, solution({ slug: 'gamma' })], {}, strings, compareStrings(useTranslations('en')));
    expect([...elements(neither)].some((e) => e.attrs['data-compare-row'] === 'legal-basis')).toBe(false);
  });
});
