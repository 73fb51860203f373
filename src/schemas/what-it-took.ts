/**
 * What it took to build a solution (`whatItTook:` in a solution's canonical entry): the laws it
 * rests on, the institutions that run it, what it needs in place, what it cost and who paid, and
 * when it was piloted and reached national scale. Every item cites one of the entry's sources;
 * the pilot-to-national duration is computed from the two dates, never written by hand.
 * Translations give each item's text under `labels` by its id, like figures and timeline items.
 */
import { z } from 'astro/zod';
import { QUALIFIERS, claimWith } from './claims.ts';
import { oneOf, partialDate, slug, text, uniqueList } from './primitives.ts';
import { reference } from './reference.ts';
import { sourceId } from './source.ts';

/** The currencies a cost may be given in; labels per language live in `src/i18n/`. */
export const COST_CURRENCIES = ['rwf', 'usd'] as const;
export type CostCurrency = (typeof COST_CURRENCIES)[number];

/** A law, decree or policy the solution rests on. */
export const legalInstrumentSchema = z.strictObject({
  id: slug,
  text: text(200).describe('The instrument as its source names it, in English: "Organic law setting up Gacaca courts".'),
  date: partialDate.describe('When it was adopted or published, to the precision the source gives.'),
  source: sourceId,
});
export type LegalInstrument = z.output<typeof legalInstrumentSchema>;

/** Something that had to be in place for the solution to work (a network, a registry, trained staff). */
export const prerequisiteSchema = claimWith(text(300).describe('What had to be in place, in English, in your own words.'));
export type Prerequisite = z.output<typeof prerequisiteSchema>;

/** What something cost, and who paid where the source says. */
export const costSchema = z.strictObject({
  id: slug,
  label: text(160).describe('What the money paid for, in English: "Running the courts over ten years".'),
  value: z.number({ error: 'must be a number without thousands separators, e.g. 30000000000' }).positive({ error: 'must be more than 0' }),
  qualifier: oneOf(QUALIFIERS, 'qualifier').default('exact').describe('exact, about, more-than or at-least.'),
  currency: oneOf(COST_CURRENCIES, 'currency').describe('rwf or usd, as the source gives it (never converted).'),
  paidBy: uniqueList(reference('institutions'), 'payer', (ref) => ref.id)
    .default([])
    .describe('The institutions the source says paid; leave out when it does not say.'),
  asOf: partialDate.describe('The date or period end the cost describes.'),
  source: sourceId,
});
export type Cost = z.output<typeof costSchema>;

/** An institution that runs the solution, and the source that says so. */
export const runnerSchema = z.strictObject({
  institution: reference('institutions').describe('An id listed in content/institutions.yaml.'),
  source: sourceId,
});
export type Runner = z.output<typeof runnerSchema>;

/** A dated step on the way to national scale, with its source. */
const scaleDate = z.strictObject({ date: partialDate, source: sourceId });

export const whatItTookSchema = z
  .strictObject({
    legalBasis: z.array(legalInstrumentSchema).default([]).describe('Laws, decrees and policies it rests on, oldest first.'),
    runBy: uniqueList(runnerSchema, 'institution', (runner) => runner.institution.id)
      .default([])
      .describe('Institutions that run it, each with the source that says so.'),
    prerequisites: z.array(prerequisiteSchema).default([]).describe('What had to be in place (infrastructure, registries, people).'),
    costs: z.array(costSchema).default([]).describe('What it cost and who paid, each with its as-of date and source.'),
    pilot: scaleDate.optional().describe('When the pilot began.'),
    national: scaleDate.optional().describe('When it reached the whole country.'),
  })
  .superRefine((block, ctx) => {
    const empty =
      block.legalBasis.length + block.runBy.length + block.prerequisites.length + block.costs.length === 0 &&
      !block.pilot &&
      !block.national;
    if (empty) {
      ctx.addIssue({
        code: 'custom',
        message: 'is empty; give at least one of legalBasis, runBy, prerequisites, costs, pilot or national, or remove whatItTook',
      });
    }
    if (block.pilot && block.national && block.national.date < block.pilot.date.slice(0, block.national.date.length)) {
      ctx.addIssue({
        code: 'custom',
        path: ['national', 'date'],
        message: `is before the pilot (${block.pilot.date}); national scale comes after the pilot`,
      });
    }
    block.legalBasis.forEach((item, index) => {
      const previous = block.legalBasis[index - 1];
      if (previous && previous.date > item.date) {
        ctx.addIssue({
          code: 'custom',
          path: ['legalBasis', index, 'date'],
          message: `is before the instrument above it (${previous.date}); list instruments oldest first`,
        });
      }
    });
  });
export type WhatItTook = z.output<typeof whatItTookSchema>;

/** The block's `source:` citations with their paths (under `whatItTook`), for `checkCitations`. */
export function whatItTookCitations(block: WhatItTook | undefined): { path: (string | number)[]; id: string }[] {
  if (!block) return [];
  const items = (field: 'legalBasis' | 'runBy' | 'prerequisites' | 'costs', list: ReadonlyArray<{ source: string }>) =>
    list.map((item, index) => ({ path: ['whatItTook', field, index, 'source'], id: item.source }));
  return [
    ...items('legalBasis', block.legalBasis),
    ...items('runBy', block.runBy),
    ...items('prerequisites', block.prerequisites),
    ...items('costs', block.costs),
    ...(block.pilot ? [{ path: ['whatItTook', 'pilot', 'source'], id: block.pilot.source }] : []),
    ...(block.national ? [{ path: ['whatItTook', 'national', 'source'], id: block.national.source }] : []),
  ];
}
