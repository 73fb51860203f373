/**
 * Where each collection lives under `content/` and which schema validates it. Both
 * `src/content.config.ts` (the site) and `src/checks/` (the content check) read this table,
 * so the two can never disagree about the layout.
 */
import type { z } from 'astro/zod';
import { caseStudySchema, caseStudyTranslationSchema } from './case-study.ts';
import { countrySchema } from './country.ts';
import { eventSchema, eventTranslationSchema } from './event.ts';
import { glossaryTermSchema } from './glossary.ts';
import { institutionSchema } from './institution.ts';
import type { CollectionName } from './reference.ts';
import { solutionSchema, solutionTranslationSchema } from './solution.ts';

export const CONTENT_DIR = 'content';

/** An MDX collection: `<dir>/<slug>/index.mdx` (canonical) and `<dir>/<slug>/<lang>.mdx`. */
export interface MdxCollection {
  name: CollectionName;
  translations: CollectionName;
  dir: string;
  schema: z.ZodObject;
  translationSchema: z.ZodObject;
}

/** A data collection: one YAML file holding a list of entries, each with an `id`. */
export interface DataCollection {
  name: CollectionName;
  file: string;
  schema: z.ZodObject;
}

export const MDX_COLLECTIONS = [
  {
    name: 'solutions',
    translations: 'solutionTranslations',
    dir: 'solutions',
    schema: solutionSchema,
    translationSchema: solutionTranslationSchema,
  },
  {
    name: 'caseStudies',
    translations: 'caseStudyTranslations',
    dir: 'case-studies',
    schema: caseStudySchema,
    translationSchema: caseStudyTranslationSchema,
  },
  { name: 'events', translations: 'eventTranslations', dir: 'events', schema: eventSchema, translationSchema: eventTranslationSchema },
] as const satisfies readonly MdxCollection[];

export const DATA_COLLECTIONS = [
  { name: 'countries', file: 'countries.yaml', schema: countrySchema },
  { name: 'institutions', file: 'institutions.yaml', schema: institutionSchema },
  { name: 'glossary', file: 'glossary.yaml', schema: glossaryTermSchema },
] as const satisfies readonly DataCollection[];

/** File name of a canonical entry inside its folder. */
export const CANONICAL_FILE = 'index.mdx';
/** Glob for translation files: a two-letter language code, e.g. `fr.mdx`. */
export const TRANSLATION_GLOB = '*/[a-z][a-z].mdx';

/** `umucyo/index.mdx` -> `umucyo`; `umucyo/fr.mdx` -> `umucyo/fr`. */
export function entryIdFromPath(path: string): string {
  const [folder = '', file = ''] = path.split('/');
  return file === CANONICAL_FILE ? folder : `${folder}/${file.replace(/\.mdx$/, '')}`;
}
