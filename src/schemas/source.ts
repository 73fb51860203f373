/** A published source and the list of sources every entry carries. */
import { z } from 'astro/zod';
import { fullDate, httpsUrl, oneOf, partialDate, slug, text, uniqueList } from './primitives.ts';

export const SOURCE_LANGUAGES = ['en', 'fr', 'rw', 'other'] as const;

/**
 * What kind of body published a source, so a reader can tell an official record from a press
 * report. Labels per language live in `src/i18n/`.
 */
export const SOURCE_KINDS = [
  'rwanda-government',
  'rwanda-cooperation',
  'other-government',
  'intergovernmental',
  'press',
  'academic',
  'ngo-company',
  'other',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Kinds that count as an official record of what a government or the UN did. */
export const OFFICIAL_SOURCE_KINDS: readonly SourceKind[] = [
  'rwanda-government',
  'rwanda-cooperation',
  'other-government',
  'intergovernmental',
];

export const sourceKind = z.enum(SOURCE_KINDS, {
  error: (issue) =>
    issue.input === undefined
      ? `is required: say who published the page, one of: ${SOURCE_KINDS.join(', ')}`
      : `${JSON.stringify(issue.input)} is not a known source kind; use one of: ${SOURCE_KINDS.join(', ')}`,
});

export const sourceSchema = z
  .strictObject({
    id: slug.describe('Short id that figures, stages and timeline items cite, e.g. `newtimes-2017-03`.'),
    kind: sourceKind.describe(
      'Who published it: rwanda-government, rwanda-cooperation, other-government, intergovernmental (UN, World Bank, AU...), press, academic, ngo-company or other.',
    ),
    title: text(300).describe('The title as published, in its own language.'),
    publisher: text(120).describe('Who published it: a ministry, a newspaper, a UN agency.'),
    url: httpsUrl,
    archived: httpsUrl.optional().describe('A web archive copy of the page (https://web.archive.org/...), shown when the page is gone.'),
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

/**
 * A citation: the id of one of the entry's own sources. `x-source` tells the CMS to offer the
 * entry's sources by title (src/admin/config.ts) instead of a text field.
 */
export const sourceId = slug.meta({ description: "id of one of this entry's sources", 'x-source': true });

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
