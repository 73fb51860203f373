import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { SCHEMA_DIR, editorSchemas } from '../scripts/editor-schemas.ts';

test('the editor schemas in .vscode/schemas are up to date (run "npm run schemas" after changing src/schemas)', () => {
  for (const [name, schema] of Object.entries(editorSchemas())) {
    expect(JSON.parse(readFileSync(join(SCHEMA_DIR, name), 'utf8')), name).toEqual(schema);
  }
});

test('the settings map every folder of YAML entries and entry record to its schema', () => {
  const settings = JSON.parse(readFileSync('.vscode/settings.json', 'utf8')) as { 'yaml.schemas': Record<string, string> };
  expect(Object.values(settings['yaml.schemas']).sort()).toEqual([
    'content/*/*/sweep.yaml',
    'content/countries/*.yaml',
    'content/glossary/*.yaml',
    'content/institutions/*.yaml',
  ]);
});
