/** A Rwandan institution, a partner or a foreign counterpart, referenced by id from entries: one file each, `content/institutions/<id>.yaml`. */
import { z } from 'astro/zod';
import isoCountries from 'i18n-iso-countries';
import { citationsOf, figureWithLabel } from './claims.ts';
import { localized } from './localized.ts';
import { httpsUrl, oneOf, slug, text } from './primitives.ts';
import { checkCitations, sourceList } from './source.ts';

export const INSTITUTION_KINDS = ['government', 'agency', 'company', 'un', 'development-partner', 'ngo'] as const;

export const institutionSchema = z
  .strictObject({
    id: slug,
    name: localized(160).describe('Full name in each language, as the institution writes it where it does.'),
    short: text(24).optional().describe('Acronym or short name, e.g. RPPA.'),
    kind: oneOf(INSTITUTION_KINDS, 'institution kind'),
    /** Where it is based, as an ISO code in lower case; leave out for international organisations. */
    country: z
      .string()
      .refine((code) => /^[a-z]{2}$/.test(code) && isoCountries.isValid(code.toUpperCase()), {
        error: (issue) => `must be a lower-case ISO 3166-1 alpha-2 code such as "rw" (got ${JSON.stringify(issue.input)})`,
      })
      .optional()
      .describe('Where it is based; leave empty for an international organisation.')
      .meta({ 'x-country': true }),
    url: httpsUrl.describe('Its official website.'),
    description: localized(800).optional().describe('What it does, in every language; every claim in it comes from `sources`.'),
    /**
     * Key figures about the institution itself (Rwanda Cooperation's delegations hosted), each
     * value with its own source. Labels are given in every language, as the rest of this file.
     */
    figures: z.array(figureWithLabel(localized(120))).default([]),
    sources: sourceList.optional().describe('Required when figures are given.'),
  })
  .superRefine((institution, ctx) => {
    if ((institution.figures.length > 0 || institution.description) && !institution.sources) {
      ctx.addIssue({
        code: 'custom',
        path: ['sources'],
        message: 'is required with figures or a description: list the pages they come from',
      });
    }
    checkCitations(ctx, institution.sources, citationsOf('figures', institution.figures));
  });
export type Institution = z.output<typeof institutionSchema>;
