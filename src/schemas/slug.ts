/**
 * What a slug (an entry's folder name and id, a URL segment) may be: lower-case letters, digits
 * and single hyphens. The one pattern the schemas, the content check, the scaffold, the open-data
 * schema and the briefing builder's URL state all use; free of zod so browser code can import it.
 */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Longest slug: it becomes folder and file names (`og/fr/solutions/<slug>.png`), which file systems cap. */
export const SLUG_MAX_LENGTH = 80;
