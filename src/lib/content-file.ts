/**
 * Reads a file of `content/` only if it is a regular file that really lives inside the given
 * folder: a symbolic link (to the README, to /etc/passwd) or a special file is refused, so the
 * site never publishes a file the content check did not see.
 */
import { lstat, readFile, realpath } from 'node:fs/promises';
import { relative, sep } from 'node:path';

export class UnsafeContentFileError extends Error {
  override name = 'UnsafeContentFileError';
}

export async function readContentFile(path: string, insideDir: string): Promise<string> {
  const info = await lstat(path);
  const shown = relative(process.cwd(), path) || path;
  if (info.isSymbolicLink()) {
    throw new UnsafeContentFileError(
      `${shown} is a symbolic link; content/ may hold only regular files: replace the link with the file itself`,
    );
  }
  if (!info.isFile()) throw new UnsafeContentFileError(`${shown} is not a regular file; content/ may hold only regular files`);
  const [real, dir] = await Promise.all([realpath(path), realpath(insideDir)]);
  if (!real.startsWith(`${dir}${sep}`)) {
    throw new UnsafeContentFileError(`${shown} resolves to ${real}, outside ${dir}; content/ may hold only its own files`);
  }
  return readFile(path, 'utf8');
}
