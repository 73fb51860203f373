/**
 * A country: one file per country, `content/countries/<id>.yaml`. Names are not typed here: they
 * come from the `i18n-iso-countries` package in each language, by the ISO code. Blocs and official
 * languages are listed only where a cited page lists them; languages are ISO 639-1 codes, and
 * official languages without one are named in the note.
 */
import { z } from 'astro/zod';
import isoCountries from 'i18n-iso-countries';
import { oneOf, text, uniqueList } from './primitives.ts';
import { sourceList } from './source.ts';

export const REGIONS = [
  'north-africa',
  'west-africa',
  'central-africa',
  'east-africa',
  'southern-africa',
  'caribbean',
  'latin-america',
  'north-america',
  'europe',
  'asia',
  'middle-east',
  'oceania',
] as const;
export type Region = (typeof REGIONS)[number];

/** Regional blocs used by the "countries like mine" filters. */
export const BLOCS = ['ECOWAS', 'SADC', 'EAC', 'ECCAS', 'COMESA', 'IGAD', 'SACU', 'CARICOM', 'AES', 'ASEAN'] as const;
export type Bloc = (typeof BLOCS)[number];

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

export const countrySchema = z.strictObject({
  /** ISO 3166-1 alpha-2 code in lower case, e.g. `gn`; also the URL of the country page. */
  id: z
    .string({ error: 'must be a lower-case ISO 3166-1 alpha-2 code such as "gn"' })
    .superRefine((code, ctx) => {
      if (!/^[a-z]{2}$/.test(code) || !isoCountries.isValid(code.toUpperCase())) {
        ctx.addIssue({
          code: 'custom',
          message: `must be a lower-case ISO 3166-1 alpha-2 code such as "gn" for Guinea (got ${JSON.stringify(code)})`,
        });
      }
    })
    .describe('The country, by its ISO 3166-1 code in lower case; also the name of its file and the address of its page.')
    .meta({ 'x-country': true }),
  region: oneOf(REGIONS, 'region').describe('African Union region for African countries, otherwise the world region.'),
  blocs: uniqueList(oneOf(BLOCS, 'regional bloc'), 'bloc', (value) => value)
    .default([])
    .describe('Regional blocs it belongs to, only where a cited page lists them.'),
  /** Official languages as ISO 639-1 codes (`fr`, `en`, `pt`, `sw`...). */
  languages: uniqueList(
    z.string().refine((code) => /^[a-z]{2,3}$/.test(code) && languageNames.of(code) !== code, {
      error: (issue) => `must be an ISO 639-1 language code such as "fr" (got ${JSON.stringify(issue.input)})`,
    }),
    'language',
    (value) => value,
  )
    .min(1, { error: 'list at least one official language' })
    .describe(
      'Official languages as ISO 639-1 codes (fr, en, pt, sw...), as a cited page lists them; one without a code is named in the note.',
    ),
  note: text(240).optional().describe('Anything worth knowing about the region, blocs or languages (a suspension), in English.'),
  sources: sourceList,
});
export type Country = z.output<typeof countrySchema>;
