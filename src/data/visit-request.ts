/** What the "Request a study visit" page shows: the catalogue's countries and solutions, who arranges visits, and the letter's words. */
import { visitRequestAddress } from '#src/config/site-settings.ts';
import type { UiKey } from '#src/i18n/ui.ts';
import type { VisitPageData } from '#src/lib/visit-request.ts';
import { siteConfig } from '#src/site.config.ts';
import type { Catalogue } from './catalogue.ts';
import { COORDINATING_INSTITUTION } from './institutions.ts';

export function visitRequestPage(catalogue: Catalogue, t: (key: UiKey) => string) {
  const countries = catalogue.countries.map((c): [string, string] => [c.code, c.name]);
  const solutions = catalogue.solutions.map((s): [string, string] => [s.slug, s.data.title]);
  const institution = catalogue.institutions.get(COORDINATING_INSTITUTION);
  const { contact } = siteConfig;
  const data: VisitPageData = {
    lang: catalogue.lang,
    countries,
    solutions,
    letter: {
      subject: t('letter.subject'),
      to: t('letter.to'),
      opening: t('letter.opening'),
      country: t('letter.country'),
      delegation: t('letter.delegation'),
      dates: t('letter.dates'),
      dateRange: t('letter.dateRange'),
      contact: t('letter.contact'),
      closing: t('letter.closing'),
    },
    to: contact.name,
    address: visitRequestAddress(siteConfig),
    ui: { file: t('visitRequest.file'), failed: t('visitRequest.failed') },
  };
  // The official page: the coordinating institution's, as the catalogue cites it, else the configured contact's.
  const official = { name: institution?.name ?? contact.name, href: institution?.url ?? contact.href };
  return { countries, solutions, institution, official, data };
}
