/** Lifecycle logic: which stage of a case study is the furthest. */
import { STAGES, type Stage } from '#src/schemas/case-study.ts';

/**
 * The furthest stage reached: the latest in lifecycle order, except that a `discontinued`
 * stage dated after everything else ends the story and is what a reader must see.
 */
export function furthestStage(stages: ReadonlyArray<{ stage: Stage; date: string }>): Stage | undefined {
  if (stages.length === 0) return undefined;
  const last = stages.reduce((latest, stage) => (stage.date >= latest.date ? stage : latest));
  if (last.stage === 'discontinued') return 'discontinued';
  return stages
    .filter((stage) => stage.stage !== 'discontinued')
    .reduce<Stage | undefined>(
      (best, { stage }) => (best === undefined || STAGES.indexOf(stage) > STAGES.indexOf(best) ? stage : best),
      undefined,
    );
}

/**
 * When a stage beyond a study visit was last reported: the publication date of the latest of its
 * sources (`source` and `also`), so readers see how old the evidence is. Undefined for a study
 * visit, and when none of its sources is dated. Dates compare by their first possible day, the
 * more precise first on a tie ("2024-03" is later than "2024").
 */
export function lastReported(
  stage: { stage: Stage; source: string; also?: readonly string[] | undefined },
  sources: ReadonlyArray<{ id: string; published?: string | undefined }>,
): string | undefined {
  if (stage.stage === 'study-visit') return undefined;
  const published = new Map(sources.map((source) => [source.id, source.published]));
  return [stage.source, ...(stage.also ?? [])]
    .map((id) => published.get(id))
    .reduce<string | undefined>(
      (latest, date) => (date !== undefined && (latest === undefined || date > latest) ? date : latest),
      undefined,
    );
}
