/**
 * The registry of the content model: each collection of `content-model.ts` (location, translation
 * collection, relabelled fields, reference hint) with the schemas that validate it. The site
 * (`src/content.config.ts`), the content check, the scaffold, `content:diff`, `check:external`,
 * the search index and the editor schemas all read this table, so they can never disagree.
 */
import type { z } from 'astro/zod';
import { caseStudySchema, caseStudyTranslationSchema } from './case-study.ts';
import {
  CONTENT_DIR,
  CONTENT_MODEL,
  DATA_EXTENSION,
  DATA_NAMES,
  ENTRY_RECORDS,
  MDX_NAMES,
  type CanonicalName,
  type DataName,
  type CollectionName,
  type MdxName,
  type RecordName,
  type TranslationName,
} from './content-model.ts';
import { countrySchema } from './country.ts';
import { eventSchema, eventTranslationSchema } from './event.ts';
import { glossaryTermSchema } from './glossary.ts';
import { institutionSchema } from './institution.ts';
import { solutionSchema, solutionTranslationSchema } from './solution.ts';
import { sweepSchema } from './sweep.ts';

export {
  CANONICAL_FILE,
  CONTENT_DIR,
  CONTENT_MODEL,
  DATA_EXTENSION,
  ENTRY_RECORDS,
  MEDIA_FOLDER,
  TRANSLATION_GLOB,
  dataIdFromFile,
  entryIdFromPath,
  type CanonicalName,
  type RecordName,
  type CollectionName,
  type TranslationName,
} from './content-model.ts';

/** The schemas of every collection; a collection in `CONTENT_MODEL` without them does not compile. */
export const SCHEMAS = {
  solutions: { schema: solutionSchema, translationSchema: solutionTranslationSchema },
  caseStudies: { schema: caseStudySchema, translationSchema: caseStudyTranslationSchema },
  events: { schema: eventSchema, translationSchema: eventTranslationSchema },
  countries: { schema: countrySchema },
  institutions: { schema: institutionSchema },
  glossary: { schema: glossaryTermSchema },
} as const satisfies { [K in MdxName]: { schema: z.ZodObject; translationSchema: z.ZodObject } } & {
  [K in DataName]: { schema: z.ZodObject };
};

/** The schema of each record an entry may keep beside it (`ENTRY_RECORDS`). */
export const RECORD_SCHEMAS = { sweep: sweepSchema } as const satisfies { [K in RecordName]: z.ZodType };

/** A record kept beside each entry of a collection: `<dir>/<slug>/<file>`. */
export interface EntryRecord {
  name: RecordName;
  file: string;
  /** An entry without the record, or whose record is older than this, is a warning. */
  maxAgeMonths: number;
  schema: z.ZodType;
}

/** An MDX collection: `<dir>/<slug>/index.mdx` (canonical) and `<dir>/<slug>/<lang>.mdx`. */
export interface MdxCollection {
  name: MdxName;
  translations: TranslationName;
  dir: string;
  relabels: readonly string[];
  schema: z.ZodObject;
  translationSchema: z.ZodObject;
  /** Records kept beside each entry (a sweep record), never published. */
  records: readonly EntryRecord[];
}

/** A data collection: a folder of YAML files, one per entry, `<dir>/<id>.yaml`. */
export interface DataCollection {
  name: DataName;
  /** Folder under `content/`, e.g. `countries`. */
  dir: string;
  /** How editors call the collection and one entry of it: "Countries", "country". */
  words: { plural: string; singular: string };
  schema: z.ZodObject;
}

function recordsOf(name: MdxName): EntryRecord[] {
  const place = CONTENT_MODEL[name];
  const names: readonly RecordName[] = 'records' in place ? place.records : [];
  return names.map((record) => ({ name: record, ...ENTRY_RECORDS[record], schema: RECORD_SCHEMAS[record] }));
}

export const MDX_COLLECTIONS: readonly MdxCollection[] = MDX_NAMES.map((name) => ({
  name,
  ...CONTENT_MODEL[name],
  ...SCHEMAS[name],
  records: recordsOf(name),
}));
export const DATA_COLLECTIONS: readonly DataCollection[] = DATA_NAMES.map((name) => ({
  name,
  dir: CONTENT_MODEL[name].dir,
  words: CONTENT_MODEL[name].words,
  schema: SCHEMAS[name].schema,
}));

/** Folder of a data collection, from the project root: `content/glossary`. */
export function dataDir(name: DataName): string {
  return `${CONTENT_DIR}/${CONTENT_MODEL[name].dir}`;
}

/** File of one entry of a data collection, from the project root: `content/countries/gn.yaml`. */
export function dataFile(name: DataName, id: string): string {
  return `${dataDir(name)}/${id}${DATA_EXTENSION}`;
}

/** The fields whose items a translation of `name` may relabel. */
export function relabelledFields(name: CanonicalName): readonly string[] {
  const place = CONTENT_MODEL[name];
  return 'relabels' in place ? place.relabels : [];
}

type MdxOf<T extends TranslationName> = { [M in MdxName]: (typeof CONTENT_MODEL)[M]['translations'] extends T ? M : never }[MdxName];
/** The schema validating collection `K`, by type: what the site's collection types are inferred from. */
export type SchemaOf<K extends CollectionName> = K extends CanonicalName
  ? (typeof SCHEMAS)[K]['schema']
  : K extends TranslationName
    ? (typeof SCHEMAS)[MdxOf<K>]['translationSchema']
    : never;
