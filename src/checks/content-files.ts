/** The files under a folder, recursively; none when the folder does not exist. */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

export interface ContentListing {
  /** Regular files. */
  files: string[];
  /** Symbolic links, sockets, devices...: never content, reported by the check. */
  others: { path: string; kind: string }[];
}

function kindOf(entry: { isSymbolicLink(): boolean; isFIFO(): boolean; isSocket(): boolean }): string {
  if (entry.isSymbolicLink()) return 'a symbolic link';
  if (entry.isFIFO()) return 'a named pipe';
  if (entry.isSocket()) return 'a socket';
  return 'a device or special file';
}

/** Lists a folder's regular files and, apart, anything else that is not a folder (links are not followed). */
export async function listContent(dir: string): Promise<ContentListing> {
  try {
    const names = await readdir(dir, { recursive: true, withFileTypes: true });
    const listing: ContentListing = { files: [], others: [] };
    for (const entry of names) {
      const path = join(entry.parentPath, entry.name);
      if (entry.isFile()) listing.files.push(path);
      else if (!entry.isDirectory()) listing.others.push({ path, kind: kindOf(entry) });
    }
    return listing;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { files: [], others: [] };
    throw error;
  }
}

/** Every regular file under a folder, recursively. */
export async function listContentFiles(dir: string): Promise<string[]> {
  return (await listContent(dir)).files;
}
