/** Every file under a folder, recursively; none when the folder does not exist. */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

export async function listContentFiles(dir: string): Promise<string[]> {
  try {
    const names = await readdir(dir, { recursive: true, withFileTypes: true });
    return names.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
