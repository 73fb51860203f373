/** Lifecycle logic: which stage of a case study is the furthest. */
import { STAGES, type Stage } from '../schemas/case-study.ts';

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
