import type { APIRoute, GetStaticPaths } from 'astro';
import { csvTable } from '#src/data/open-data-tables.ts';
import { toCsv } from '#src/lib/csv.ts';
import { CSV_DICTIONARY, csvColumns, type CsvFileName } from '#src/schemas/open-data-dictionary.ts';

export const getStaticPaths = (() =>
  Object.keys(CSV_DICTIONARY).map((file) => ({ params: { name: file.replace(/\.csv$/, '') } }))) satisfies GetStaticPaths;

/** A CSV table of the open data, its columns in the order the data dictionary defines them. */
export const GET: APIRoute = async ({ params }) => {
  const file = `${params['name'] ?? ''}.csv` as CsvFileName;
  return new Response(toCsv(csvColumns(file), await csvTable(file)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
