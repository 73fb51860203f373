/**
 * Which entries of content/ are not written as the CMS writes them, and how they would be: the
 * frontmatter re-serialised as Decap does (src/lib/decap-frontmatter.ts), top-level keys in the
 * order of the collection's fields (src/admin/field-order.ts). `npm run format` rewrites them,
 * `npm run lint` names them (scripts/normalise-content.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { normaliseDataFile, normaliseEntryFile } from '#src/lib/decap-frontmatter.ts';
import { CONTENT_DIR } from '#src/schemas/collections.ts';
import { entryFieldOrders, entryOrderOf } from './field-order.ts';

export interface StyledEntry {
  /** Path relative to the root, `/`-separated, e.g. `content/solutions/abunzi/index.mdx`. */
  file: string;
  text: string;
  /** The file as the CMS would save it untouched (the text itself when its frontmatter cannot be read). */
  styled: string;
  /** Why the frontmatter cannot be read (a merge conflict, broken YAML); `npm run check` says where. */
  error?: string;
}

/** Every entry file under `root`'s content/ that a CMS collection holds, with its text as the CMS writes it. */
export function styledEntries(root: string): StyledEntry[] {
  const orders = entryFieldOrders();
  const files = globSync(`${CONTENT_DIR}/**/*.{mdx,yaml}`, { cwd: root }).sort();
  return files.flatMap((file) => {
    const order = entryOrderOf(file, orders);
    if (!order) return [];
    const text = readFileSync(join(root, file), 'utf8');
    const normalise = order.extension === 'yaml' ? normaliseDataFile : normaliseEntryFile;
    try {
      return [{ file, text, styled: normalise(text, order.fields) }];
    } catch (error) {
      return [{ file, text, styled: text, error: (error as Error).message.split('\n')[0] ?? 'YAML parsing error' }];
    }
  });
}
