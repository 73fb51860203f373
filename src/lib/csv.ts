/**
 * RFC 4180 CSV (CRLF, quoted where needed) with a UTF-8 byte-order mark, so spreadsheets show
 * accents. A text cell starting with = + - @ tab or CR is prefixed with ' so that a spreadsheet
 * shows it as text instead of running it as a formula (=HYPERLINK(...) in a summary).
 * Numbers are left as they are.
 */
import Papa from 'papaparse';

export const BOM = '\uFEFF';

export function toCsv(columns: readonly string[], rows: ReadonlyArray<Record<string, string | number | null>>): string {
  const data = rows.map((row) => columns.map((column) => row[column] ?? ''));
  return `${BOM}${Papa.unparse({ fields: [...columns], data }, { newline: '\r\n', quotes: false, escapeFormulae: true })}\r\n`;
}
