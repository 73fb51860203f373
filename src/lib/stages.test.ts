import { expect, test } from 'vitest';
import { furthestStage } from './stages.ts';

test('the furthest stage follows the lifecycle order, not the date order', () => {
  expect(
    furthestStage([
      { stage: 'study-visit', date: '2022' },
      { stage: 'adapted', date: '2025' },
      { stage: 'study-visit', date: '2026' },
    ]),
  ).toBe('adapted');
});

test('a discontinuation after everything else is what the reader sees', () => {
  expect(
    furthestStage([
      { stage: 'pilot', date: '2020' },
      { stage: 'discontinued', date: '2022' },
    ]),
  ).toBe('discontinued');
  expect(
    furthestStage([
      { stage: 'discontinued', date: '2019' },
      { stage: 'adopted', date: '2022' },
    ]),
  ).toBe('adopted');
});

test('no stages, no furthest stage', () => {
  expect(furthestStage([])).toBeUndefined();
});
