/**
 * RFC 4180 CSV (CRLF, quoted where needed) with a UTF-8 byte-order mark, so spreadsheets show
 * accents. A text cell starting with = + - @ tab or CR is prefixed with ' so that a spreadsheet
 * shows it as text instead of running it as a formula (=HYPERLINK(...) in a summary).
 * Numbers are left as they are.
 */
import Papa from 'papaparse';
import { precisionOf, type PartialDate } from '#src/schemas/dates.ts';

export const BOM = '\uFEFF';

/**
 * A cell a spreadsheet could read as a formula. papaparse's own rule, /^[=+\-@\t\r].*$/, never
 * matches a cell with a line break in it ("." stops at the newline and "$" is the end of the
 * text), so `=HYPERLINK(...,\n"Open")` went out as it was: only the first character matters.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

export function toCsv(columns: readonly string[], rows: ReadonlyArray<Record<string, string | number | null>>): string {
  const data = rows.map((row) => columns.map((column) => row[column] ?? ''));
  return `${BOM}${Papa.unparse({ fields: [...columns], data }, { newline: '\r\n', quotes: false, escapeFormulae: FORMULA_START })}\r\n`;
}

/**
 * A partial date as two CSV cells: the date in full (YYYY-MM-DD, a year or a month read as its
 * first day) so that every spreadsheet reads it as a date, and its precision beside it.
 */
export function dateCells<N extends string>(name: N, date: PartialDate | null | undefined): Record<N | `${N}_precision`, string | null> {
  const cells: Record<string, string | null> = { [name]: null, [`${name}_precision`]: null };
  if (date) {
    cells[name] = date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
    cells[`${name}_precision`] = precisionOf(date);
  }
  return cells as Record<N | `${N}_precision`, string | null>;
}
