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

/** Map and legend colours, light to dark as a country moves through the lifecycle. */
export const STAGE_COLOURS: Record<Stage, string> = {
  'study-visit': '#bfe6f5',
  agreement: '#6cc4e8',
  pilot: '#f7dc5c',
  adopted: '#5aa06f',
  adapted: '#2f7a4b',
  scaled: '#1a4d30',
  discontinued: '#9aa3ab',
};
