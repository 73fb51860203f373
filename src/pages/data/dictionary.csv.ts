import type { APIRoute } from 'astro';
import { dictionaryRows } from '#src/data/open-data-catalogue.ts';
import { toCsv } from '#src/lib/csv.ts';
import { DICTIONARY_COLUMNS } from '#src/schemas/open-data-dictionary.ts';

/** The data dictionary: one row per column of every open-data file, defined in English and French. */
export const GET: APIRoute = () =>
  new Response(toCsv(Object.keys(DICTIONARY_COLUMNS), dictionaryRows()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
