/**
 * Geometry of the "adoption over time" chart: one row per adopter (or per solution, on a
 * country's page), each stage a mark on a time axis in years. Pure numbers and path data, drawn
 * by AdoptionChartSvg.astro; every mark's stage also has its own shape, so colour is never the
 * only signal.
 */
import type { Stage } from '#src/schemas/case-study.ts';

export interface ChartMarkInput {
  stage: Stage;
  /** ISO date as precise as its source: "2013", "2013-05" or "2013-05-16". */
  date: string;
}

export interface ChartRowInput {
  key: string;
  label: string;
  marks: readonly ChartMarkInput[];
}

export interface ChartMark extends ChartMarkInput {
  x: number;
  y: number;
  /** Path data of the stage's shape, centred on (x, y). */
  d: string;
}

export interface ChartRow {
  key: string;
  label: string;
  /** The row's label, wrapped to the chart's width: each line's text and baseline. */
  labelLines: { text: string; y: number }[];
  /** Top and height of the row's band (label and marks), shaded on every other row. */
  bandY: number;
  bandHeight: number;
  /** Height of the row's line, from its first mark to its last. */
  lineY: number;
  lineFrom: number;
  lineTo: number;
  marks: ChartMark[];
}

export interface ChartTick {
  year: number;
  /** The year's start on the axis. */
  x: number;
  /** Centre of the year, where its label goes; absent for years left unlabelled. */
  labelX?: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  /** First year on the axis and the year after the last (the axis ends where that year starts). */
  from: number;
  to: number;
  left: number;
  right: number;
  /** Top of the axis' year lines and their bottom, where the year labels hang. */
  plotTop: number;
  axisY: number;
  ticks: ChartTick[];
  rows: ChartRow[];
}

export interface ChartOptions {
  width: number;
  /** Space above the rows (the legend's). */
  top: number;
  /** Size of a row's label and the height of each of its lines. */
  fontSize: number;
  labelLineHeight: number;
  /** Height of a row's line of marks, below its label. */
  markHeight: number;
  /** Radius of a mark. */
  radius: number;
  /** Side margins, so the marks at the ends are whole. */
  margin: number;
  /** Room below the rows for the year labels. */
  axisHeight: number;
  /** At most this many year labels. */
  maxLabels: number;
}

export const CHART_OPTIONS: ChartOptions = {
  width: 480,
  top: 8,
  fontSize: 17,
  labelLineHeight: 21,
  markHeight: 30,
  radius: 8,
  margin: 12,
  axisHeight: 30,
  maxLabels: 8,
};

/** Average advance of a character of the chart's sans-serif font, as a share of its size (generous, so labels never overlap). */
const CHARACTER_WIDTH = 0.62;

/** Size of the legend's text (smaller than the rows' labels). */
export const LEGEND_FONT_SIZE = 15;

