/**
 * Where the site reads `content/` from: the project's own folder, or, during `npm run cms`, the
 * throwaway worktree decap-server edits (scripts/cms/session.ts), named by CMS_CONTENT_ROOT. There
 * the CMS publishes (merges into the session's branch); the dev server reads and watches the same
 * files, so a published entry is on the local site at once, without a restart.
 */
import { isAbsolute, join } from 'node:path';

export const CONTENT_ROOT_ENV = 'CMS_CONTENT_ROOT';

/** The folder holding `content/`: `projectRoot`, unless CMS_CONTENT_ROOT (an absolute path) names another. */
export function contentRoot(projectRoot: string, env: Record<string, string | undefined> = process.env): string {
  const other = env[CONTENT_ROOT_ENV];
  if (!other) return projectRoot;
  if (!isAbsolute(other)) throw new Error(`${CONTENT_ROOT_ENV}="${other}": write an absolute path to the folder that holds content/`);
  return other;
}

/** A path under `content/`, from the folder given by contentRoot. */
export function contentPath(projectRoot: string, ...parts: string[]): string {
  return join(contentRoot(projectRoot), ...parts);
}
