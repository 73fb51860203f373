/**
 * What readers get from the truth rules in dist/: "Sources differ" blocks with every side's
 * citation in both languages, and "last reported" dates on stages beyond a study visit; and the
 * same facts in the open data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';

const DIST = 'dist';
const page = (path: string): HTMLElement => parse(readFileSync(join(DIST, path, 'index.html'), 'utf8'));
/** Text with every kind of space (French typography uses narrow no-break spaces) as one plain space. */
const plain = (text: string | undefined) => (text ?? '').replace(/\s+/gu, ' ').trim();

describe.each([
  ['en', 'Sources differ', 'Who built Umucyo', 'Source:'],
  ['fr', 'Les sources divergent', 'Qui a construit Umucyo', 'Source :'],
] as const)('the %s Umucyo page', (lang, heading, question, cite) => {
  const html = page(`${lang}/solutions/umucyo`);
  const block = html.querySelector('[data-sources-differ-block]');

  test('has a labelled "Sources differ" section, inside the indexed article', () => {
    expect(block?.closest('article[data-pagefind-body]')).not.toBeNull();
    const labelledBy = block?.getAttribute('aria-labelledby') ?? '';
    expect(plain(html.getElementById(labelledBy)?.text)).toBe(heading);
    expect(html.getElementById(labelledBy)?.tagName).toBe('H2');
  });

  test('shows each disputed fact as a heading with a list of its sides, in the page language', () => {
    const builder = block?.querySelector('[data-disagreement="builder"]');
    expect(plain(builder?.querySelector('h3')?.text)).toBe(question);
    expect(builder?.querySelector('ul')?.getAttribute('aria-labelledby')).toBe(builder?.querySelector('h3')?.id);
    expect(builder?.querySelectorAll('li')).toHaveLength(2);
    expect(plain(builder?.text)).toContain('Africa Olleh Services');
  });

  test("cites each side's own source, and every citation leads to that source in the list", () => {
    const sides = block?.querySelectorAll('[data-disagreement="builder"] li') ?? [];
    expect(sides.map((side) => side.querySelector('a')?.getAttribute('href'))).toEqual([
      '#source-ifg-aos',
      '#source-newtimes-e-procurement-mou',
    ]);
    for (const side of sides) expect(plain(side.querySelector('a')?.text)).toMatch(new RegExp(`^${cite}`));
    for (const link of block?.querySelectorAll('a[href^="#"]') ?? []) {
      expect(html.getElementById(link.getAttribute('href')?.slice(1) ?? ''), link.getAttribute('href')).not.toBeNull();
    }
  });
});

test('an entry without disagreements shows no "Sources differ" block', () => {
  expect(page('en/solutions/gacaca').querySelector('[data-sources-differ-block]')).toBeNull();
});

describe.each([
  ['en', '(last reported: 8 March 2019)'],
  ['fr', '(dernière mention : 8 mars 2019)'],
] as const)('the %s South Africa case study', (lang, reported) => {
  const stages = page(`${lang}/case-studies/south-africa-a-re-sebetseng`).querySelectorAll('section[aria-labelledby="lifecycle"] li');

  test('says when the scaled-up stage was last reported: the date of its latest source', () => {
    const scaled = stages.find((stage) => stage.querySelector('[data-last-reported]') !== null);
    expect(plain(scaled?.querySelector('[data-last-reported]')?.text)).toBe(reported);
    expect(scaled?.querySelector('[data-last-reported] time')?.getAttribute('datetime')).toBe('2019-03-08');
  });

  test('gives no "last reported" date to a study visit, nor to a stage whose sources are undated', () => {
    expect(stages.filter((stage) => stage.querySelector('[data-last-reported]') !== null)).toHaveLength(1);
  });
});

describe('the open data', () => {
  const solutions = JSON.parse(readFileSync(join(DIST, 'data/solutions.json'), 'utf8')) as {
    items: { slug: string; disagreements: { id: string; text: { en: string; fr: string | null }; sides: { source: string }[] }[] }[];
  };
  const caseStudies = JSON.parse(readFileSync(join(DIST, 'data/case-studies.json'), 'utf8')) as {
    items: { slug: string; stages: { stage: string; lastReported: string | null }[] }[];
  };

  test('carries the disagreements of a solution in both languages, each side with its source', () => {
    const umucyo = solutions.items.find((item) => item.slug === 'umucyo');
    const builder = umucyo?.disagreements.find((d) => d.id === 'builder');
    expect(builder?.text).toEqual({ en: 'Who built Umucyo', fr: 'Qui a construit Umucyo' });
    expect(builder?.sides.map((side) => side.source)).toEqual(['ifg-aos', 'newtimes-e-procurement-mou']);
  });

  test('carries when each stage was last reported, null for study visits', () => {
    const za = caseStudies.items.find((item) => item.slug === 'south-africa-a-re-sebetseng');
    expect(za?.stages.map((stage) => [stage.stage, stage.lastReported])).toEqual([
      ['adapted', null],
      ['study-visit', null],
      ['scaled', '2019-03-08'],
    ]);
  });
});

describe('a disagreement about a key figure', () => {
  test('is linked from the figure on the solution page', () => {
    const html = page('fr/solutions/community-health-workers');
    const link = html.querySelector('[data-figure-disagreement="chw-count-now"] a');
    expect(plain(link?.text)).toBe('Les sources divergent : Combien d’agents de santé communautaires compte aujourd’hui le Rwanda');
    expect(html.getElementById(link?.getAttribute('href')?.slice(1) ?? '')?.tagName).toBe('H3');
  });

  test.each(['en', 'fr'])('travels with the figure into the %s one-pager, each side with its numbered citation', (lang) => {
    const html = page(`${lang}/briefings/solutions/community-health-workers`);
    const block = html.querySelector('[data-one-pager] [data-sources-differ="chw-count-now"]');
    const sides = block?.querySelectorAll('li') ?? [];
    expect(sides).toHaveLength(3);
    for (const side of sides) {
      const cite = side.querySelector('a[data-cite]');
      expect(plain(cite?.text)).toMatch(/\[\d\]$/);
      expect(html.getElementById(cite?.getAttribute('href')?.slice(1) ?? ''), cite?.getAttribute('href')).not.toBeNull();
    }
  });

  test('no other one-pager shows a "Sources differ" note: only disagreements about a figure it shows travel', () => {
    expect(page('en/briefings/solutions/umucyo').querySelector('[data-sources-differ]')).toBeNull();
  });
});

test('the country briefing gives each stage beyond a study visit its last-reported date too', () => {
  const rows = page('en/briefings/gn').querySelectorAll('[data-country-lifecycle] tbody tr');
  const agreement = rows.find((row) => plain(row.text).includes('Agreement or MoU'));
  expect(plain(agreement?.querySelector('[data-last-reported]')?.text)).toBe('(last reported: 25 November 2024)');
  expect(rows.filter((row) => plain(row.text).includes('Study visit')).every((row) => !row.querySelector('[data-last-reported]'))).toBe(
    true,
  );
});
