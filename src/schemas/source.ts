/** A published source and the list of sources every entry carries. */
import { z } from 'astro/zod';
import { fullDate, httpsUrl, oneOf, partialDate, slug, text, uniqueList } from './primitives.ts';

export const SOURCE_LANGUAGES = ['en', 'fr', 'rw', 'other'] as const;

export const sourceSchema = z
  .strictObject({
    id: slug.describe('Short id that figures, stages and timeline items cite, e.g. `newtimes-2017-03`.'),
    title: text(300).describe('The title as published, in its own language.'),
    publisher: text(120).describe('Who published it: a ministry, a newspaper, a UN agency.'),
    url: httpsUrl,
    published: partialDate.optional().describe('Publication date, to the precision shown on the page; leave out when the page shows none.'),
    accessed: fullDate.describe('When an editor last read the page.'),
    language: oneOf(SOURCE_LANGUAGES, 'source language').default('en').describe('Language of the page: en, fr, rw (Kinyarwanda) or other.'),
  })
  .superRefine((source, ctx) => {
    if (
      source.published &&
      /^\d{4}/.test(source.published) &&
      /^\d{4}-\d{2}-\d{2}$/.test(source.accessed) &&
      source.published > source.accessed
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['published'],
        message: `is after the accessed date ${source.accessed}; a page cannot be read before it is published`,
      });
    }
  });
export type Source = z.output<typeof sourceSchema>;

/** At least one source; ids unique within the entry. */
export const sourceList = uniqueList(sourceSchema, 'source id', (source) => source.id).min(1, {
  error: 'an entry needs at least one source; add the page(s) its facts come from under sources:',
});

export const sourceId = slug.describe("id of one of this entry's sources");

/**
 * Reports every `source:` field (found by the given paths) that names no source of the entry.
 * Used by each collection's superRefine.
 */
export function checkCitations(
  ctx: z.RefinementCtx,
  sources: readonly Source[] | undefined,
  citations: ReadonlyArray<{ path: (string | number)[]; id: string }>,
): void {
  if (!sources) return;
  const known = new Set(sources.map((source) => source.id));
  for (const citation of citations) {
    if (!known.has(citation.id)) {
      ctx.addIssue({
        code: 'custom',
        path: citation.path,
        message: `cites "${citation.id}", which is not in this entry's sources; add it under sources: or use one of: ${[...known].join(', ')}`,
      });
    }
  }
}
