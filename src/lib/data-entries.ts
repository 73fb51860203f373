/**
 * The entries of a data collection's folder (`content/countries/`) as the tools read them: each
 * `<id>.yaml` file directly in it, in file-name order, parsed with `readDataEntry`. Symbolic links
 * and other special files are skipped (the content check reports them). Not validated: tools that
 * need valid entries run after the content check.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { dataIdFromFile } from '#src/schemas/content-model.ts';
import { readDataEntry } from './frontmatter.ts';

export interface DataEntryFile {
  /** The id: the file's name without `.yaml`. */
  id: string;
  /** Path of the file (under `dir`). */
  path: string;
  data: Record<string, unknown>;
}

/** Every entry of the folder `dir`; none when the folder does not exist. */
export async function readDataEntries(dir: string): Promise<DataEntryFile[]> {
  const names = await readdir(dir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) =>
    error.code === 'ENOENT' ? [] : Promise.reject(error),
  );
  const files = names
    .filter((entry) => entry.isFile())
    .flatMap((entry) => {
      const id = dataIdFromFile(entry.name);
      return id === undefined ? [] : [{ id, path: join(dir, entry.name) }];
    })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return Promise.all(files.map(async (file) => ({ ...file, data: readDataEntry(await readFile(file.path, 'utf8')) })));
}
