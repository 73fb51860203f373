/**
 * The shape of the open-data files under /data/. JSON Schemas for them are generated from these
 * zod schemas and published under /data/schema/, and every file is validated against its schema
 * at build time, so the published files and their schemas cannot disagree.
 */
import { z } from 'astro/zod';
import { SLUG_PATTERN } from '#src/schemas/slug.ts';
import { FIGURE_UNITS, QUALIFIERS } from './claims.ts';
import { STAGES } from './case-study.ts';
import { BLOCS, REGIONS } from './country.ts';
import { INSTITUTION_KINDS } from './institution.ts';
import { SECTORS } from './primitives.ts';
import { SOLUTION_STATUSES } from './solution.ts';
import { SOURCE_KINDS, SOURCE_LANGUAGES } from './source.ts';
import type { Locale } from '#src/config/locales.ts';

export const FORMAT_VERSION = 1;
/**
 * The languages of this format version, fixed by it (`title_en`, `title_fr`...): a new site
 * language enters the open data with a new format version, not silently.
 */
export const OPEN_DATA_LOCALES = { canonical: 'en', translated: 'fr' } as const satisfies Record<string, Locale>;

const date = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
  .describe('A date known to the year, month or day: YYYY, YYYY-MM or YYYY-MM-DD');
const id = z.string().regex(SLUG_PATTERN);
const bilingual = z
  .strictObject({ en: z.string(), fr: z.string().nullable() })
  .describe('English text, and French where translated (null otherwise)');

const source = z.strictObject({
  id,
  title: z.string(),
  publisher: z.string(),
  kind: z
    .enum(SOURCE_KINDS)
    .describe(
      'Who published it: rwanda-government, rwanda-cooperation, other-government, intergovernmental (UN, World Bank, AU...), press, academic, ngo-company or other',
    ),
  url: z.url({ protocol: /^https$/ }),
  archived: z
    .url({ protocol: /^https$/ })
    .nullable()
    .describe('A web archive copy of the page, when the entry gives one'),
  published: date.nullable(),
  accessed: date,
  language: z.enum(SOURCE_LANGUAGES),
});
const figure = z.strictObject({
  id,
  label: bilingual,
  unit: z.enum(FIGURE_UNITS),
  values: z.array(z.strictObject({ value: z.number(), qualifier: z.enum(QUALIFIERS), asOf: date, source: id })),
});
const dated = z.strictObject({ id, date, text: bilingual, source: id });
const disagreement = z
  .strictObject({
    id,
    text: bilingual.describe('What is disputed'),
    sides: z
      .array(z.strictObject({ id, text: bilingual, source: id, also: z.array(id).describe('Further sources saying the same') }))
      .describe("Each source's account"),
    note: bilingual.nullable(),
    figure: id.nullable().describe('The key figure it is about, if any'),
  })
  .describe('A fact the sources disagree on ("Sources differ"), each side with its source');

export const solutionRecord = z.strictObject({
  slug: id,
  url: bilingual,
  title: bilingual,
  summary: bilingual,
  kinyarwanda: z.strictObject({ name: z.string(), meaning: bilingual.nullable() }).nullable(),
  sectors: z.array(z.enum(SECTORS)),
  sdgs: z.array(z.number().int().min(1).max(17)),
  leadInstitution: id.nullable(),
  start: z.strictObject({ date, source: id }).nullable(),
  status: z.enum(SOLUTION_STATUSES),
  end: z.strictObject({ date, source: id }).nullable(),
  figures: z.array(figure),
  timeline: z.array(dated),
  disagreements: z.array(disagreement),
  related: z.array(id),
  sources: z.array(source),
  lastReviewed: date,
  checked: date.nullable().describe('When someone last looked in public sources for news about this entry'),
});

