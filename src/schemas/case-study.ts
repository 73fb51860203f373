/** An adoption record (`content/case-studies/<slug>/index.mdx`): one country, its lifecycle of stages. */
import { z } from 'astro/zod';
import {
  checkDisagreementFigures,
  checkUniqueIds,
  citationsOf,
  disagreementCitations,
  disagreementSchema,
  claimSchema,
  timelineItemSchema,
} from './claims.ts';
import { fullDate, oneOf, partialDate, slug, text, uniqueList } from './primitives.ts';
import { reference } from './reference.ts';
import { checkCitations, sourceId, sourceList } from './source.ts';
import { translationBase } from './translation.ts';

import { STAGES } from './stages.ts';

export { STAGES, type Stage } from './stages.ts';

export const stageSchema = z
  .strictObject({
    id: slug,
    stage: oneOf(STAGES, 'stage'),
    date: partialDate,
    source: sourceId,
    also: uniqueList(sourceId, 'source', (id) => id)
      .optional()
      .describe('More source ids supporting the same stage, e.g. an official page beside a press report.'),
    uncorroborated: fullDate
      .optional()
      .describe(
        'When someone last looked for an official source for this stage and found none (stages beyond study-visit resting on press or NGO sources).',
      ),
    text: text(400).describe('What happened, in English.'),
    localName: text(60).optional().describe("The name the country gave its version; required for an `adapted` stage (Guinea's TELEMO)."),
  })
  .superRefine((stage, ctx) => {
    if (stage.stage === 'adapted' && !stage.localName) {
      ctx.addIssue({
        code: 'custom',
        path: ['localName'],
        message: 'is required for an adapted stage: the name the country gave its version',
      });
    }
  });
export type CaseStudyStage = z.output<typeof stageSchema>;

export const caseStudySchema = z
  .strictObject({
    title: text(120),
    summary: text(240),
    country: reference('countries').describe(
      'The country, by its lower-case ISO code; add it under Countries (content/countries/<code>.yaml) before its first case study.',
    ),
    solutions: uniqueList(reference('solutions'), 'solution', (ref) => ref.id).min(1, {
      error: 'list at least one solution this country studied or adopted',
    }),
    counterpart: reference('institutions').optional().describe("The country's own institution that led the work, when known."),
    partners: uniqueList(reference('institutions'), 'partner', (ref) => ref.id)
      .default([])
      .describe('Rwandan institutions and partners involved (Rwanda Cooperation, RPPA, UNDP...).'),
    stages: z
      .array(stageSchema)
      .min(1, { error: 'add at least one stage (a study visit, an agreement...) with its date and source' })
      .describe('Lifecycle stages, oldest first; record only what a source shows.'),
    timeline: z
      .array(timelineItemSchema)
      .default([])
      .describe('Other dated events that are not lifecycle stages (a needs-assessment mission).'),
    adaptation: text(600).optional().describe('What was changed from the Rwandan model, in English.'),
    outcomes: z.array(claimSchema).default([]),
    disagreements: z
      .array(disagreementSchema)
      .default([])
      .describe('Facts the sources disagree on, each side with its source; shown as "Sources differ".'),
    sources: sourceList.describe('Every page the facts come from; cite them by id.'),
    lastReviewed: fullDate.describe('When an editor last checked every fact against the sources (YYYY-MM-DD).'),
    checked: fullDate.optional().describe('When someone last looked in public sources for news about this entry (YYYY-MM-DD).'),
  })
  .superRefine((entry, ctx) => {
    entry.stages.forEach((stage, index) => {
      const previous = entry.stages[index - 1];
      if (previous && previous.date > stage.date) {
        ctx.addIssue({
          code: 'custom',
          path: ['stages', index, 'date'],
          message: `is before the previous stage (${previous.date}); list stages oldest first`,
        });
      }
    });
    checkUniqueIds(ctx, { stages: entry.stages, timeline: entry.timeline, outcomes: entry.outcomes, disagreements: entry.disagreements });
    checkDisagreementFigures(ctx, entry.disagreements, undefined);
    checkCitations(ctx, entry.sources, [
      ...citationsOf('stages', entry.stages),
      ...entry.stages.flatMap((stage, index) =>
        (stage.also ?? []).map((id, alsoIndex) => ({ path: ['stages', index, 'also', alsoIndex], id })),
      ),
      ...citationsOf('timeline', entry.timeline),
      ...disagreementCitations(entry.disagreements),
      ...citationsOf('outcomes', entry.outcomes),
    ]);
  });
export type CaseStudy = z.output<typeof caseStudySchema>;

/** `content/case-studies/<slug>/<lang>.mdx`: translatable text only. */
export const caseStudyTranslationSchema = z.strictObject({
  ...translationBase,
  adaptation: text(600).optional(),
});
export type CaseStudyTranslation = z.output<typeof caseStudyTranslationSchema>;
