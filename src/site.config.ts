/**
 * Settings for whoever deploys the site, in one place (see README "Deploying").
 * `SITE_URL` may also be set in the environment at build time.
 */
import { resolveSiteUrl } from './lib/site-url.ts';

export const siteConfig = {
  /** Public address of the site, used for canonical URLs and alternates. */
  url: resolveSiteUrl(process.env['SITE_URL']),
  name: 'Homegrown',
  /** Where "Edit this page" links point (files under content/). */
  repositoryUrl: 'https://github.com/homegrown-catalogue/homegrown',
  /** Address that receives study-visit requests. */
  contactEmail: 'contact@homegrown.example',
} as const;
