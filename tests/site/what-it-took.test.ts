/**
 * "What it took" as readers get it from dist/: on the solution pages where the content has facts
 * for it (never an empty or "unknown" row), and the same sentences in the one-pager, its Word file
 * and the comparison, which is built in the browser from the JSON model the build wrote.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { useTranslations } from '#src/i18n/ui.ts';
import type { SolutionModel } from '#src/lib/briefing-model.ts';
import { briefingStrings } from '#src/lib/briefing-render.ts';
import { treeText, elements, type TreeElement } from '#src/lib/briefing-tree.ts';
import { compareStrings, renderSolutionComparison } from '#src/lib/compare-render.ts';

const DIST = 'dist';
const slugs = readdirSync(join('content', 'solutions'));
const clean = (text: string) => text.replace(/\s+/g, ' ').trim();
const page = (lang: string, slug: string) => parse(readFileSync(join(DIST, lang, 'solutions', slug, 'index.html'), 'utf8'));
const section = (lang: string, slug: string) => page(lang, slug).querySelector('[data-what-it-took]');
/** Each row of the page's section: its key and its lines' text without the citations. */
function rowsOf(lang: string, slug: string): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  for (const row of section(lang, slug)?.querySelectorAll('[data-took-row]') ?? []) {
    const lines = row.querySelectorAll('dd:not(.text-muted)').map((dd) => {
      for (const hidden of dd.querySelectorAll('span.text-sm, .sr-only')) hidden.remove();
      return clean(dd.textContent);
    });
    rows.set(row.getAttribute('data-took-row') ?? '', lines);
  }
  return rows;
}

describe.each(['en', 'fr'])('/%s/solutions/*/', (lang) => {
  test('the section appears where the content gives facts, and not on a page without any', () => {
    const withSection = slugs.filter((slug) => section(lang, slug) !== null);
    for (const slug of ['umucyo', 'gacaca', 'irembo', 'decentralization', 'land-tenure-regularization'])
      expect(withSection).toContain(slug);
    // Umuganda has no sourced law, cost or scale date, and no adopter with two dated stages.
    expect(withSection).not.toContain('umuganda');
  });

  test('never prints an empty row, an empty line or an unknown fact; every citation points to a listed source', () => {
    for (const slug of slugs) {
      const found = section(lang, slug);
      if (!found) continue;
      const root = page(lang, slug);
      for (const row of found.querySelectorAll('[data-took-row]')) {
        expect(clean(row.querySelector('dt')?.textContent ?? ''), `${lang}/${slug}`).not.toBe('');
        const lines = row.querySelectorAll('dd');
        expect(lines.length, `${lang}/${slug} ${row.getAttribute('data-took-row')}`).toBeGreaterThan(0);
        for (const dd of lines) expect(clean(dd.textContent), `${lang}/${slug}`).not.toBe('');
      }
      expect(clean(found.textContent)).not.toMatch(/\b(unknown|not known|inconnue?s?|undefined|null|NaN)\b/i);
      for (const link of found.querySelectorAll('a[href^="#source-"]')) {
        expect(
          root.getElementById(link.getAttribute('href')?.slice(1) ?? ''),
          `${lang}/${slug} ${link.getAttribute('href')}`,
        ).not.toBeNull();
      }
    }
  });
});

test('Umucyo: pilot to national scale computed from its two dated facts, in both languages', () => {
  expect(rowsOf('en', 'umucyo').get('time-to-scale')).toEqual(['13 months from pilot (27 June 2016) to national scale (July 2017)']);
  expect(rowsOf('fr', 'umucyo').get('time-to-scale')).toEqual([
    '13 mois entre la phase pilote (27 juin 2016) et l’échelle nationale (juillet 2017)',
  ]);
  // The procurement authority runs it and is its lead institution, shown with the facts above: no second mention.
  expect(rowsOf('en', 'umucyo').get('run-by')).toBeUndefined();
  // The statistics office evaluates the contracts; no source says it runs Imihigo, so nothing is shown.
  expect(rowsOf('en', 'imihigo').get('run-by')).toBeUndefined();
  // Guinea's agreement (20 Nov 2024) to TELEMO's launch (14 Nov 2025): eleven whole months.
  expect(rowsOf('en', 'umucyo').get('adopters')).toContain(
    'Guinea: 11 months from agreement (20 November 2024) to first use (14 November 2025)',
  );
});

describe('the one-pager, its Word file and the comparison say what the page says', () => {
  const model = JSON.parse(readFileSync(join(DIST, 'en', 'briefings', 'solutions', 'umucyo.json'), 'utf8')) as SolutionModel;
  const other = JSON.parse(readFileSync(join(DIST, 'en', 'briefings', 'solutions', 'gacaca.json'), 'utf8')) as SolutionModel;
  const lines = [...rowsOf('en', 'umucyo').values()].flat();

  test('the printed one-pager', () => {
    const root = parse(readFileSync(join(DIST, 'en', 'briefings', 'solutions', 'umucyo', 'index.html'), 'utf8'));
    // On one A4 page, its rows join the solution's facts.
    const text = clean(
      root
        .querySelectorAll('.solution-facts [data-took-row]')
        .map((dd) => dd.textContent)
        .join(' '),
    );
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(text).toContain(line);
  });

  test('the Word file', async () => {
    const { value } = await mammoth.extractRawText({ path: join(DIST, 'en', 'briefings', 'solutions', 'umucyo.docx') });
    const text = clean(value);
    expect(text).toContain('What it took');
    for (const line of lines) expect(text).toContain(line);
  });

  test('the comparison of Umucyo and Gacaca: legal basis, cost and time to scale', () => {
    const strings = briefingStrings('en', useTranslations('en'), { name: 'x', href: 'https://example.org' });
    const tree = renderSolutionComparison([model, other], {}, strings, compareStrings(useTranslations('en')));
    const row = (key: string) => clean(treeText([...elements(tree)].find((e) => e.attrs['data-compare-row'] === key) as TreeElement));
    for (const line of rowsOf('en', 'umucyo').get('legal-basis') ?? []) expect(row('legal-basis')).toContain(line);
    for (const line of rowsOf('en', 'umucyo').get('time-to-scale') ?? []) expect(row('time-to-scale')).toContain(line);
    for (const line of rowsOf('en', 'gacaca').get('costs') ?? []) expect(row('costs')).toContain(line);
    expect(row('costs')).toContain("Budget used over the courts' ten years: about Rwf 30,000,000,000 (June 2012)");
  });
});
