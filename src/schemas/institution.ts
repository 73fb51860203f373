/** A Rwandan institution, a partner or a foreign counterpart (`content/institutions.yaml`). */
import { z } from 'astro/zod';
import isoCountries from 'i18n-iso-countries';
import { localized } from './localized.ts';
import { httpsUrl, oneOf, slug, text } from './primitives.ts';

export const INSTITUTION_KINDS = ['government', 'agency', 'company', 'un', 'development-partner', 'ngo'] as const;

export const institutionSchema = z.strictObject({
  id: slug,
  /** Full name in each language, as the institution writes it where it does. */
  name: localized(160),
  /** Acronym or short name, e.g. RPPA. */
  short: text(24).optional(),
  kind: oneOf(INSTITUTION_KINDS, 'institution kind'),
  /** Where it is based, as an ISO code in lower case; leave out for international organisations. */
  country: z
    .string()
    .refine((code) => /^[a-z]{2}$/.test(code) && isoCountries.isValid(code.toUpperCase()), {
      error: (issue) => `must be a lower-case ISO 3166-1 alpha-2 code such as "rw" (got ${JSON.stringify(issue.input)})`,
    })
    .optional(),
  /** Its official website. */
  url: httpsUrl,
});
export type Institution = z.output<typeof institutionSchema>;
