/** RFC 4180 CSV (CRLF, quoted where needed) with a UTF-8 byte-order mark, so spreadsheets show accents. */
import Papa from 'papaparse';

export const BOM = '\uFEFF';

export function toCsv(columns: readonly string[], rows: ReadonlyArray<Record<string, string | number | null>>): string {
  return `${BOM}${Papa.unparse({ fields: [...columns], data: rows.map((row) => columns.map((column) => row[column] ?? '')) }, { newline: '\r\n', quotes: false })}\r\n`;
}
