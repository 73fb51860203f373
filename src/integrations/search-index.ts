/**
 * Builds the Pagefind index from the finished site (`astro:build:done`) with Pagefind's Node API:
 * one index per language (from `<html lang>`), main content only (`data-pagefind-body`),
 * glossary terms as their own records. Any error fails the build; the service is always closed.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { z } from 'astro/zod';
import * as pagefind from 'pagefind';
import { glossaryRecords } from '#src/search/search-records.ts';
import { readDataEntries } from '#src/lib/data-entries.ts';
import { SCHEMAS, dataDir } from '#src/schemas/collections.ts';

/** Glossary terms straight from their files (already validated by the content gate). */
async function glossaryTerms(root: URL) {
  const entries = await readDataEntries(fileURLToPath(new URL(dataDir('glossary'), root)));
  return z.array(SCHEMAS.glossary.schema).parse(entries.map((entry) => entry.data));
}

function assertNoErrors(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

/** Indexes a built site into `<site>/pagefind/`; used by the integration and by the benchmark. */
export async function buildSearchIndex(siteDir: string, projectRoot: URL): Promise<{ pages: number; records: number }> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    assertNoErrors('createIndex', errors);
    if (!index) throw new Error('Pagefind did not create an index');
    const added = await index.addDirectory({ path: siteDir });
    assertNoErrors('addDirectory', added.errors);
    if (added.page_count === 0) throw new Error('Pagefind indexed no page: is data-pagefind-body missing?');
    const records = glossaryRecords(await glossaryTerms(projectRoot));
    for (const record of records) assertNoErrors(`addCustomRecord ${record.url}`, (await index.addCustomRecord(record)).errors);
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    assertNoErrors('writeFiles', written.errors);
    return { pages: added.page_count, records: records.length };
  } finally {
    await pagefind.close();
  }
}

/** Set by the benchmark, which indexes separately to measure indexing on its own. */
export const SKIP_INDEX_ENV = 'HOMEGROWN_SKIP_SEARCH_INDEX';

export function searchIndex(): AstroIntegration {
  let root: URL | undefined;
  return {
    name: 'homegrown:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env[SKIP_INDEX_ENV] === '1' || !root) return;
        const { pages, records } = await buildSearchIndex(fileURLToPath(dir), root);
        logger.info(`indexed ${pages} pages and ${records} glossary terms`);
      },
    },
  };
}
