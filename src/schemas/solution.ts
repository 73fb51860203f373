/** A homegrown solution (`content/solutions/<slug>/index.mdx`), the canonical English entry. */
import { z } from 'astro/zod';
import {
  checkDisagreementFigures,
  checkUniqueIds,
  citationsOf,
  disagreementCitations,
  disagreementSchema,
  figureSchema,
  timelineItemSchema,
} from './claims.ts';
import { fullDate, oneOf, partialDate, sdg, sector, text, uniqueList } from './primitives.ts';
import { reference } from './reference.ts';
import { checkCitations, sourceId, sourceList } from './source.ts';
import { translationBase } from './translation.ts';
import { whatItTookCitations, whatItTookSchema } from './what-it-took.ts';

export const SOLUTION_STATUSES = ['active', 'piloting', 'ended'] as const;
export type SolutionStatus = (typeof SOLUTION_STATUSES)[number];

/** A dated milestone with its source: when the solution started or ended. */
const datedFact = z.strictObject({ date: partialDate, source: sourceId });

export const solutionSchema = z
  .strictObject({
    title: text(80).describe('The name of the solution in English, e.g. "Umucyo e-procurement".'),
    summary: text(200).describe('One sentence that says what it is, at most 200 characters.'),
    /** The Kinyarwanda name and its literal meaning in English, where there is one. */
    kinyarwanda: z
      .strictObject({
        name: text(60),
        meaning: text(120).optional(),
      })
      .optional(),
    sectors: uniqueList(sector, 'sector', (value) => value).min(1, { error: 'list at least one sector' }),
    sdgs: uniqueList(sdg, 'SDG', String).default([]),
    leadInstitution: reference('institutions').optional().describe('Leave out when no source names one.'),
    start: datedFact.optional().describe('When it started; leave out when sources conflict or say nothing.'),
    status: oneOf(SOLUTION_STATUSES, 'status').describe('active, piloting or ended (then give end).'),
    end: datedFact.optional().describe('Required when status is ended.'),
    figures: z.array(figureSchema).default([]).describe('Key figures, each value with its as-of date and its own source.'),
    timeline: z.array(timelineItemSchema).default([]).describe('Dated milestones, each with its source.'),
    whatItTook: whatItTookSchema
      .optional()
      .describe(
        'What it took: laws, institutions that run it, prerequisites, costs, pilot and national dates; leave out what no source gives.',
      ),
    related: uniqueList(reference('solutions'), 'related solution', (ref) => ref.id).default([]),
    disagreements: z
      .array(disagreementSchema)
      .default([])
      .describe('Facts the sources disagree on, each side with its source; shown as "Sources differ".'),
    sources: sourceList.describe('Every page the facts come from; cite them by id.'),
    lastReviewed: fullDate.describe('When an editor last checked every fact against the sources (YYYY-MM-DD).'),
    checked: fullDate.optional().describe('When someone last looked in public sources for news about this entry (YYYY-MM-DD).'),
  })
  .superRefine((entry, ctx) => {
    if (entry.status === 'ended' && !entry.end) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'is required when status is ended: add end: { date, source }' });
    }
    if (entry.status !== 'ended' && entry.end) {
      ctx.addIssue({ code: 'custom', path: ['status'], message: 'must be ended when an end date is given' });
    }
    if (entry.end && entry.start && entry.end.date < entry.start.date) {
      ctx.addIssue({ code: 'custom', path: ['end', 'date'], message: `is before the start date ${entry.start.date}` });
    }
    checkUniqueIds(ctx, {
      figures: entry.figures,
      timeline: entry.timeline,
      disagreements: entry.disagreements,
      'whatItTook.legalBasis': entry.whatItTook?.legalBasis,
      'whatItTook.prerequisites': entry.whatItTook?.prerequisites,
      'whatItTook.costs': entry.whatItTook?.costs,
    });
    checkDisagreementFigures(ctx, entry.disagreements, entry.figures);
    checkCitations(ctx, entry.sources, [
      ...(entry.start ? [{ path: ['start', 'source'], id: entry.start.source }] : []),
      ...(entry.end ? [{ path: ['end', 'source'], id: entry.end.source }] : []),
      ...citationsOf('figures', entry.figures),
      ...citationsOf('timeline', entry.timeline),
      ...disagreementCitations(entry.disagreements),
      ...whatItTookCitations(entry.whatItTook),
    ]);
  });
export type Solution = z.output<typeof solutionSchema>;

/** `content/solutions/<slug>/<lang>.mdx`: translatable text only. */
export const solutionTranslationSchema = z.strictObject({
  ...translationBase,
  title: text(80),
  summary: text(200),
  kinyarwandaMeaning: text(120).optional().describe('The literal meaning of the Kinyarwanda name in this language.'),
});
export type SolutionTranslation = z.output<typeof solutionTranslationSchema>;
