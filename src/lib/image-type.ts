/**
 * The image files the CMS may store (src/schemas/content-model.ts MEDIA_FOLDER): PNG, JPEG and
 * WebP, recognised by the bytes they start with, not only by their name. No SVG: it is a document
 * that can carry scripts.
 */

/** Extensions, with how the files' first bytes look. */
export const IMAGE_TYPES: Readonly<Record<string, (bytes: Uint8Array) => boolean>> = {
  '.png': (b) => [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((byte, i) => b[i] === byte),
  '.jpg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  '.jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  '.webp': (b) => String.fromCharCode(...b.slice(0, 4)) === 'RIFF' && String.fromCharCode(...b.slice(8, 12)) === 'WEBP',
};

export const isImageName = (path: string): boolean => Object.keys(IMAGE_TYPES).some((extension) => path.toLowerCase().endsWith(extension));

/** Why a file may not be stored as an image, or undefined: its name and its first bytes must agree. */
export function imageFileProblem(path: string, head: Uint8Array): string | undefined {
  const extension = Object.keys(IMAGE_TYPES).find((ext) => path.toLowerCase().endsWith(ext));
  if (!extension) return 'only PNG, JPEG and WebP images may be stored here (no SVG: it can carry scripts); delete the file or convert it';
  return IMAGE_TYPES[extension]?.(head)
    ? undefined
    : `is not a ${extension.slice(1).toUpperCase()} image (its bytes say otherwise); export it again as PNG, JPEG or WebP`;
}
