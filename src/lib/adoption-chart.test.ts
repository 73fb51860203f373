import { describe, expect, test } from 'vitest';
import { STAGES } from '#src/schemas/case-study.ts';
import {
  CHART_OPTIONS,
  LEGEND_FONT_SIZE,
  layoutAdoptionChart,
  layoutLegend,
  markPath,
  wrapLabel,
  yearPosition,
  type ChartRowInput,
} from './adoption-chart.ts';

const rows: ChartRowInput[] = [
  {
    key: 'gn',
    label: 'Guinea',
    marks: [
      { stage: 'study-visit', date: '2013-05' },
      { stage: 'adapted', date: '2016' },
    ],
  },
  { key: 'gm', label: 'The Gambia', marks: [{ stage: 'agreement', date: '2019-02-14' }] },
  { key: 'sz', label: 'Eswatini', marks: [{ stage: 'pilot', date: '2021' }] },
];

describe('yearPosition', () => {
  test.each([
    ['2016', 2016.5],
    ['2013-01', 2013 + 0.5 / 12],
    ['2013-12', 2013 + 11.5 / 12],
    ['2019-02-01', 2019 + (1 + 0.5 / 31) / 12],
  ])('%s sits at %d, inside its year', (date, position) => {
    expect(yearPosition(date)).toBeCloseTo(position, 6);
    expect(Math.floor(yearPosition(date))).toBe(Number(date.slice(0, 4)));
  });

  test('a date that is not one names itself', () => {
    expect(() => yearPosition('May 2013')).toThrow('"May 2013" is not a date');
  });
});

describe('layoutAdoptionChart', () => {
  const layout = layoutAdoptionChart(rows);
  const { left, right } = layout;
  const xOf = (t: number) => left + ((t - 2013) / (2022 - 2013)) * (right - left);

  test('the axis runs from the first year of any stage to the end of the last', () => {
    expect([layout.from, layout.to]).toEqual([2013, 2022]);
    expect(layout.ticks.map((tick) => tick.year)).toEqual([2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022]);
    expect(layout.ticks[0]?.x).toBe(left);
    expect(layout.ticks.at(-1)?.x).toBe(right);
    expect(layout.ticks.at(-1)?.labelX).toBeUndefined();
  });

  test('one row per adopter, in the order given, each below the last, its label above its marks', () => {
    expect(layout.rows.map((row) => row.key)).toEqual(['gn', 'gm', 'sz']);
    layout.rows.forEach((row, index) => {
      const previous = layout.rows[index - 1];
      expect(row.bandY).toBe(previous ? previous.bandY + previous.bandHeight : CHART_OPTIONS.top);
      expect(row.labelLines.map((line) => line.text)).toEqual([row.label]);
      expect(row.labelLines[0]!.y).toBeGreaterThan(row.bandY);
      expect(row.lineY).toBeGreaterThan(row.labelLines.at(-1)!.y);
      expect(row.lineY + CHART_OPTIONS.radius).toBeLessThanOrEqual(row.bandY + row.bandHeight);
    });
    const last = layout.rows.at(-1)!;
    expect(layout.axisY).toBe(last.bandY + last.bandHeight);
    expect(layout.height).toBeGreaterThan(layout.axisY);
  });

  test('a label too long for the width wraps onto more lines, and its row grows', () => {
    const long = 'L’assurance maladie communautaire (mutuelle de santé) et son fonds national de solidarité';
    const [wrapped, short] = layoutAdoptionChart([
      { key: 'a', label: long, marks: [{ stage: 'pilot', date: '2020' }] },
      { key: 'b', label: 'B', marks: [{ stage: 'pilot', date: '2021' }] },
    ]).rows;
    expect(wrapped!.labelLines.length).toBeGreaterThan(1);
    expect(wrapped!.labelLines.map((line) => line.text).join(' ')).toBe(long);
    const room = (CHART_OPTIONS.width - 2 * CHART_OPTIONS.margin) / (CHART_OPTIONS.fontSize * 0.62);
    for (const line of wrapped!.labelLines) expect(line.text.length).toBeLessThanOrEqual(room);
    expect(wrapped!.bandHeight).toBeGreaterThan(short!.bandHeight);
  });

  test('each mark at its date on the axis, on its row', () => {
    const [guinea, gambia] = layout.rows;
    expect(guinea?.marks.map((mark) => [mark.stage, mark.x, mark.y])).toEqual([
      ['study-visit', expect.closeTo(xOf(yearPosition('2013-05')), 1), guinea?.lineY],
      ['adapted', expect.closeTo(xOf(2016.5), 1), guinea?.lineY],
    ]);
    expect(guinea?.lineFrom).toBe(guinea?.marks[0]?.x);
    expect(guinea?.lineTo).toBe(guinea?.marks[1]?.x);
    expect(gambia?.marks[0]?.x).toBeCloseTo(xOf(yearPosition('2019-02-14')), 0);
  });

  test('marks sorted by date, and two at the same date step apart instead of hiding each other', () => {
    const [row] = layoutAdoptionChart([
      {
        key: 'x',
        label: 'X',
        marks: [
          { stage: 'adopted', date: '2018' },
          { stage: 'agreement', date: '2018' },
          { stage: 'study-visit', date: '2010' },
        ],
      },
    ]).rows;
    expect(row?.marks.map((mark) => mark.stage)).toEqual(['study-visit', 'adopted', 'agreement']);
    const [, first, second] = row?.marks ?? [];
    expect(first?.x).toBe(second?.x);
    expect(first?.y).not.toBe(second?.y);
  });

  test('many years are labelled every 2, 5 or 10, never more than the maximum', () => {
    const long = layoutAdoptionChart([
      {
        key: 'x',
        label: 'X',
        marks: [
          { stage: 'study-visit', date: '1994' },
          { stage: 'scaled', date: '2025' },
        ],
      },
    ]);
    const labelled = long.ticks.filter((tick) => tick.labelX !== undefined);
    expect(labelled.length).toBeLessThanOrEqual(CHART_OPTIONS.maxLabels);
    expect(labelled.map((tick) => tick.year)).toEqual([1995, 2000, 2005, 2010, 2015, 2020, 2025]);
  });

  test('a single date still spans one year; no number is NaN or infinite, even with an empty row', () => {
    const one = layoutAdoptionChart([
      { key: 'x', label: 'X', marks: [{ stage: 'pilot', date: '2020-06-30' }] },
      { key: 'y', label: 'Y', marks: [] },
    ]);
    expect([one.from, one.to]).toEqual([2020, 2021]);
    const numbers = JSON.stringify(one).match(/-?[\d.]+(?:e[-+]?\d+)?|NaN|Infinity|null/g) ?? [];
    expect(numbers.filter((n) => !Number.isFinite(Number(n)))).toEqual([]);
    for (const mark of one.rows[0]?.marks ?? []) expect(mark.d).not.toMatch(/NaN|Infinity/);
  });

  test('no stage to draw is an error, not an empty chart', () => {
    expect(() => layoutAdoptionChart([])).toThrow('no stage to draw');
  });
});

