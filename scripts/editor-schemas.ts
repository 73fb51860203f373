/**
 * Writes JSON Schemas of the content (generated from the zod schemas) to .vscode/schemas/, for
 * completion and errors while editing; .vscode/settings.json maps them to the YAML files, and the
 * Astro extension does the same for MDX frontmatter from Astro's own generated schemas.
 * `npm run schemas` rewrites them; a test fails when they are out of date.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CANONICAL_FILE, CONTENT_DIR, DATA_COLLECTIONS, DATA_EXTENSION, MDX_COLLECTIONS } from '#src/schemas/collections.ts';
import { editorJsonSchema } from '#src/schemas/json-schema.ts';

export const SCHEMA_DIR = '.vscode/schemas';

export function editorSchemas(): Record<string, unknown> {
  const schemas: Record<string, unknown> = {};
  for (const collection of DATA_COLLECTIONS) {
    schemas[`${collection.name}.schema.json`] = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      title: `${CONTENT_DIR}/${collection.dir}/<id>${DATA_EXTENSION}`,
      ...editorJsonSchema(collection.schema),
    };
  }
  for (const collection of MDX_COLLECTIONS) {
    schemas[`${collection.name}.schema.json`] = {
      title: `${CONTENT_DIR}/${collection.dir}/<slug>/${CANONICAL_FILE} frontmatter`,
      ...editorJsonSchema(collection.schema),
    };
    schemas[`${collection.translations}.schema.json`] = {
      title: `${CONTENT_DIR}/${collection.dir}/<slug>/<lang>.mdx frontmatter`,
      ...editorJsonSchema(collection.translationSchema),
    };
    for (const record of collection.records) {
      schemas[`${record.name}.schema.json`] = {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        title: `${CONTENT_DIR}/<collection>/<slug>/${record.file}`,
        ...editorJsonSchema(record.schema),
      };
    }
  }
  return schemas;
}

if (import.meta.main) {
  await mkdir(SCHEMA_DIR, { recursive: true });
  for (const [name, schema] of Object.entries(editorSchemas()))
    await writeFile(join(SCHEMA_DIR, name), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${Object.keys(editorSchemas()).length} schemas to ${SCHEMA_DIR}/`);
}
