/**
 * Statements of fact inside an entry: key figures, timeline items, stages' notes, outcomes.
 * Each has an id (so a translation can give its text in another language) and its own source.
 */
import { z } from 'astro/zod';
import { oneOf, partialDate, slug, text } from './primitives.ts';
import { sourceId } from './source.ts';

export const FIGURE_UNITS = ['count', 'percent', 'rwf', 'usd', 'days', 'years'] as const;
export type FigureUnit = (typeof FIGURE_UNITS)[number];

export const QUALIFIERS = ['exact', 'about', 'more-than', 'at-least'] as const;

/** One dated value of a key figure. */
export const figureValueSchema = z.strictObject({
  value: z.number({ error: 'must be a number without thousands separators, e.g. 1958634' }).nonnegative({ error: 'must not be negative' }),
  qualifier: oneOf(QUALIFIERS, 'qualifier')
    .default('exact')
    .describe('How exact the value is: exact, about, more-than or at-least (">2,000" is more-than).'),
  asOf: partialDate.describe('The date the value describes (not the date it was published).'),
  source: sourceId,
});

/**
 * Values must be listed oldest first. Two values may share an as-of date only when their sources
 * differ: that is a disagreement between sources, shown to readers as "Sources differ".
 */
function checkChronology(figure: { values: ReadonlyArray<{ asOf: string; source: string }> }, ctx: z.RefinementCtx): void {
  figure.values.forEach((point, index) => {
    const previous = figure.values[index - 1];
    if (!previous) return;
    if (previous.asOf > point.asOf) {
      ctx.addIssue({
        code: 'custom',
        path: ['values', index, 'asOf'],
        message: `must not be before the value before it (${previous.asOf}); list values oldest first`,
      });
      return;
    }
    if (previous.asOf === point.asOf) {
      const same = figure.values.slice(0, index).find((other) => other.asOf === point.asOf && other.source === point.source);
      if (same) {
        ctx.addIssue({
          code: 'custom',
          path: ['values', index, 'asOf'],
          message: `repeats the as-of date ${point.asOf} with the same source "${point.source}"; keep one value, or cite the other source when sources differ`,
        });
      }
    }
  });
}

/**
 * A key figure whose label has the given shape: one value, or a series of dated values of the
 * same measure (Irembo's number of online services over the years), oldest first.
 */
export function figureWithLabel<L extends z.ZodType>(label: L) {
  return z
    .strictObject({
      id: slug,
      /** What is counted, e.g. "Genocide cases tried". */
      label,
      unit: oneOf(FIGURE_UNITS, 'unit').describe('count, percent, rwf, usd, days or years.'),
      values: z.array(figureValueSchema).min(1, { error: 'a key figure needs at least one value with asOf and source' }),
    })
    .superRefine(checkChronology);
}

/** A key figure of an entry, labelled in English (translations relabel it by id). */
export const figureSchema = figureWithLabel(text(120));
export type Figure = z.output<typeof figureSchema>;

/** A sourced statement with an id: an outcome, an aim. */
export const claimSchema = z.strictObject({
  id: slug,
  text: text(400).describe('The statement, in English, in your own words.'),
  source: sourceId,
});
export type Claim = z.output<typeof claimSchema>;

/** A dated, sourced statement: a timeline item. */
export const timelineItemSchema = z.strictObject({
  id: slug,
  date: partialDate,
  text: text(400),
  source: sourceId,
});
export type TimelineItem = z.output<typeof timelineItemSchema>;

/** Lists the `source:` citations of figures and claims, with their paths, for `checkCitations`. */
export function citationsOf(
  field: string,
  items: ReadonlyArray<{ source?: string; values?: ReadonlyArray<{ source: string }> }> | undefined,
): { path: (string | number)[]; id: string }[] {
  return (items ?? []).flatMap((item, index) =>
    item.values
      ? item.values.map((point, valueIndex) => ({ path: [field, index, 'values', valueIndex, 'source'], id: point.source }))
      : item.source === undefined
        ? []
        : [{ path: [field, index, 'source'], id: item.source }],
  );
}

/** Reports ids used twice among an entry's figures and claims (translations key their text by id). */
export function checkUniqueIds(ctx: z.RefinementCtx, groups: Record<string, ReadonlyArray<{ id: string }> | undefined>): void {
  const seen = new Map<string, string>();
  for (const [field, items] of Object.entries(groups)) {
    (items ?? []).forEach((item, index) => {
      const where = `${field}[${index}]`;
      const first = seen.get(item.id);
      if (first) {
        ctx.addIssue({
          code: 'custom',
          path: [field, index, 'id'],
          message: `id "${item.id}" is already used by ${first}; ids must be unique within an entry`,
        });
      } else {
        seen.set(item.id, where);
      }
    });
  }
}
