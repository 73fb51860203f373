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
  /**
   * Optional: an e-mail address that receives study-visit requests. Only when it is set does the
   * "Request a study visit" page offer to e-mail the letter (a `mailto:` link); unset by default.
   */
  visitRequestEmail?: string | undefined;
}

/** An e-mail address as the visit request page uses it: one `@`, no spaces, no `?` or `&`. */
const ADDRESS = /^[^\s@?&]+@[^\s@?&]+\.[^\s@?&]+$/;

/** The address that receives visit requests, when one is configured and well formed; otherwise undefined. */
export function visitRequestAddress(settings: Pick<SiteSettings, 'visitRequestEmail'>): string | undefined {
  const value = settings.visitRequestEmail?.trim();
  return value && ADDRESS.test(value) ? value : undefined;
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

const FIXES: Record<'url' | 'repositoryUrl' | 'contact.href' | 'publisher.url' | 'visitRequestEmail', string> = {
  url: 'set SITE_URL to the public address (e.g. https://<owner>.github.io), or siteConfig.url',
  repositoryUrl: 'set REPOSITORY_URL to the repository (e.g. https://github.com/<owner>/<repo>), or siteConfig.repositoryUrl',
  'contact.href': 'set siteConfig.contact to the office that arranges study visits (an https:// page or a mailto: address)',
  'publisher.url': 'set siteConfig.publisher to whoever publishes this copy of the site',
  visitRequestEmail: 'set VISIT_REQUEST_EMAIL to the address that receives study-visit requests (name@host), or leave it unset',
};

/** One line per setting that is still a placeholder: setting, value, fix. Empty when the site can be deployed. */
export function placeholderSettings(settings: SiteSettings): string[] {
  const values: Record<Exclude<keyof typeof FIXES, 'visitRequestEmail'>, string> = {
    url: settings.url,
    repositoryUrl: settings.repositoryUrl,
    'contact.href': settings.contact.href,
    'publisher.url': settings.publisher.url,
  };
  const problems = (Object.keys(values) as (keyof typeof values)[])
    .filter((key) => isPlaceholder(values[key]))
    .map((key) => `src/site.config.ts: ${key} is still a placeholder ("${values[key]}"): ${FIXES[key]}.`);
  // Unset is fine; set, it must reach someone.
  const email = settings.visitRequestEmail;
  if (email !== undefined && (!visitRequestAddress(settings) || isPlaceholder(`mailto:${email}`)))
    problems.push(`src/site.config.ts: visitRequestEmail is not a usable address ("${email}"): ${FIXES.visitRequestEmail}.`);
  return problems;
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
