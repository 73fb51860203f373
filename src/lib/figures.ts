import type { AsOfQualifier } from '#src/schemas/claims.ts';

/** A figure's value as far as its date goes: the as-of date, and `end-of-year` when its source says so. */
export interface AsOfPoint {
  asOf: string;
  asOfQualifier?: AsOfQualifier | undefined;
}

/**
 * A key figure's values grouped by as-of date. Two values with the same as-of date come from
 * different sources that disagree: pages show them together as "Sources differ", never one alone.
 */
export interface DatedValues<P extends AsOfPoint> {
  asOf: string;
  /** `end-of-year` when the values' source gives them at the end of that year. */
  asOfQualifier: AsOfQualifier | undefined;
  points: P[];
  /** True when several sources give different values for this date. */
  disputed: boolean;
}

/** Groups consecutive values sharing an as-of date (values are listed oldest first). */
export function valuesByDate<P extends AsOfPoint>(values: readonly P[]): DatedValues<P>[] {
  const groups: DatedValues<P>[] = [];
  for (const point of values) {
    const last = groups.at(-1);
    if (last && last.asOf === point.asOf && last.asOfQualifier === point.asOfQualifier) {
      last.points.push(point);
      last.disputed = true;
    } else {
      groups.push({ asOf: point.asOf, asOfQualifier: point.asOfQualifier, points: [point], disputed: false });
    }
  }
  return groups;
}

/** The values of the latest as-of date: one value, or several when sources differ. */
export function latestValues<P extends AsOfPoint>(values: readonly P[]): DatedValues<P> | undefined {
  return valuesByDate(values).at(-1);
}
