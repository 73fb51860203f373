/**
 * The one colour scale of the lifecycle stages, shared by the stage badges, the maps and their
 * legends, and the adoption charts. Each colour is dark enough to carry white badge text (4.5:1)
 * and to stand out as a fill against the page and the map's grey land (3:1); a label always
 * goes with it, so colour is never the only signal. The badges' stylesheet
 * (src/styles/stage-badges.css) repeats these values, and stage-colours.test.ts holds it to them.
 */
import type { Stage } from '#src/schemas/case-study.ts';

/** Fill of a stage: map countries, legend swatches, chart marks and badge backgrounds. */
export const STAGE_COLOURS: Readonly<Record<Stage, string>> = {
  'study-visit': '#0b6fa4',
  agreement: '#5b4a9e',
  pilot: '#8a5a00',
  adopted: '#2f7a4b',
  adapted: '#00707a',
  scaled: '#1a4d30',
  discontinued: '#5c6670',
};

/** Text on a stage badge. */
export const STAGE_BADGE_TEXT = '#ffffff';

/** The backgrounds stage fills sit on: the page (src/styles/global.css `--color-paper`) and the map's land. */
export const STAGE_FILL_BACKGROUNDS = { paper: '#ffffff', mapLand: '#e3e7eb' } as const;

/** Outline of swatches and marks. */
export const STAGE_OUTLINE = '#1b1f24';
