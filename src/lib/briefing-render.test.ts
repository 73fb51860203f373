import { describe, expect, test } from 'vitest';
import { CALLOUT_TONES } from '#src/body/callout-tones.ts';
import { combineBriefing } from './briefing-model.ts';
import { NOTE_TONES, renderBriefing, renderCaseStudy, renderOnePager } from './briefing-render.ts';
import { elements, treeText, type TreeElement } from './briefing-tree.ts';
import { caseStudy, country, solution, strings } from './test-briefing-models.ts';

const text = (node: TreeElement) => treeText(node).replace(/\s+/g, ' ');
const headings = (node: TreeElement) => [...elements(node)].filter((e) => /^h\d$/.test(e.tag)).map((e) => Number(e.tag.slice(1)));
const byAttr = (node: TreeElement, name: `data-${string}`) => [...elements(node)].filter((e) => e.attrs[name] !== undefined);

const doc = combineBriefing({
  lang: 'en',
  country: country(),
  caseStudies: [caseStudy()],
  solutions: [solution()],
  date: '2026-01-02',
  url: '/en/briefings/gn/',
});

describe('a briefing', () => {
  const tree = renderBriefing(doc, strings, 2);

  test("prints the case study's story, adaptation, local name, outcomes and what is not known, not only its stages", () => {
    const all = text(tree);
    for (const part of [
      'In 2023 a mission came.',
      'Guinea built its own platform.',
      'ALFA',
      'Some bodies use it.',
      'What is not known',
      'Whether ALFA reuses code.',
      'What Guinea studied or adopted',
    ])
      expect(all).toContain(part);
  });

  test('cites the appendix by the numbers it gives: the same page has one number everywhere', () => {
    const appendix = byAttr(tree, 'data-source-url').map((li) => [li.attrs.id, li.attrs['data-source-url']]);
    expect(appendix).toEqual(doc.sources.map((s, i) => [`briefing-source-${i + 1}`, s.url]));
    const cites = byAttr(tree, 'data-cite').map((a) => [a.attrs['data-cite'], a.attrs.href]);
    // The case study's "shared-page" and the solution's "shared" are one page: number 3.
    expect(cites).toContainEqual(['shared-page', '#briefing-source-3']);
    expect(cites).toContainEqual(['shared', '#briefing-source-3']);
    for (const [, href] of cites) expect(appendix.map(([id]) => `#${id}`)).toContain(href);
  });

  test('heading levels go down one at a time, from h2 in the builder (no h1 under its h2) and h1 on its own page', () => {
    for (const [tree, top] of [
      [renderBriefing(doc, strings, 2), 2],
      [renderBriefing(doc, strings, 1), 1],
    ] as const) {
      const levels = headings(tree);
      expect(levels[0]).toBe(top);
      expect(Math.min(...levels)).toBe(top);
      levels.forEach((level, i) => i > 0 && expect(level - (levels[i - 1] ?? 0)).toBeLessThanOrEqual(1));
    }
  });

  test('a title with markup stays text', () => {
    const hostile = renderOnePager(solution({ title: '<img src=x onerror=alert(1)>' }), strings, { level: 1 });
    expect(text(hostile)).toContain('<img src=x onerror=alert(1)>');
    expect([...elements(hostile)].map((e) => e.tag)).not.toContain('img');
  });
});

test('a case study on its own lists its stages, cites its own sources and lists them', () => {
  const tree = renderCaseStudy(caseStudy(), strings, { level: 1, stages: true });
  expect(byAttr(tree, 'data-stage').map((li) => treeText(li))).toEqual([
    'September 2023, Study visit: A visit. Source [1]',
    '14 November 2025, Adapted (ALFA): ALFA is launched. Source [2] Source [3]',
  ]);
  expect(byAttr(tree, 'data-source-url')).toHaveLength(3);
  expect(headings(tree)[0]).toBe(1);
});

test("notes take the tones of the body's callouts", () => {
  expect(NOTE_TONES).toEqual(CALLOUT_TONES);
});