export const caseStudyRecord = z.strictObject({
  slug: id,
  url: bilingual,
  title: bilingual,
  summary: bilingual,
  country: z.string().regex(/^[a-z]{2}$/),
  solutions: z.array(id),
  counterpart: id.nullable(),
  partners: z.array(id),
  stages: z.array(
    z.strictObject({
      id,
      stage: z.enum(STAGES),
      date,
      source: id,
      also: z.array(id).describe('Further sources supporting the same stage'),
      uncorroborated: date.nullable().describe('When someone looked for an official source for this stage and found none'),
      lastReported: date
        .nullable()
        .describe(
          'Publication date of the latest source reporting a stage beyond a study visit (null for a study visit or when no source is dated)',
        ),
      text: bilingual,
      localName: z.string().nullable(),
    }),
  ),
  furthestStage: z.enum(STAGES).nullable(),
  timeline: z.array(dated),
  adaptation: bilingual.nullable(),
  outcomes: z.array(z.strictObject({ id, text: bilingual, source: id })),
  disagreements: z.array(disagreement),
  sources: z.array(source),
  lastReviewed: date,
  checked: date.nullable().describe('When someone last looked in public sources for news about this entry'),
});

export const countryRecord = z.strictObject({
  code: z.string().regex(/^[a-z]{2}$/),
  name: z.strictObject({ en: z.string(), fr: z.string() }),
  region: z.enum(REGIONS),
  blocs: z.array(z.enum(BLOCS)),
  languages: z.array(z.string()),
  note: z.string().nullable(),
  sources: z.array(source),
});

export const institutionRecord = z.strictObject({
  id,
  name: z.strictObject({ en: z.string(), fr: z.string() }),
  short: z.string().nullable(),
  kind: z.enum(INSTITUTION_KINDS),
  country: z.string().nullable(),
  url: z.url({ protocol: /^https$/ }),
});

export const glossaryRecord = z.strictObject({
  id,
  term: z.string(),
  literal: z.strictObject({ en: z.string(), fr: z.string() }).nullable(),
  explanation: z.strictObject({ en: z.string(), fr: z.string() }),
  solutions: z.array(id),
  sources: z.array(source),
});

/** A published file: format version, generation date, its schema's URL and the items. */
export function dataFile<T extends z.ZodType>(item: T) {
  return z.strictObject({
    formatVersion: z.literal(FORMAT_VERSION),
    generated: date,
    schema: z
      .union([z.url({ protocol: /^https$/ }), z.string().regex(/^\/[^/]/)])
      .describe("Its JSON Schema: an https URL, or a path from the site's root in a copy built without its public address"),
    licence: z.string(),
    items: z.array(item),
  });
}

export const DATA_FILES = {
  solutions: dataFile(solutionRecord),
  'case-studies': dataFile(caseStudyRecord),
  countries: dataFile(countryRecord),
  institutions: dataFile(institutionRecord),
  glossary: dataFile(glossaryRecord),
} as const;
export type DataFileName = keyof typeof DATA_FILES;

/** Columns of /data/solutions.csv: one row per solution; lists joined with "; ". */
export const SOLUTION_COLUMNS = [
  'slug',
  'title_en',
  'title_fr',
  'summary_en',
  'summary_fr',
  'kinyarwanda_name',
  'meaning_en',
  'meaning_fr',
  'sectors',
  'sdgs',
  'status',
  'lead_institution',
  'start',
  'end',
  'last_reviewed',
  'checked',
  'url_en',
  'url_fr',
] as const;

/** Columns of /data/case-studies.csv: one row per lifecycle stage, with that stage's source. */
export const CASE_STUDY_COLUMNS = [
  'case_study',
  'country',
  'solutions',
  'stage_id',
  'stage',
  'date',
  'local_name',
  'text_en',
  'text_fr',
  'source_title',
  'source_url',
  'source_kind',
  'source_archived',
  'also_source_urls',
  'also_source_kinds',
  'uncorroborated',
  'checked',
  'url_en',
  'url_fr',
] as const;
