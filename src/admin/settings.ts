/**
 * The CMS's settings, from the environment at build time: CMS_REPO (`owner/name`, default from
 * REPOSITORY_URL), CMS_BRANCH (default `main`), CMS_AUTH_URL (the OAuth proxy, docs/cms.md),
 * DECAP_SERVER_URL (the local backend's API, default http://localhost:8081/api/v1), CMS_SITE_URL
 * (where "View Live" goes, default SITE_URL), CMS_CONTENT_ROOT (src/lib/content-root.ts);
 * and the entries references may point to, read from content/.
 */
import { siteConfig } from '#src/site.config.ts';
import { contentRoot } from '#src/lib/content-root.ts';
import { cmsChoices } from './choices.ts';
import type { CmsSettings } from './config.ts';

/** `https://github.com/owner/name` -> `owner/name`. */
export function repoOf(url: string): string {
  const match = /github\.com\/([^/]+\/[^/#?]+?)(?:\.git)?\/?$/.exec(url);
  return match?.[1] ?? 'homegrown-catalogue/homegrown';
}

/** The origin of the OAuth proxy (CMS_AUTH_URL), which the admin page's policy must allow; none locally. */
export function cmsAuthOrigin(): string | undefined {
  const url = process.env['CMS_AUTH_URL'];
  return url ? new URL(url).origin : undefined;
}

export async function cmsSettings(root: string): Promise<CmsSettings> {
  const authUrl = process.env['CMS_AUTH_URL'];
  return {
    repo: process.env['CMS_REPO'] || repoOf(siteConfig.repositoryUrl),
    branch: process.env['CMS_BRANCH'] || 'main',
    // `npm run cms` names its dev server when SITE_URL is not set (scripts/cms.ts).
    siteUrl: process.env['CMS_SITE_URL'] || siteConfig.url,
    ...(process.env['DECAP_SERVER_URL'] ? { localBackendUrl: process.env['DECAP_SERVER_URL'] } : {}),
    ...(authUrl ? { authUrl } : {}),
    // During `npm run cms`, the entries of its session (new ones included), not those of the working copy.
    choices: await cmsChoices(contentRoot(root)),
  };
}
