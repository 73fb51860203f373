/**
 * Dates known to a precision, without the schemas' zod: what code that also runs in the browser
 * (formatting, the briefing builder) needs of them.
 */

/** How precisely a date is known. */
export type DatePrecision = 'year' | 'month' | 'day';

/** A date written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; its length is its precision. */
export type PartialDate = string;

/** The precision of a valid partial date. */
export function precisionOf(date: PartialDate): DatePrecision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}
