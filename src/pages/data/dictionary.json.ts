import type { APIRoute } from 'astro';
import { dictionaryFile } from '#src/data/open-data-catalogue.ts';

/** The data dictionary as JSON: the rows of dictionary.csv, with the format version and licence. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(dictionaryFile(), null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
