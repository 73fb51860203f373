/** The Word versions of a one-pager and a country briefing, from the fixture catalogue, read back with mammoth. */
import mammoth from 'mammoth';
import { describe, expect, test, vi } from 'vitest';
import { briefingDocxBuffer } from '#src/lib/briefing-docx.ts';
import { countryDocx, onePagerDocx } from './briefing-docx.ts';
import { countryBriefings, onePagers } from './briefings.ts';
import { getCatalogue } from './catalogue.ts';

vi.mock('astro:content', async () => (await import('./test-catalogue.ts')).mockedAstroContent());

const en = await getCatalogue('en');
const alpha = onePagers(en).find((pager) => pager.solution.slug === 'alpha');
const guinea = countryBriefings(en).find((briefing) => briefing.country.code === 'gn');
if (!alpha || !guinea) throw new Error('the fixture catalogue lost Alpha or Guinea');

describe('one-pager', () => {
  const model = onePagerDocx('en', alpha, 'https://example.org/en/briefings/solutions/alpha/', '2026-01-02');

  test('title, quoted passages, facts and figures, each figure citing its numbered source', () => {
    expect(model.title).toBe('One-page summary: Alpha registry');
    expect(model.parts[0]?.paragraphs.map((p) => p.text)).toEqual([
      'A made-up registry.',
      'Records were lost. Nobody could find them.',
      'Every record is kept once.',
    ]);
    expect(model.parts[0]?.facts).toContainEqual(['Lead institution', 'Agency A (https://example.org/a)']);
    expect(model.parts[0]?.figures[0]?.values[0]).toMatch(/^10 \(as of 2019\) \[1\]$/);
    expect(model.sources.map((s) => s.url)).toEqual(['https://example.org/page']);
  });

  test('the Word file holds them', async () => {
    const { value: text } = await mammoth.extractRawText({
      buffer: Buffer.from(await briefingDocxBuffer(model, new Date('2026-01-02T00:00:00Z'))),
    });
    expect(text).toContain('One-page summary: Alpha registry');
    expect(text).toContain('Records were lost. Nobody could find them.');
    expect(text).toContain('https://example.org/page');
  });
});

describe('country briefing', () => {
  const model = countryDocx('en', guinea, 'https://example.org/en/briefings/gn/', '2026-01-02');

  test('the lifecycle table, one row per stage in date order, citing the merged sources by number', () => {
    expect(model.title).toBe('Briefing: Guinea');
    expect(model.parts[0]?.table?.slice(1).map((row) => [row[0], row[1], row[3]])).toEqual([
      ['Alpha registry', 'Study visit', 'Ministry [1]'],
      ['Beta courts', 'Study visit', 'Ministry [1]'],
      ['Alpha registry', 'Adopted', 'Ministry [1]'],
    ]);
    expect(model.contents).toEqual(['What Guinea studied or adopted', 'Alpha registry', 'Beta courts']);
  });
});
