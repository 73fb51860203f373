/**
 * The CMS's media folder (MEDIA_FOLDER, outside public/): only PNG, JPEG and WebP images, by their
 * bytes. An SVG, HTML or script file uploaded there is refused with the file and the fix.
 */
import { open } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { imageFileProblem } from '#src/lib/image-type.ts';
import type { Problem } from './problem.ts';

async function head(path: string): Promise<Uint8Array> {
  const file = await open(path, 'r');
  try {
    const buffer = new Uint8Array(16);
    const { bytesRead } = await file.read(buffer, 0, 16, 0);
    return buffer.slice(0, bytesRead);
  } finally {
    await file.close();
  }
}

/** Problems of the media files among `files` (absolute paths under the folder `mediaDir`). */
export async function checkMediaFiles(root: string, files: readonly string[]): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const path of files) {
    const problem = imageFileProblem(path, await head(path));
    if (problem)
      problems.push({
        file: relative(root, path).split(sep).join('/'),
        field: 'file',
        message: problem,
        line: undefined,
        severity: 'error',
      });
  }
  return problems;
}
