/**
 * What an entry's stored HTML depends on besides its own text: the code that renders it and the
 * locked versions of the packages. It joins each entry's digest in the content store, so a fix to
 * the renderer, such as a sanitizer rule or a callout's classes, reaches every entry on the next
 * build instead of only the entries that changed.
 *
 * The code is the loader's whole import graph inside the project, followed from
 * `src/loaders/mdx-entries.ts` through every `import`/`export ... from` of a project file (`#src/`
 * or relative): a module the renderer starts to use counts without anyone listing it. Packages
 * count through package-lock.json. (A hand-written list missed src/body/callout-tones.ts: pages
 * kept the old callout classes.)
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** Where the graph starts: the loader that renders bodies. */
export const RENDERER_ENTRY = 'src/loaders/mdx-entries.ts';

const SPECIFIER = /(?:^|[\s;{}])(?:import|export)\s(?:[^'";]*?\sfrom\s*)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The project files (paths from `root`, `/`-separated) reachable from `entry` by imports. */
export async function importGraph(root: string, entry = RENDERER_ENTRY): Promise<string[]> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift() ?? '';
    if (seen.has(file)) continue;
    const text = await readFile(join(root, file), 'utf8').catch(() => undefined);
    if (text === undefined) continue;
    seen.add(file);
    for (const match of text.matchAll(SPECIFIER)) {
      const specifier = match[1] ?? match[2] ?? '';
      let target: string | undefined;
      if (specifier.startsWith('#src/')) target = join('src', specifier.slice(5));
      else if (specifier.startsWith('./') || specifier.startsWith('../')) target = relative(root, resolve(root, dirname(file), specifier));
      if (target && /\.(ts|mts|js|mjs|json)$/.test(target) && !seen.has(target)) queue.push(target.split(sep).join('/'));
    }
  }
  return [...seen].sort();
}

/** Every file the digest reads: the renderer's import graph and the lock file. */
export async function rendererFiles(root: string): Promise<string[]> {
  return [...(await importGraph(root)), 'package-lock.json'];
}

/** A short hash of the renderer's files under `root` (a missing file counts as empty). */
export async function rendererDigest(root: string): Promise<string> {
  const hash = createHash('sha256');
  for (const file of await rendererFiles(root)) {
    hash.update(`${file}\0`);
    hash.update(await readFile(join(root, file)).catch(() => Buffer.alloc(0)));
  }
  return hash.digest('hex').slice(0, 16);
}
