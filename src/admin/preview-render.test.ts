import { describe, expect, test } from 'vitest';
import { useTranslations } from '#src/i18n/ui.ts';
import { briefingStrings } from '#src/lib/briefing-render.ts';
import { elements, treeText, type TreeElement } from '#src/lib/briefing-tree.ts';
import { caseStudyPreviewModel, optionNames, previewExtras, solutionPreviewModel, type PreviewContext } from './preview-model.ts';
import { caseStudyPreview, solutionPreview } from './preview-render.ts';

type Lang = 'en' | 'fr';
const lookups = {
  countries: optionNames([{ value: 'gn', label: 'Guinea (gn)' }]),
  institutions: optionNames([
    { value: 'rppa', label: 'Rwanda Public Procurement Authority (rppa)' },
    { value: 'rwanda-cooperation', label: 'Rwanda Cooperation (rwanda-cooperation)' },
  ]),
  solutions: optionNames([{ value: 'abunzi', label: 'Abunzi mediation committees (abunzi)' }]),
};
const context = (lang: Lang): PreviewContext => ({ lang, t: useTranslations(lang), slug: 'umucyo', lookups, base: '/' });
const strings = (lang: Lang) => briefingStrings(lang, useTranslations(lang), { name: 'Contact', href: 'https://contact.example/' });
const sources = [
  {
    id: 'guide',
    kind: 'rwanda-government',
    title: 'User guide',
    publisher: 'RPPA',
    url: 'https://rppa.example/guide',
    accessed: '2026-01-05',
  },
  {
    id: 'press',
    kind: 'press',
    title: 'Umucyo goes national',
    publisher: 'The New Times',
    url: 'https://press.example/',
    accessed: '2026-01-05',
  },
];

const figure = (n: number) => ({
  id: `figure-${n}`,
  label: `Figure number ${n}`,
  unit: 'count',
  values: [{ value: n * 100, asOf: '2020', source: 'guide' }],
});

const solution = {
  title: 'Umucyo e-procurement',
  summary: 'Public tenders online.',
  status: 'active',
  sectors: ['governance'],
  leadInstitution: 'rppa',
  figures: [1, 2, 3, 4, 5, 6].map(figure),
  timeline: [{ id: 'law', date: '2007', text: 'The procurement law is passed.', source: 'press' }],
  whatItTook: {
    legalBasis: [{ id: 'law-2007', text: 'Public procurement law', date: '2007', source: 'press' }],
    prerequisites: [{ id: 'certificates', text: 'Suppliers receive a digital certificate.', source: 'guide' }],
    pilot: { date: '2016-06-27', source: 'guide' },
    national: { date: '2017-07', source: 'press' },
  },
  related: ['abunzi'],
  disagreements: [
    { id: 'first', text: 'Whether it was the first in Africa', sides: [{ id: 'yes', text: 'It was the first.', source: 'press' }] },
  ],
  sources,
};

function preview(lang: Lang, draft: object = solution) {
  const c = context(lang);
  return solutionPreview(solutionPreviewModel(draft, c), previewExtras(draft, c), strings(lang), c.t);
}

const headings = (tree: TreeElement) => [...elements(tree)].filter((node) => /^h[1-3]$/.test(node.tag)).map(treeText);

describe("a solution's preview holds what its page shows", () => {
  test.each(['en', 'fr'] as const)('(%s) what it took, under its heading, in the language of the preview', (lang) => {
    const t = useTranslations(lang);
    const { head, tail } = preview(lang);
    const took = [...elements(tail)].find((node) => node.attrs['data-preview-section'] === 'what-it-took');
    expect(took && headings(took)).toEqual([t('took.heading')]);
    const rows = [...elements(tail)].flatMap((node) =>
      typeof node.attrs['data-took-row'] === 'string' ? [node.attrs['data-took-row']] : [],
    );
    expect(rows).toEqual(['legal-basis', 'prerequisites', 'time-to-scale']);
    const text = treeText(tail);
    expect(text).toContain(t('took.legalBasis'));
    expect(text).toContain('Suppliers receive a digital certificate.');
    expect(text).toContain(lang === 'en' ? '13 months from pilot (27 June 2016) to national scale (July 2017)' : '13 mois');
    // Once: not also among the facts above the body.
    expect(treeText(head)).not.toContain(t('took.legalBasis'));
  });

  test('every key figure (the one-pager prints four), the timeline, related solutions and "Sources differ" with their headings', () => {
    const t = useTranslations('en');
    const { head, tail } = preview('en');
    for (const n of [1, 2, 3, 4, 5, 6]) expect(treeText(head)).toContain(`Figure number ${n}`);
    expect(headings(tail)).toEqual([
      t('disagreement.heading'),
      'Whether it was the first in Africa',
      t('took.heading'),
      t('solution.timeline'),
      t('solution.related'),
      t('sources.title'),
    ]);
    expect(treeText(tail)).toContain('The procurement law is passed.');
    expect(treeText(tail)).toContain('Abunzi mediation committees');
  });

  test('citations above and below the body number the same list of sources, printed once below', () => {
    const { head, tail } = preview('en');
    const cited = (tree: TreeElement) =>
      [...elements(tree)].filter((node) => node.attrs['data-cite'] !== undefined).map((node) => [node.attrs['data-cite'], treeText(node)]);
    expect(cited(head)).toContainEqual(['guide', expect.stringContaining('[1]')]);
    expect(cited(tail)).toContainEqual(['press', expect.stringContaining('[2]')]);
    expect([...elements(head)].some((node) => node.attrs['data-source-url'] !== undefined)).toBe(false);
    expect([...elements(tail)].filter((node) => node.attrs['data-source-url'] !== undefined)).toHaveLength(2);
  });

  test('a new, empty draft has no section below the body', () => {
    expect(headings(preview('en', {}).tail)).toEqual([]);
  });
});

describe("a case study's preview holds what its page shows", () => {
  const caseStudy = {
    title: 'Guinea studies Umucyo',
    summary: 'A study visit.',
    country: 'gn',
    solutions: ['abunzi'],
    counterpart: 'rppa',
    partners: ['rwanda-cooperation'],
    stages: [{ id: 'visit', stage: 'study-visit', date: '2019-03', source: 'guide', text: 'A delegation visited Kigali.' }],
    timeline: [{ id: 'mission', date: '2018-11', text: 'A needs-assessment mission.', source: 'press' }],
    sources,
  };
  test.each(['en', 'fr'] as const)(
    '(%s) its stages, partners and other milestones, with their headings in the language of the preview',
    (lang) => {
      const t = useTranslations(lang);
      const c = context(lang);
      const { head, tail } = caseStudyPreview(caseStudyPreviewModel(caseStudy, c), previewExtras(caseStudy, c), strings(lang), c.t);
      expect(treeText(head)).toContain(t('caseStudy.partners'));
      expect(treeText(head)).toContain('Rwanda Cooperation');
      expect(treeText(head)).toContain(t('stage.study-visit'));
      expect(headings(tail)).toEqual([t('caseStudy.otherEvents'), t('sources.title')]);
      expect(treeText(tail)).toContain('A needs-assessment mission.');
      expect(treeText(tail)).toContain(lang === 'en' ? 'November 2018' : 'novembre 2018');
    },
  );
});