/** Words of `text` in lines of at most `max` characters (a longer word keeps its own line), never broken at a no-break space. */
export function wrapLabel(text: string, max: number): string[] {
  const lines: string[] = [];
  // Only ordinary spaces break: a no-break space (French « : ») keeps its words together.
  for (const word of text.split(/[ \t\n]+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * A date as a point in time in years: the middle of the period it names ("2013" is mid-2013,
 * "2013-05" mid-May), so a mark sits inside its year whatever the precision of its source.
 */
export function yearPosition(date: string): number {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) throw new Error(`adoption chart: "${date}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  const [, y, m, d] = match;
  const year = Number(y);
  if (m === undefined) return year + 0.5;
  const month = Number(m) - 1;
  if (d === undefined) return year + (month + 0.5) / 12;
  return year + (month + (Number(d) - 0.5) / 31) / 12;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Path data of a stage's shape: circle, square, diamond, triangles, hexagon, cross. */
export function markPath(stage: Stage, cx: number, cy: number, r: number): string {
  const poly = (points: ReadonlyArray<readonly [number, number]>) =>
    `M${points.map(([px, py]) => `${round(cx + px * r)} ${round(cy + py * r)}`).join('L')}Z`;
  switch (stage) {
    case 'study-visit':
      return `M${round(cx - r)} ${round(cy)}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0Z`;
    case 'agreement':
      return poly([
        [-0.85, -0.85],
        [0.85, -0.85],
        [0.85, 0.85],
        [-0.85, 0.85],
      ]);
    case 'pilot':
      return poly([
        [0, -1.15],
        [1.15, 0],
        [0, 1.15],
        [-1.15, 0],
      ]);
    case 'adopted':
      return poly([
        [0, -1.1],
        [1.1, 0.85],
        [-1.1, 0.85],
      ]);
    case 'adapted':
      return poly([
        [-1.1, -0.85],
        [1.1, -0.85],
        [0, 1.1],
      ]);
    case 'scaled':
      return poly([
        [-0.5, -0.95],
        [0.5, -0.95],
        [1.05, 0],
        [0.5, 0.95],
        [-0.5, 0.95],
        [-1.05, 0],
      ]);
    case 'discontinued':
      return poly([
        [-1, -0.6],
        [-0.6, -1],
        [0, -0.4],
        [0.6, -1],
        [1, -0.6],
        [0.4, 0],
        [1, 0.6],
        [0.6, 1],
        [0, 0.4],
        [-0.6, 1],
        [-1, 0.6],
        [-0.4, 0],
      ]);
  }
}

/** One year in `step` is labelled: 1, 2, 5 or 10, the first that keeps to `max` labels. */
function labelStep(years: number, max: number): number {
  return [1, 2, 5, 10, 20].find((step) => Math.ceil(years / step) <= max) ?? 50;
}

/** Lays the rows out: the axis runs from the first year of any mark to the end of the last one. */
export function layoutAdoptionChart(rows: readonly ChartRowInput[], options: ChartOptions = CHART_OPTIONS): ChartLayout {
  const { width, top, fontSize, labelLineHeight, markHeight, radius, margin, axisHeight, maxLabels } = options;
  const positions = rows.flatMap((row) => row.marks.map((mark) => yearPosition(mark.date)));
  if (positions.length === 0) throw new Error('adoption chart: no stage to draw');
  const from = Math.floor(Math.min(...positions));
  const to = Math.floor(Math.max(...positions)) + 1;
  const left = margin;
  const right = width - margin;
  const x = (t: number) => round(left + ((t - from) / (to - from)) * (right - left));
  const step = labelStep(to - from, maxLabels);
  const ticks: ChartTick[] = [];
  for (let year = from; year <= to; year++) {
    const labelled = year < to && (step === 1 || year % step === 0);
    ticks.push(labelled ? { year, x: x(year), labelX: x(year + 0.5) } : { year, x: x(year) });
  }
  const maxChars = Math.floor((right - left) / (fontSize * CHARACTER_WIDTH));
  let y = top;
  const laidOut = rows.map((row): ChartRow => {
    const bandY = y;
    const lines = wrapLabel(row.label, maxChars);
    const labelLines = lines.map((text, index) => ({ text, y: bandY + 4 + (index + 1) * labelLineHeight - 5 }));
    const lineY = bandY + 4 + lines.length * labelLineHeight + markHeight / 2;
    const bandHeight = 4 + lines.length * labelLineHeight + markHeight;
    y += bandHeight;
    const placed: ChartMark[] = [];
    for (const mark of [...row.marks].sort((a, b) => yearPosition(a.date) - yearPosition(b.date))) {
      const mx = x(yearPosition(mark.date));
      // Marks closer than a mark's width share the line by stepping up and down from it.
      const crowd = placed.filter((other) => Math.abs(other.x - mx) < 2 * radius).length;
      const my = lineY + (crowd === 0 ? 0 : (crowd % 2 === 1 ? -1 : 1) * Math.ceil(crowd / 2) * (radius + 1));
      placed.push({ ...mark, x: mx, y: my, d: markPath(mark.stage, mx, my, radius) });
    }
    const xs = placed.map((mark) => mark.x);
    const [lineFrom, lineTo] = xs.length > 0 ? [Math.min(...xs), Math.max(...xs)] : [left, left];
    return { key: row.key, label: row.label, labelLines, bandY, bandHeight, lineY, lineFrom, lineTo, marks: placed };
  });
  const axisY = y;
  return { width, height: axisY + axisHeight, from, to, left, right, plotTop: top, axisY, ticks, rows: laidOut };
}

export interface LegendItem {
  stage: Stage;
  label: string;
  /** Path data of the stage's mark. */
  d: string;
  /** Start and baseline of the label. */
  textX: number;
  textY: number;
}

/**
 * The legend above the rows: each stage's mark and its name, flowing left to right and onto a new
 * line when the next would not fit. Its height is where the rows start.
 */
export function layoutLegend(
  items: ReadonlyArray<{ stage: Stage; label: string }>,
  options: Pick<ChartOptions, 'width' | 'radius' | 'margin'> & { fontSize: number } = { ...CHART_OPTIONS, fontSize: LEGEND_FONT_SIZE },
): { items: LegendItem[]; height: number } {
  const { width, radius, margin, fontSize } = options;
  const lineHeight = fontSize + 10;
  let x = margin;
  let line = 0;
  const laidOut = items.map(({ stage, label }): LegendItem => {
    const itemWidth = 2 * radius + 6 + Math.ceil(label.length * fontSize * CHARACTER_WIDTH) + 14;
    if (x > margin && x + itemWidth > width - margin) {
      x = margin;
      line += 1;
    }
    const cy = margin + line * lineHeight + radius;
    const item = {
      stage,
      label,
      d: markPath(stage, x + radius, cy, radius),
      textX: x + 2 * radius + 6,
      textY: cy + Math.round(fontSize * 0.35),
    };
    x += itemWidth;
    return item;
  });
  return { items: laidOut, height: items.length === 0 ? 0 : margin + (line + 1) * lineHeight };
}
