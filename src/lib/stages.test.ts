import { describe, expect, test } from 'vitest';
import { furthestStage, lastReported } from './stages.ts';

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

describe('lastReported', () => {
  const sources = [
    { id: 'paper-2019', published: '2019-06-03' },
    { id: 'ministry-2024', published: '2024-03' },
    { id: 'report-2024', published: '2024' },
    { id: 'undated' },
  ];
  const stage = (over: Record<string, unknown> = {}) => ({ stage: 'scaled' as const, source: 'paper-2019', ...over });

  test('is the publication date of the stage source', () => {
    expect(lastReported(stage(), sources)).toBe('2019-06-03');
  });

  test('is the latest of the source and the also sources, whatever their order', () => {
    expect(lastReported(stage({ also: ['ministry-2024', 'undated'] }), sources)).toBe('2024-03');
    expect(lastReported(stage({ source: 'ministry-2024', also: ['paper-2019'] }), sources)).toBe('2024-03');
  });

  test('prefers the more precise date of the same year', () => {
    expect(lastReported(stage({ source: 'report-2024', also: ['ministry-2024'] }), sources)).toBe('2024-03');
  });

  test('is undefined when no source of the stage is dated, or the id names no source', () => {
    expect(lastReported(stage({ source: 'undated' }), sources)).toBeUndefined();
    expect(lastReported(stage({ source: 'missing' }), sources)).toBeUndefined();
  });

  test('is undefined for a study visit, which is its own report', () => {
    expect(lastReported(stage({ stage: 'study-visit' }), sources)).toBeUndefined();
  });
});
