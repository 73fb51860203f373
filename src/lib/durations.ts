/**
 * How long things took, computed from dates known to a precision (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`),
 * never written by hand: a solution's pilot to national scale, and an adopter's first visit to
 * agreement and agreement to first use.
 *
 * The rule, so that a span never claims more precision than its dates:
 * - both dates known at least to the month: whole months, counted by calendar month; when both
 *   are known to the day, a month counts only once its day is reached (20 Nov to 14 Nov next
 *   year is 11 months, not 12);
 * - either date known only to the year: whole years (the difference of the years);
 * - a span of zero (the same month, or the same year when one date is only a year), or a later
 *   date before the earlier, gives nothing: "0 years" would say less than the dates do.
 */
import type { PartialDate } from '#src/schemas/dates.ts';
import { precisionOf } from '#src/schemas/dates.ts';
import type { Stage } from '#src/schemas/case-study.ts';

export interface Span {
  value: number;
  unit: 'months' | 'years';
}

/** The whole months or years from `from` to `to` (see the module's rule), or undefined. */
export function spanBetween(from: PartialDate, to: PartialDate): Span | undefined {
  const [fy = 0, fm, fd] = from.split('-').map(Number);
  const [ty = 0, tm, td] = to.split('-').map(Number);
  if (precisionOf(from) === 'year' || precisionOf(to) === 'year') {
    const years = ty - fy;
    return years > 0 ? { value: years, unit: 'years' } : undefined;
  }
  let months = (ty - fy) * 12 + ((tm ?? 1) - (fm ?? 1));
  if (fd !== undefined && td !== undefined && td < fd) months -= 1;
  return months > 0 ? { value: months, unit: 'months' } : undefined;
}

/** Stages that count as a country's first use of a solution. */
export const FIRST_USE_STAGES: readonly Stage[] = ['pilot', 'adopted', 'adapted'];

/** A computed span between two dated stages, with the dates and the ids of the stages it comes from. */
export interface StageSpan extends Span {
  from: { id: string; date: PartialDate };
  to: { id: string; date: PartialDate };
}

/** What an adopter's stages say about how long it took. Keys are absent when not computable. */
export interface AdopterDurations {
  /** From the first study visit to the first agreement after it. */
  visitToAgreement?: StageSpan;
  /** From the first agreement to the first pilot, adoption or adapted version after it. */
  agreementToUse?: StageSpan;
}

type DatedStage = { id: string; stage: Stage; date: PartialDate };

/** The earliest stage of one of `kinds`, on or after `after` (compared on their common precision). */
function firstOf(stages: readonly DatedStage[], kinds: readonly Stage[], after?: PartialDate): DatedStage | undefined {
  return stages
    .filter((stage) => kinds.includes(stage.stage))
    .filter((stage) => after === undefined || stage.date >= after.slice(0, stage.date.length))
    .reduce<DatedStage | undefined>(
      (earliest, stage) => (earliest === undefined || stage.date < earliest.date ? stage : earliest),
      undefined,
    );
}

function stageSpan(from: DatedStage | undefined, to: DatedStage | undefined): StageSpan | undefined {
  if (!from || !to) return undefined;
  const span = spanBetween(from.date, to.date);
  return span && { ...span, from: { id: from.id, date: from.date }, to: { id: to.id, date: to.date } };
}

/** Months (or whole years) from first visit to agreement, and from agreement to first use, where both dates exist. */
export function adopterDurations(stages: readonly DatedStage[]): AdopterDurations {
  const visit = firstOf(stages, ['study-visit']);
  const agreement = firstOf(stages, ['agreement']);
  const visitToAgreement = visit ? stageSpan(visit, firstOf(stages, ['agreement'], visit.date)) : undefined;
  const agreementToUse = agreement ? stageSpan(agreement, firstOf(stages, FIRST_USE_STAGES, agreement.date)) : undefined;
  return { ...(visitToAgreement && { visitToAgreement }), ...(agreementToUse && { agreementToUse }) };
}

/** From the pilot to national scale, where both dates are given. */
export function pilotToNational(block: {
  pilot?: { date: PartialDate } | undefined;
  national?: { date: PartialDate } | undefined;
}): Span | undefined {
  return block.pilot && block.national ? spanBetween(block.pilot.date, block.national.date) : undefined;
}
