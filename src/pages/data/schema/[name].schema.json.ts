import type { APIRoute, GetStaticPaths } from 'astro';
import { z } from 'astro/zod';
import { schemaPath } from '#src/data/open-data.ts';
import { publicUrl } from '#src/data/public-url.ts';
import { typeset } from '#src/i18n/typography.ts';
import { FRENCH_DESCRIPTION, OPEN_DATA_LOCALES, SCHEMA_FILES, type SchemaFileName } from '#src/schemas/open-data.ts';

export const getStaticPaths = (() => Object.keys(SCHEMA_FILES).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

// The French definitions, spaced as French is printed (a narrow no-break space before ; and :).
const frenchTypeset = (key: string, value: unknown) =>
  key === FRENCH_DESCRIPTION && typeof value === 'string' ? typeset(value, OPEN_DATA_LOCALES.translated) : value;

/** The JSON Schema of a data file, generated from its zod schema. */
export const GET: APIRoute = ({ params }) => {
  const name = params['name'] as SchemaFileName;
  const schema = {
    ...z.toJSONSchema(SCHEMA_FILES[name], { target: 'draft-2020-12' }),
    // A path from the site's root (a URI reference) when the build does not know the public address.
    $id: publicUrl(schemaPath(name)),
    title: `Homegrown ${name}`,
  };
  return new Response(`${JSON.stringify(schema, frenchTypeset, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
};
