/**
 * Builds the Pagefind index from the finished site (`astro:build:done`) with Pagefind's Node API:
 * one index per language (from `<html lang>`), main content only (`data-pagefind-body`),
 * glossary terms as their own records. Any error fails the build; the service is always closed.
 *
 * Memory: Pagefind holds every page it indexes (and a copy of each while it builds), so each
 * language is indexed in a pass of its own, by a Pagefind process of its own that is closed before
 * the next starts: the peak is that of the largest language, not of the whole site. The passes write
 * into the one `/pagefind/` bundle (their files are named after their language); each pass rewrites
 * `pagefind-entry.json` with its own language only, so the entry is written last with every language.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { z } from 'astro/zod';
import * as pagefind from 'pagefind';
import { LOCALES, localeConfig, type Locale } from '#src/config/locales.ts';
import { glossaryRecords, type SearchRecord } from '#src/search/search-records.ts';
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

/** What the passes need of `pagefind-entry.json`: its languages. The rest is kept as Pagefind wrote it, in its order. */
const EntrySchema = z.record(z.string(), z.unknown()).and(z.object({ languages: z.record(z.string(), z.unknown()) }));
type Entry = z.infer<typeof EntrySchema>;

const ENTRY_FILE = 'pagefind-entry.json';

/**
 * Every page lives under its language's folder (`/en/…`, `/fr/…`), which is what lets each pass
 * take one folder. A page elsewhere that asks to be indexed would be left out of every pass: the
 * build fails naming it instead.
 */
async function assertPagesInLanguageFolders(siteDir: string): Promise<void> {
  const outside = (await readdir(siteDir, { recursive: true })).filter(
    (path) => path.endsWith('.html') && !LOCALES.some((lang) => path.startsWith(`${lang}${sep}`)),
  );
  for (const path of outside) {
    if ((await readFile(join(siteDir, path), 'utf8')).includes('data-pagefind-body'))
      throw new Error(
        `${path} has data-pagefind-body but is in no language folder (${LOCALES.join(', ')}): the search index takes each language from its folder. Move the page under its language, or remove data-pagefind-body.`,
      );
  }
}

/** One language's pass: its folders and its glossary terms, in a Pagefind process closed at the end. */
async function indexLanguage(
  siteDir: string,
  htmlLang: string,
  folders: readonly Locale[],
  records: readonly SearchRecord[],
  outputPath: string,
): Promise<{ pages: number; entry: Entry }> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    assertNoErrors('createIndex', errors);
    if (!index) throw new Error('Pagefind did not create an index');
    const where = folders.map((folder) => `${folder}/`).join(', ');
    const glob = folders.length === 1 ? `${folders.join('')}/**/*.html` : `{${folders.join(',')}}/**/*.html`;
    const added = await index.addDirectory({ path: siteDir, glob });
    assertNoErrors(`addDirectory ${where}`, added.errors);
    if (added.page_count === 0) throw new Error(`Pagefind indexed no page in ${where}: is data-pagefind-body missing?`);
    for (const record of records) assertNoErrors(`addCustomRecord ${record.url}`, (await index.addCustomRecord(record)).errors);
    const written = await index.writeFiles({ outputPath });
    assertNoErrors('writeFiles', written.errors);
    const entry = EntrySchema.parse(JSON.parse(await readFile(join(outputPath, ENTRY_FILE), 'utf8')));
    const found = Object.keys(entry.languages);
    if (found.length !== 1 || found[0] !== htmlLang)
      throw new Error(
        `the pages in ${where} gave Pagefind the languages ${found.join(', ')} instead of ${htmlLang} alone: every page there must have <html lang="${htmlLang}">`,
      );
    return { pages: added.page_count, entry };
  } finally {
    await pagefind.close();
  }
}

/** Indexes a built site into `<site>/pagefind/`; used by the integration and by the benchmark. */
export async function buildSearchIndex(siteDir: string, projectRoot: URL): Promise<{ pages: number; records: number }> {
  await assertPagesInLanguageFolders(siteDir);
  const outputPath = join(siteDir, 'pagefind');
  // Files of an earlier index (other hashes) would otherwise stay beside the new ones.
  await rm(outputPath, { recursive: true, force: true });
  const records = glossaryRecords(await glossaryTerms(projectRoot));
  // One pass per `<html lang>` (a language whose pages share another's would otherwise overwrite its index).
  const passes = new Map<string, Locale[]>();
  for (const lang of LOCALES) passes.set(localeConfig(lang).htmlLang, [...(passes.get(localeConfig(lang).htmlLang) ?? []), lang]);
  let pages = 0;
  let merged: Entry | undefined;
  for (const [htmlLang, folders] of passes) {
    const pass = await indexLanguage(
      siteDir,
      htmlLang,
      folders,
      records.filter((record) => record.language === htmlLang),
      outputPath,
    );
    pages += pass.pages;
    merged = { ...pass.entry, languages: { ...merged?.languages, ...pass.entry.languages } };
  }
  if (!merged) throw new Error('no language to index');
  // In Pagefind's order (by language), as one pass over every language would write it.
  merged.languages = Object.fromEntries(Object.entries(merged.languages).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  await writeFile(join(outputPath, ENTRY_FILE), JSON.stringify(merged));
  return { pages, records: records.length };
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
        const started = performance.now();
        // What Astro's own process holds while Pagefind's run beside it (the build's peak is the sum).
        const held = Math.round(process.memoryUsage.rss() / 1024 / 1024);
        const { pages, records } = await buildSearchIndex(fileURLToPath(dir), root);
        // The benchmark reads this line for the index's share of the build time.
        logger.info(
          `indexed ${pages} pages and ${records} glossary terms in ${((performance.now() - started) / 1000).toFixed(1)} s (Astro's process: ${held} MiB)`,
        );
      },
    },
  };
}
