/**
 * Settings for whoever deploys the site, in one place (see docs/deploy.md). `SITE_URL` and
 * `REPOSITORY_URL` may also be set in the environment at build time. A deploy build (`DEPLOY=1`)
 * fails while any of them is still a placeholder (`*.example`).
 */
import { resolveSiteUrl } from '#src/config/site-url.ts';
import type { SiteSettings } from '#src/config/site-settings.ts';

export const siteConfig = {
  /** Public address of the site (origin only; a sub-path goes in BASE_PATH), used for canonical URLs and alternates. */
  url: resolveSiteUrl(process.env['SITE_URL']),
  name: 'Homegrown',
  /** Where "Edit this page" links point (files under content/). */
  repositoryUrl: process.env['REPOSITORY_URL'] || 'https://github.com/homegrown-catalogue/homegrown',
  /**
   * Where a delegation arranges a study visit. Rwanda Cooperation coordinates study visits for
   * foreign partners (https://cooperation.rw/governance/); its own pages publish no e-mail
   * address, so this links its official site.
   */
  contact: { name: 'Rwanda Cooperation', href: 'https://cooperation.rw/' },
  /**
   * Optional (unset by default): the e-mail address that receives study-visit requests. Set, the
   * "Request a study visit" page offers to e-mail the letter to it; unset, it offers the letter
   * to print or download and the contact's official page. Also read from VISIT_REQUEST_EMAIL.
   */
  visitRequestEmail: process.env['VISIT_REQUEST_EMAIL'] || undefined,
  /** Who publishes this copy of the site, named on the About page. */
  publisher: {
    name: {
      en: 'the Homegrown project, an open catalogue maintained by its contributors',
      fr: 'le projet Homegrown, un catalogue ouvert tenu par ses contributeurs',
    },
    url: process.env['REPOSITORY_URL'] || 'https://github.com/homegrown-catalogue/homegrown',
  },
} as const satisfies SiteSettings & { name: string };
