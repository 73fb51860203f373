import type { APIRoute, GetStaticPaths } from 'astro';
import { z } from 'astro/zod';
import { schemaPath } from '#src/data/open-data.ts';
import { DATA_FILES, type DataFileName } from '#src/schemas/open-data.ts';

export const getStaticPaths = (() => Object.keys(DATA_FILES).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

/** The JSON Schema of a data file, generated from its zod schema. */
export const GET: APIRoute = ({ params, site }) => {
  const name = params['name'] as DataFileName;
  const schema = {
    ...z.toJSONSchema(DATA_FILES[name], { target: 'draft-2020-12' }),
    $id: new URL(schemaPath(name), site).href,
    title: `Homegrown ${name}`,
  };
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
};
