/**
 * Indexes an already built site with Pagefind, as the build does (used by `npm run bench` to
 * time indexing on its own). Usage: node scripts/index-site.ts [project root] [site dir]
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSearchIndex } from '#src/integrations/search-index.ts';

const root = resolve(process.argv[2] ?? '.');
const site = resolve(process.argv[3] ?? `${root}/dist`);
const { pages, records } = await buildSearchIndex(site, pathToFileURL(`${root}/`));
console.log(`indexed ${pages} pages and ${records} glossary terms into ${site}/pagefind`);
