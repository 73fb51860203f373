import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { afterAll, expect, test } from 'vitest';
import { buildSearchIndex } from './search-index.ts';

const PROJECT = new URL('../../', import.meta.url);
const root = mkdtempSync(join(tmpdir(), 'homegrown-search-index-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function page(lang: string, title: string, text: string, body = true): string {
  return `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><main ${body ? 'data-pagefind-body' : ''}><h1>${title}</h1><p>${text}</p></main></body></html>`;
}

/** A small built site: pages in each language's folder, and the chooser at the root (not indexed). */
function site(name: string, extra: Record<string, string> = {}): string {
  const dir = join(root, name);
  const files: Record<string, string> = {
    'index.html': page('en', 'Homegrown', 'Choose a language', false),
    'en/solutions/umucyo/index.html': page('en', 'Umucyo', 'Electronic public procurement, studied by many countries.'),
    'en/solutions/gacaca/index.html': page('en', 'Gacaca', 'Community courts after the genocide.'),
    'fr/solutions/umucyo/index.html': page('fr', 'Umucyo', 'Marchés publics électroniques, étudiés par de nombreux pays.'),
    'fr/solutions/gacaca/index.html': page('fr', 'Gacaca', 'Juridictions communautaires après le génocide.'),
    ...extra,
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** Every file of a bundle, by path. */
function bundle(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(
    files.map((entry) => [
      join(entry.parentPath, entry.name).slice(dir.length),
      readFileSync(join(entry.parentPath, entry.name), 'base64'),
    ]),
  );
}

test('each language is indexed in a pass of its own into one bundle, byte for byte the bundle of one pass over the site', async () => {
  const dir = site('passes');
  const { pages, records } = await buildSearchIndex(dir, PROJECT);
  expect(pages).toBe(4);
  expect(records).toBeGreaterThan(0);
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  // Two pages and the glossary terms in each language.
  expect(Object.keys(entry.languages)).toEqual(['en', 'fr']);
  expect(entry.languages['en']?.page_count).toBe(2 + records / 2);

  // The reference: Pagefind over the whole site at once, with the same glossary records.
  const reference = site('one-pass');
  const { index } = await pagefind.createIndex({});
  if (!index) throw new Error('no index');
  await index.addDirectory({ path: reference });
  const { glossaryRecords } = await import('#src/search/search-records.ts');
  const { z } = await import('astro/zod');
  const { readDataEntries } = await import('#src/lib/data-entries.ts');
  const { SCHEMAS, dataDir } = await import('#src/schemas/collections.ts');
  const entries = await readDataEntries(fileURLToPath(new URL(dataDir('glossary'), PROJECT)));
  const terms = z.array(SCHEMAS.glossary.schema).parse(entries.map((entry) => entry.data));
  for (const record of glossaryRecords(terms)) await index.addCustomRecord(record);
  await index.writeFiles({ outputPath: join(reference, 'pagefind') });
  await pagefind.close();
  expect(bundle(join(dir, 'pagefind'))).toEqual(bundle(join(reference, 'pagefind')));
}, 120_000);

test('indexing again leaves no file of the earlier index in the bundle', async () => {
  const dir = site('again');
  await buildSearchIndex(dir, PROJECT);
  writeFileSync(join(dir, 'en/solutions/gacaca/index.html'), page('en', 'Gacaca', 'Courts of the community, rewritten.'));
  await buildSearchIndex(dir, PROJECT);
  const metas = readdirSync(join(dir, 'pagefind')).filter((file) => file.endsWith('.pf_meta'));
  expect(metas.map((file) => file.slice(0, 'pagefind.en'.length)).sort()).toEqual(['pagefind.en', 'pagefind.fr']);
}, 120_000);

test('a page outside the language folders that asks to be indexed fails the build, naming it', async () => {
  const dir = site('outside', { 'about/index.html': page('en', 'About', 'About the catalogue.') });
  await expect(buildSearchIndex(dir, PROJECT)).rejects.toThrow(/about\/index\.html has data-pagefind-body but is in no language folder/);
}, 120_000);

test("a page whose <html lang> is not its folder's language fails the build, naming the folder", async () => {
  const dir = site('mixed', { 'en/solutions/itorero/index.html': page('fr', 'Itorero', 'Éducation civique.') });
  await expect(buildSearchIndex(dir, PROJECT)).rejects.toThrow(
    /the pages in en\/ gave Pagefind the languages .*fr.*every page there must have <html lang="en">/,
  );
}, 120_000);
