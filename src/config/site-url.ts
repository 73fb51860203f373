/** The site's public address from the environment, or a clear error naming the setting and the fix. */

export const PLACEHOLDER_SITE_URL = 'https://homegrown.example';

/** True when the build was given no public address (`SITE_URL` unset): it has only the placeholder. */
export function isPlaceholderSiteUrl(url: string): boolean {
  return url === PLACEHOLDER_SITE_URL;
}

export function resolveSiteUrl(value: string | undefined): string {
  // An unset repository variable reaches the build as an empty string.
  if (value === undefined || value.trim() === '') return PLACEHOLDER_SITE_URL;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(
      `SITE_URL must be the site's public address, such as https://homegrown.gov.rw (got ${JSON.stringify(value)}); fix it, or unset it, in the environment or the repository's Actions variables`,
    );
  }
  if (url.protocol !== 'https:') {
    throw new Error(`SITE_URL must start with https:// (got ${JSON.stringify(value)}); the site is served over https`);
  }
  return url.origin + url.pathname.replace(/\/+$/, '');
}
