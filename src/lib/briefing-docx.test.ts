/** The Word file of a briefing, made from the same combined model as its page, read back with mammoth. */
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, test } from 'vitest';
import { briefingDocx, briefingDocxBuffer, onePagerDocx } from './briefing-docx.ts';
import { combineBriefing } from './briefing-model.ts';
import { briefingStrings, renderBriefing } from './briefing-render.ts';
import { useTranslations } from '#src/i18n/ui.ts';
import { elements, treeText } from './briefing-tree.ts';
import { caseStudy, country, solution, strings } from './test-briefing-models.ts';

const doc = combineBriefing({
  lang: 'en',
  country: country(),
  caseStudies: [caseStudy()],
  solutions: [solution()],
  date: '2026-01-02',
  url: 'https://example.org/en/briefings/gn/',
});
const word = briefingDocx(doc, strings);
const readBack = async () =>
  (await mammoth.convertToHtml({ buffer: Buffer.from(await briefingDocxBuffer(word, new Date('2026-01-02T00:00:00Z'))) })).value;

describe('a country briefing in Word', () => {
  test('lists the sources the printed page lists, in its order', () => {
    const page = [...elements(renderBriefing(doc, strings, 1))].filter((e) => e.attrs['data-source-url']);
    expect(word.sources.map((s) => s.url)).toEqual(page.map((li) => li.attrs['data-source-url']));
  });

  test('cites each figure and stage by the number the page gives it', () => {
    const page = treeText(renderBriefing(doc, strings, 1));
    const figure = word.blocks.find((b) => b.kind === 'bullet' && b.label === 'Cases heard');
    expect(figure).toMatchObject({ text: 'about 20 (as of 2020) [3]; 30 (as of 2021) [5]' });
    expect(page).toContain('about 20 (as of 2020) Source [3]');
    const table = word.blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.rows.slice(1)).toEqual([
      ['Alpha registry', 'Study visit', 'September 2023', 'Publisher ministry [1]'],
      [
        'Alpha registry',
        'Adapted (ALFA)',
        '14 November 2025 (last reported: December 2025)',
        'Publisher press [2]; Publisher shared-page [3]',
      ],
    ]);
  });

  test("holds the case study's story, adaptation, outcomes and what is not known", async () => {
    const html = await readBack();
    for (const part of [
      '<h1>Guinea: ALFA, a registry of its own</h1>',
      'In 2023 a mission came.',
      'Guinea built its own platform.',
      'What is not known',
      'Some bodies use it. [2]',
    ])
      expect(html).toContain(part);
    // The title is in Word's Title style, which mammoth reads as a paragraph.
    expect(html).toMatch(/^<p>Briefing: Guinea<\/p><p>Republic of Guinea<\/p>/);
    expect(html).toMatch(
      /<h1>Sources<\/h1><ol><li>Publisher ministry, “Page ministry” \(May 2024\)\. <a href="https:\/\/example\.org\/ministry">/,
    );
  });
});

test('a one-pager alone numbers its own sources', () => {
  const model = onePagerDocx(solution(), strings, 'One-page summary: Alpha registry', '2026-01-02', '/en/briefings/solutions/alpha/');
  expect(model.sources.map((s) => s.url)).toEqual(solution().sources.map((s) => s.url));
  expect(model.blocks).toContainEqual({ kind: 'fact', label: 'Started', text: '2009 [1]' });
  expect(model.intro).toEqual(['Generated on 2 January 2026 from /en/briefings/solutions/alpha/']);
});

/** The XML parts of a Word file: the body and each footer. */
async function parts(model: ReturnType<typeof briefingDocx>) {
  const zip = await JSZip.loadAsync(await briefingDocxBuffer(model, new Date('2026-01-02T00:00:00Z')));
  const footers = zip.file(/^word\/footer\d*\.xml$/);
  return {
    body: (await zip.file('word/document.xml')?.async('string')) ?? '',
    footers: await Promise.all(footers.map((file) => file.async('string'))),
  };
}
const footerText = (xml: string) => [...xml.matchAll(/<w:(?:t|instrText)[^>]*>([^<]*)<\/w:(?:t|instrText)>/g)].map((m) => m[1]).join('');

describe('the Word files carry the printed footer', () => {
  test('a country briefing: title, address and date, then "Page n of N" from Word\'s page fields, on every page', async () => {
    const { body, footers } = await parts(word);
    expect(footers).toHaveLength(1);
    const [footer = ''] = footers;
    // The body's section uses it as the footer of every page.
    expect(body).toMatch(/<w:footerReference w:type="default" r:id="[^"]+"\/>/);
    expect(footerText(footer)).toMatch(
      /^Briefing: Guinea · https:\/\/example\.org\/en\/briefings\/gn\/ · 2 January 2026\s*Page\s*PAGE\s*of\s*NUMPAGES\s*$/,
    );
    expect(footer).toMatch(/<w:fldChar w:fldCharType="begin"\/>/);
  });

  test('a one-pager in French: « Page n sur N »', async () => {
    const fr = briefingStrings('fr', useTranslations('fr'), { name: 'Rwanda Cooperation', href: 'https://example.org' });
    const model = onePagerDocx(solution(), fr, 'Fiche : Alpha', '2026-01-02', '/fr/briefings/solutions/alpha/');
    expect(model.footer).toEqual({
      title: 'Fiche : Alpha',
      url: '/fr/briefings/solutions/alpha/',
      date: '2 janvier 2026',
      pageOf: 'Page {n} sur {total}',
    });
    const [footer = ''] = (await parts(model)).footers;
    expect(footerText(footer)).toMatch(/Page\s*PAGE\s*sur\s*NUMPAGES/);
  });
});
