/**
 * Statements of fact inside an entry: key figures, timeline items, stages' notes, outcomes.
 * Each has an id (so a translation can give its text in another language) and its own source.
 */
import { z } from 'astro/zod';
import { oneOf, partialDate, slug, text, uniqueList } from './primitives.ts';
import { NOTE_LABEL_SUFFIX } from './content-model.ts';
import { sourceId } from './source.ts';
import { precisionOf } from './dates.ts';

export const FIGURE_UNITS = ['count', 'percent', 'rwf', 'usd', 'days', 'years'] as const;
export type FigureUnit = (typeof FIGURE_UNITS)[number];

export const QUALIFIERS = ['exact', 'about', 'more-than', 'at-least'] as const;

/** What a source says of an as-of date beyond the date itself: `end-of-year` for "at the end of 2018". */
export const AS_OF_QUALIFIERS = ['end-of-year'] as const;
export type AsOfQualifier = (typeof AS_OF_QUALIFIERS)[number];

/** One dated value of a key figure. */
export const figureValueSchema = z
  .strictObject({
    value: z
      .number({ error: 'must be a number without thousands separators, e.g. 1958634' })
      .nonnegative({ error: 'must not be negative' }),
    qualifier: oneOf(QUALIFIERS, 'qualifier')
      .default('exact')
      .describe('How exact the value is: exact, about, more-than or at-least (">2,000" is more-than).'),
    asOf: partialDate.describe('The date the value describes (not the date it was published).'),
    asOfQualifier: oneOf(AS_OF_QUALIFIERS, 'asOfQualifier')
      .optional()
      .describe(
        'Only when the source says so: end-of-year for a value "at the end of 2018" (asOf: 2018), read "as of end 2018", « à fin 2018 ».',
      ),
    source: sourceId,
  })
  .superRefine((point, ctx) => {
    if (point.asOfQualifier === 'end-of-year' && precisionOf(point.asOf) !== 'year') {
      ctx.addIssue({
        code: 'custom',
        path: ['asOf'],
        message: `is ${point.asOf}, but asOfQualifier: end-of-year needs the year alone; write asOf: ${point.asOf.slice(0, 4)}`,
      });
    }
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

/** A sourced statement with an id, its text bounded and described by the caller (a prerequisite's is shorter). */
export function claimWith<T extends z.ZodType>(statement: T) {
  return z.strictObject({ id: slug, text: statement, source: sourceId });
}

/** A sourced statement with an id: an outcome, an aim. */
export const claimSchema = claimWith(text(400).describe('The statement, in English, in your own words.'));
export type Claim = z.output<typeof claimSchema>;

/** A dated, sourced statement: a timeline item. */
export const timelineItemSchema = z.strictObject({
  id: slug,
  date: partialDate,
  text: text(400),
  source: sourceId,
});
export type TimelineItem = z.output<typeof timelineItemSchema>;

/** One side of a disagreement: what one source (or several saying the same) states. */
export const disagreementSideSchema = z.strictObject({
  id: slug.describe('Id a translation labels this side by.'),
  text: text(400).describe('What this side says, in English, in your own words; quote word for word only in quotation marks.'),
  source: sourceId,
  also: uniqueList(sourceId, 'source', (id) => id)
    .optional()
    .describe('More source ids saying the same.'),
});
export type DisagreementSide = z.output<typeof disagreementSideSchema>;

/**
 * A fact published sources disagree on, shown to readers as "Sources differ" with each side and
 * its citation, never resolved silently. Translations give `text` and each side's text by id, and
 * the note under `<id>-note`.
 */
export const disagreementSchema = z.strictObject({
  id: slug,
  text: text(200).describe('What is disputed, in English: "Whether Umucyo was the first nationwide e-procurement system in Africa".'),
  sides: z
    .array(disagreementSideSchema)
    .min(2, { error: 'a disagreement needs at least two sides, each with what it says and its source' })
    .describe('What each source says, with its source.'),
  note: text(400).optional().describe('Optional context in English (what each side may refer to); translated under labels as <id>-note.'),
  figure: slug
    .optional()
    .describe(
      'The id of the key figure it is about, if any: the figure then points readers to it, and one-pagers show it with the figure.',
    ),
});
export type Disagreement = z.output<typeof disagreementSchema>;

/** Reports a disagreement's `figure:` that names no key figure of the entry (`figures` undefined: the entry has none). */
export function checkDisagreementFigures(
  ctx: z.RefinementCtx,
  disagreements: readonly Disagreement[],
  figures: ReadonlyArray<{ id: string }> | undefined,
): void {
  const known = new Set((figures ?? []).map((figure) => figure.id));
  disagreements.forEach((item, index) => {
    if (item.figure === undefined || known.has(item.figure)) return;
    ctx.addIssue({
      code: 'custom',
      path: ['disagreements', index, 'figure'],
      message:
        figures === undefined
          ? 'names a key figure, but this kind of entry has none; remove figure:'
          : `names "${item.figure}", which is not a key figure of this entry; use one of: ${[...known].join(', ') || '(none)'}, or remove figure:`,
    });
  });
}

/** The `source:` and `also:` citations of disagreements, with their paths, for `checkCitations`. */
export function disagreementCitations(items: readonly Disagreement[] | undefined): { path: (string | number)[]; id: string }[] {
  return (items ?? []).flatMap((item, index) =>
    item.sides.flatMap((side, sideIndex) => [
      { path: ['disagreements', index, 'sides', sideIndex, 'source'], id: side.source },
      ...(side.also ?? []).map((id, alsoIndex) => ({ path: ['disagreements', index, 'sides', sideIndex, 'also', alsoIndex], id })),
    ]),
  );
}

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

/**
 * Reports label keys used twice among an entry's figures, claims and disagreements (translations
 * key their text by id; a disagreement's sides by their ids and its note by `<id>-note`).
 */
export function checkUniqueIds(
  ctx: z.RefinementCtx,
  groups: Record<string, ReadonlyArray<{ id: string; sides?: ReadonlyArray<{ id: string }>; note?: string | undefined }> | undefined>,
): void {
  const seen = new Map<string, string>();
  const claim = (key: string, path: (string | number)[], where: string) => {
    const first = seen.get(key);
    if (first) {
      ctx.addIssue({ code: 'custom', path, message: `id "${key}" is already used by ${first}; ids must be unique within an entry` });
    } else {
      seen.set(key, where);
    }
  };
  for (const [field, items] of Object.entries(groups)) {
    (items ?? []).forEach((item, index) => {
      const where = `${field}[${index}]`;
      // `whatItTook.costs` is the list `costs` inside the object `whatItTook`.
      const at = [...field.split('.'), index];
      claim(item.id, [...at, 'id'], where);
      (item.sides ?? []).forEach((side, sideIndex) => claim(side.id, [...at, 'sides', sideIndex, 'id'], `${where}.sides[${sideIndex}]`));
      if (item.note !== undefined) claim(`${item.id}${NOTE_LABEL_SUFFIX}`, [...at, 'note'], `the note of ${where}`);
    });
  }
}
