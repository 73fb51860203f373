/**
 * Addresses on this site as built pages and files print them: absolute when the build knows the
 * public address (`SITE_URL`), a path from the site's root when it does not (`npm start`), never
 * the placeholder host. Printed pages replace a path with the address they were opened from
 * (src/client/print-origin.ts).
 */
import { isPlaceholderSiteUrl } from '#src/config/site-url.ts';
import { siteConfig } from '#src/site.config.ts';

/** Whether this build knows the site's public address. */
export const hasPublicAddress = !isPlaceholderSiteUrl(siteConfig.url);

/** `path` (from the site's root, base included) as an address to print or publish. */
export function publicUrl(path: string): string {
  return hasPublicAddress ? new URL(path, siteConfig.url).href : path;
}
