/**
 * What an entry's stored HTML depends on besides its own text: the code that renders it and the
 * locked versions of the Markdown packages. It joins each entry's digest in the content store
 * (and the CI cache key lists the same files), so a fix to the renderer, such as a sanitizer
 * rule, reaches every entry on the next build instead of only the entries that changed.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Project files whose content decides how a body is rendered. */
export const RENDERER_FILES = [
  'src/body/entry-html.ts',
  'src/body/mdx-body.ts',
  'src/schemas/url-safety.ts',
  'src/schemas/text-safety.ts',
  'src/lib/frontmatter.ts',
  'src/body/mdx-gate.ts',
  'src/loaders/mdx-entries.ts',
  'src/i18n/en.ts',
  'src/i18n/fr.ts',
  'package-lock.json',
] as const;

/** A short hash of the renderer's files under `root` (a missing file counts as empty). */
export async function rendererDigest(root: string): Promise<string> {
  const hash = createHash('sha256');
  for (const file of RENDERER_FILES) {
    hash.update(`${file}\0`);
    hash.update(await readFile(join(root, file)).catch(() => Buffer.alloc(0)));
  }
  return hash.digest('hex').slice(0, 16);
}
