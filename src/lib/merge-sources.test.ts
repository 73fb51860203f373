import { describe, expect, it } from 'vitest';
import type { Source } from '#src/schemas/source.ts';
import { mergeSources } from './merge-sources.ts';

const source = (id: string, url: string): Source => ({
  id,
  title: id,
  publisher: 'The New Times',
  kind: 'press',
  url,
  accessed: '2026-11-01',
  language: 'en',
});

describe('mergeSources', () => {
  it('keeps one source per URL, in first-seen order', () => {
    const a = source('nt', 'https://example.org/a');
    const b = source('rgb', 'https://example.org/b');
    expect(mergeSources([[a, b], [source('other-id', 'https://example.org/a')]])).toEqual([a, b]);
  });

  it('renames a later source whose id another entry already used for a different page', () => {
    const merged = mergeSources([
      [source('newtimes-2016-11', 'https://example.org/a')],
      [source('newtimes-2016-11', 'https://example.org/b'), source('newtimes-2016-11-2', 'https://example.org/c')],
    ]);
    expect(merged.map((s) => [s.id, s.url])).toEqual([
      ['newtimes-2016-11', 'https://example.org/a'],
      ['newtimes-2016-11-2', 'https://example.org/b'],
      ['newtimes-2016-11-2-2', 'https://example.org/c'],
    ]);
  });
});
