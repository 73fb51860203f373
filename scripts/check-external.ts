/**
 * `npm run check:external` (opt-in; needs the network, not run in CI): requests every source URL
 * in content/ and prints a report of dead and redirected links. Exits non-zero if any is dead.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CONTENT_DIR, DATA_COLLECTIONS } from '../src/schemas/collections.ts';
import { listContentFiles } from '../src/checks/content-files.ts';

interface Link {
  url: string;
  files: Set<string>;
}

function urlsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string' && /^https:\/\//.test(value)) out.push(value);
  else if (Array.isArray(value)) for (const item of value) urlsIn(item, out);
  else if (value !== null && typeof value === 'object') for (const child of Object.values(value)) urlsIn(child, out);
  return out;
}

const root = process.argv[2] ?? '.';
const links = new Map<string, Link>();
for (const file of (await listContentFiles(join(root, CONTENT_DIR))).filter((f) => /\.(mdx|yaml)$/.test(f))) {
  const text = await readFile(file, 'utf8');
  const data = DATA_COLLECTIONS.some((c) => file.endsWith(c.file)) ? parse(text) : parse(text.slice(3, text.indexOf('\n---', 3)));
  for (const url of urlsIn(data)) {
    const link = links.get(url) ?? { url, files: new Set<string>() };
    link.files.add(file);
    links.set(url, link);
  }
}

const results = await Promise.all(
  [...links.values()].map(async (link) => {
    try {
      const response = await fetch(link.url, {
        method: 'GET',
        redirect: 'manual',
        signal: AbortSignal.timeout(20_000),
        headers: { 'user-agent': 'Homegrown link check' },
      });
      const location = response.headers.get('location');
      return { link, status: response.status, location };
    } catch (error) {
      return { link, status: 0, location: (error as Error).message };
    }
  }),
);
let dead = 0;
for (const { link, status, location } of results.sort((a, b) => a.link.url.localeCompare(b.link.url))) {
  if (status >= 200 && status < 300) continue;
  const kind = status >= 300 && status < 400 ? 'redirected' : 'dead';
  if (kind === 'dead') dead++;
  console.log(`${kind}: ${link.url} (${status || 'no answer'}${location ? ` -> ${location}` : ''}) in ${[...link.files].join(', ')}`);
}
console.log(
  `${links.size} source URLs checked: ${dead} dead, ${results.filter((r) => r.status >= 300 && r.status < 400).length} redirected`,
);
process.exitCode = dead > 0 ? 1 : 0;
