/**
 * A sweep record (`content/<collection>/<slug>/sweep.yaml`): every search someone ran for news
 * about an entry, and every result they considered with what they decided. It lets a reader audit
 * what was looked at and left out. Validated by the content check; never loaded by the site.
 * Whether a result's `source` names one of the entry's sources is checked against the entry by
 * `src/checks/sweep-checks.ts`.
 */
import { z } from 'astro/zod';
import { fullDate, httpsUrl, oneOf, partialDate, text } from './primitives.ts';
import { sourceId } from './source.ts';

/** The search tools a query was run with (the search corpus, or the exact-string finder). */
export const SWEEP_TOOLS = ['pages', 'issues', 'docs', 'code', 'find_string'] as const;

/** What was done with a result. */
export const SWEEP_DECISIONS = ['added', 'already-cited', 'disagreement', 'not-relevant', 'not-reliable', 'left-out'] as const;
export type SweepDecision = (typeof SWEEP_DECISIONS)[number];

/** Decisions that cite the page in the entry: the result names the source id it is cited as. */
export const CITING_DECISIONS: readonly SweepDecision[] = ['added', 'already-cited', 'disagreement'];
/** Decisions that leave the page out: the result says why, in a note. */
export const EXPLAINED_DECISIONS: readonly SweepDecision[] = ['not-relevant', 'not-reliable', 'left-out'];

const PRIMARY_LANGUAGE = /^[a-z]{2,3}$/;
const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/** A BCP 47 primary language tag that names a real language: `en`, `fr`, `pt`, `rw`, `sw`. */
export const languageTag = z.string({ error: 'must be a language tag such as "en", "fr" or "pt"' }).superRefine((value, ctx) => {
  if (!PRIMARY_LANGUAGE.test(value)) {
    ctx.addIssue({
      code: 'custom',
      message: `must be a lower-case primary language tag of 2 or 3 letters, such as "en", "fr", "pt" or "rw" (got ${JSON.stringify(value)})`,
    });
  } else if (languageNames.of(value) === value) {
    ctx.addIssue({ code: 'custom', message: `"${value}" is not a known language; use its ISO 639 code, such as "en", "fr", "pt" or "rw"` });
  }
});

export const sweepQuerySchema = z.strictObject({
  text: text(300).describe('The query exactly as it was run.'),
  language: languageTag.describe('The language of the query, as a BCP 47 primary tag: en, fr, pt, ar, rw, sw...'),
  tool: oneOf(SWEEP_TOOLS, 'search tool').describe('The search tool or corpus used: pages, issues, docs, code or find_string.'),
});
export type SweepQuery = z.output<typeof sweepQuerySchema>;

export const sweepResultSchema = z
  .strictObject({
    url: httpsUrl.describe('The page considered.'),
    title: text(300).describe('Its title as the page gives it.'),
    published: partialDate.optional().describe('Its publication date, to the precision the page shows; leave out when it shows none.'),
    decision: oneOf(SWEEP_DECISIONS, 'decision').describe(
      'added, already-cited, disagreement (cited in the entry), or not-relevant, not-reliable, left-out (not cited; say why in note).',
    ),
    source: sourceId.optional().describe('The id the page is cited as in the entry; required for added, already-cited and disagreement.'),
    note: text(600).optional().describe('One sentence in your own words: what the page says and why this decision.'),
  })
  .superRefine((result, ctx) => {
    if (CITING_DECISIONS.includes(result.decision) && result.source === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['source'],
        message: `is required when decision is ${result.decision}: add source: with the id the page is cited as under the entry's sources:`,
      });
    }
    if (EXPLAINED_DECISIONS.includes(result.decision) && result.note === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['note'],
        message: `is required when decision is ${result.decision}: add note: with one sentence saying what the page says and why it is ${result.decision}`,
      });
    }
  });
export type SweepResult = z.output<typeof sweepResultSchema>;

export const sweepRunSchema = z
  .strictObject({
    date: fullDate.describe('The day the sweep was run (YYYY-MM-DD).'),
    queries: z
      .array(sweepQuerySchema)
      .min(1, { error: 'a run needs at least one query: list every query you ran, with its language and tool' })
      .describe('Every query actually run, in the languages of the country.'),
    results: z.array(sweepResultSchema).default([]).describe('Every result considered, used or not.'),
  })
  .superRefine((run, ctx) => {
    run.results.forEach((result, index) => {
      if (result.published !== undefined && result.published > run.date.slice(0, result.published.length)) {
        ctx.addIssue({
          code: 'custom',
          path: ['results', index, 'published'],
          message: `is after the run's date ${run.date}; a page cannot be considered before it is published: check both dates`,
        });
      }
    });
  });
export type SweepRun = z.output<typeof sweepRunSchema>;

export const sweepSchema = z
  .strictObject({
    runs: z
      .array(sweepRunSchema)
      .min(1, { error: 'a sweep record needs at least one run: add runs: with the date, queries and results of your sweep' })
      .describe('Every sweep run for this entry, oldest first; a later sweep appends a run.'),
  })
  .superRefine((sweep, ctx) => {
    sweep.runs.forEach((run, index) => {
      const previous = sweep.runs[index - 1];
      if (previous && previous.date > run.date) {
        ctx.addIssue({
          code: 'custom',
          path: ['runs', index, 'date'],
          message: `is before the run before it (${previous.date}); list runs oldest first and append a new run at the end`,
        });
      }
    });
  });
export type Sweep = z.output<typeof sweepSchema>;

/** The date of the latest run of a valid sweep record. */
export function latestRun(sweep: Sweep): string {
  return sweep.runs.reduce((latest, run) => (run.date > latest ? run.date : latest), '');
}
