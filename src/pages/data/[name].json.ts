import type { APIRoute, GetStaticPaths } from 'astro';
import { dataFile } from '#src/data/open-data.ts';
import { DATA_FILES, type DataFileName } from '#src/schemas/open-data.ts';

export const getStaticPaths = (() => Object.keys(DATA_FILES).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(`${JSON.stringify(await dataFile(params['name'] as DataFileName), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
