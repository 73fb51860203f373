/** The deploy settings' shapes, and the check that keeps placeholders off a deployed site. */
import type { Locale } from '#src/config/locales.ts';

/** Where a delegation arranges a study visit. */
export interface ContactSetting {
  /** Who arranges visits, as the site names it: "Rwanda Cooperation". */
  name: string;
  /** Where to reach them: an `https://` page or a `mailto:` address. */
  href: string;
}

/** Who publishes this copy of the site. */
export interface PublisherSetting {
  /** Its name in every site language. */
  name: Record<Locale, string>;
  /** An `https://` page about the publisher. */
  url: string;
}

export interface SiteSettings {
  url: string;
  repositoryUrl: string;
  contact: ContactSetting;
  publisher: PublisherSetting;
}

/** The e-mail address of a `mailto:` contact, or undefined when the contact is a web page. */
export function contactAddress(contact: ContactSetting): string | undefined {
  return contact.href.startsWith('mailto:') ? contact.href.slice('mailto:'.length).split('?')[0] : undefined;
}

/** True for documentation hosts (RFC 2606: `.example`, `example.com`...) that reach no one. */
function isPlaceholder(href: string): boolean {
  const host = href.startsWith('mailto:') ? (href.split('@')[1]?.split('?')[0] ?? '') : URL.canParse(href) ? new URL(href).hostname : '';
  return host === '' || /(^|\.)(example|invalid|test|localhost)$/.test(host) || /(^|\.)example\.(com|net|org)$/.test(host);
}

const FIXES: Record<'url' | 'repositoryUrl' | 'contact.href' | 'publisher.url', string> = {
  url: 'set SITE_URL to the public address (e.g. https://<owner>.github.io), or siteConfig.url',
  repositoryUrl: 'set REPOSITORY_URL to the repository (e.g. https://github.com/<owner>/<repo>), or siteConfig.repositoryUrl',
  'contact.href': 'set siteConfig.contact to the office that arranges study visits (an https:// page or a mailto: address)',
  'publisher.url': 'set siteConfig.publisher to whoever publishes this copy of the site',
};

/** One line per setting that is still a placeholder: setting, value, fix. Empty when the site can be deployed. */
export function placeholderSettings(settings: SiteSettings): string[] {
  const values: Record<keyof typeof FIXES, string> = {
    url: settings.url,
    repositoryUrl: settings.repositoryUrl,
    'contact.href': settings.contact.href,
    'publisher.url': settings.publisher.url,
  };
  return (Object.keys(FIXES) as (keyof typeof FIXES)[])
    .filter((key) => isPlaceholder(values[key]))
    .map((key) => `src/site.config.ts: ${key} is still a placeholder ("${values[key]}"): ${FIXES[key]}.`);
}

/** Throws, naming every placeholder setting and its fix; the deploy build (DEPLOY=1) calls it. */
export function assertDeployable(settings: SiteSettings): void {
  const problems = placeholderSettings(settings);
  if (problems.length > 0) {
    throw new Error(
      `This build is for deployment (DEPLOY=1) but some settings are placeholders:\n${problems.map((p) => `  ${p}`).join('\n')}`,
    );
  }
}