test.each(STAGES)('the %s mark has its own closed shape, centred on its point', (stage) => {
  const d = markPath(stage, 100, 50, 7);
  expect(d).toMatch(/^M[\d. -]+.*Z$/);
  expect(d).not.toMatch(/NaN/);
  const others = STAGES.filter((other) => other !== stage).map((other) => markPath(other, 100, 50, 7));
  expect(others).not.toContain(d);
  const xs = [...d.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map((m) => Number(m[1]));
  for (const px of xs) expect(Math.abs(px - 100)).toBeLessThanOrEqual(8.1);
});

test('wrapLabel keeps words whole, and a word longer than a line on its own line', () => {
  expect(wrapLabel('Umucyo e-procurement in Guinea', 12)).toEqual(['Umucyo', 'e-procurement', 'in Guinea']);
  expect(wrapLabel('  A  B ', 12)).toEqual(['A B']);
  expect(wrapLabel('Redevabilité de genre\u202f: budget', 12)).toEqual(['Redevabilité', 'de genre\u202f:', 'budget']);
});

describe('layoutLegend', () => {
  const stages = STAGES.map((stage) => ({ stage, label: `Stage called ${stage}` }));

  test('every stage in order, on as many lines as it takes, never past the right edge', () => {
    const { items, height } = layoutLegend(stages);
    expect(items.map((item) => item.stage)).toEqual([...STAGES]);
    for (const item of items) {
      expect(item.textX + Math.ceil(item.label.length * LEGEND_FONT_SIZE * 0.62)).toBeLessThanOrEqual(
        CHART_OPTIONS.width - CHART_OPTIONS.margin,
      );
    }
    const lines = new Set(items.map((item) => item.textY));
    expect(lines.size).toBeGreaterThan(1);
    expect(height).toBeGreaterThan(Math.max(...items.map((item) => item.textY)));
  });

  test('a short legend holds on one line; none takes no room', () => {
    const short = [
      { stage: 'pilot', label: 'Pilot' },
      { stage: 'adopted', label: 'Adopted' },
    ] as const;
    expect(new Set(layoutLegend(short).items.map((item) => item.textY)).size).toBe(1);
    expect(layoutLegend([]).height).toBe(0);
  });
});
