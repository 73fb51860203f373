/**
 * A key figure's values grouped by as-of date. Two values with the same as-of date come from
 * different sources that disagree: pages show them together as "Sources differ", never one alone.
 */
export interface DatedValues<P extends { asOf: string }> {
  asOf: string;
  points: P[];
  /** True when several sources give different values for this date. */
  disputed: boolean;
}

/** Groups consecutive values sharing an as-of date (values are listed oldest first). */
export function valuesByDate<P extends { asOf: string }>(values: readonly P[]): DatedValues<P>[] {
  const groups: DatedValues<P>[] = [];
  for (const point of values) {
    const last = groups.at(-1);
    if (last && last.asOf === point.asOf) {
      last.points.push(point);
      last.disputed = true;
    } else {
      groups.push({ asOf: point.asOf, points: [point], disputed: false });
    }
  }
  return groups;
}

/** The values of the latest as-of date: one value, or several when sources differ. */
export function latestValues<P extends { asOf: string }>(values: readonly P[]): DatedValues<P> | undefined {
  return valuesByDate(values).at(-1);
}
