/**
 * The content model, schema-free half: every collection's name, where it lives under `content/`,
 * the name of its translation collection, the fields whose items a translation may relabel, and
 * the hint a broken reference to it shows. `collections.ts` attaches the zod schemas to exactly
 * these names (the compiler refuses a collection without them); the site (`content.config.ts`),
 * `reference()`, `localize()`, the content check, the scaffold and the tools all read from here.
 *
 * This module imports no schema, so the schemas themselves (through `reference()`) can use it.
 * Adding a collection: one entry here, its schemas in `collections.ts`.
 */

export const CONTENT_DIR = 'content';
/**
 * The CMS's media folder. Entries show no images; the folder is outside `public/`, so nothing in it
 * is published, and it may hold only PNG, JPEG and WebP images (the content check reads their bytes).
 */
export const MEDIA_FOLDER = `${CONTENT_DIR}/media`;
/** File name of a canonical entry inside its folder. */
export const CANONICAL_FILE = 'index.mdx';
/** Glob for translation files: a two-letter language code, e.g. `fr.mdx`. */
export const TRANSLATION_GLOB = '*/[a-z][a-z].mdx';

/** A collection of MDX entries: `<dir>/<slug>/index.mdx` (canonical) and `<dir>/<slug>/<lang>.mdx`. */
interface MdxPlace {
  dir: string;
  /** The collection holding its translations. */
  translations: string;
  /** Fields whose items (each with an `id`) a translation's `labels` may relabel; `a.b` is list `b` inside object `a`. */
  relabels: readonly string[];
  referenceHint?: string;
  /** Records kept beside each entry (`<dir>/<slug>/<file>`), validated by the check, never loaded by the site. */
  records?: readonly RecordName[];
}

/**
 * Records an entry may keep beside it, for editors and auditors: one file per entry, validated by
 * the content check against the entry, never published (the site loads `*.mdx` only).
 */
export const ENTRY_RECORDS = {
  /** The searches run for news about the entry and what was done with each result (`src/schemas/sweep.ts`). */
  sweep: {
    file: 'sweep.yaml',
    /** An entry without a record, or whose latest run is older than this many months, is a warning (`npm run check`). */
    maxAgeMonths: 6,
  },
} as const;
export type RecordName = keyof typeof ENTRY_RECORDS;

/** The label key under which a translation gives an item's note (a disagreement's): `<id>-note`. */
export const NOTE_LABEL_SUFFIX = '-note';

/**
 * A data collection: a folder of YAML files, one per entry, `<dir>/<id>.yaml`, each a map of the
 * entry's fields whose `id` is the file's name (the CMS names the file after the id).
 */
interface DataPlace {
  dir: string;
  /** How editors call the collection and one entry of it, in plain words (the CMS's "New country"). */
  words: { plural: string; singular: string };
  referenceHint?: string;
}

/** Extension of a data collection's entry files. */
export const DATA_EXTENSION = '.yaml';

export const CONTENT_MODEL = {
  solutions: {
    dir: 'solutions',
    translations: 'solutionTranslations',
    // A dotted name is a list inside an object field: `whatItTook.costs`.
    relabels: ['figures', 'timeline', 'disagreements', 'whatItTook.legalBasis', 'whatItTook.prerequisites', 'whatItTook.costs'],
    records: ['sweep'],
  },
  caseStudies: {
    dir: 'case-studies',
    translations: 'caseStudyTranslations',
    relabels: ['stages', 'timeline', 'outcomes', 'disagreements'],
    records: ['sweep'],
  },
  events: { dir: 'events', translations: 'eventTranslations', relabels: ['aims'] },
  countries: {
    dir: 'countries',
    words: { plural: 'Countries', singular: 'country' },
    referenceHint: 'a lower-case ISO code with a file in content/countries/, such as "gn"',
  },
  institutions: {
    dir: 'institutions',
    words: { plural: 'Institutions', singular: 'institution' },
    referenceHint: 'an institution with a file in content/institutions/, such as "rppa"',
  },
  glossary: { dir: 'glossary', words: { plural: 'Glossary terms', singular: 'glossary term' } },
} as const satisfies Record<string, MdxPlace | DataPlace>;

type Model = typeof CONTENT_MODEL;
/** A collection with canonical entries (MDX or YAML). */
export type CanonicalName = keyof Model;
/** A collection of MDX entries. */
export type MdxName = { [K in CanonicalName]: Model[K] extends MdxPlace ? K : never }[CanonicalName];
/** A YAML data collection. */
export type DataName = Exclude<CanonicalName, MdxName>;
/** A collection of translations, e.g. `solutionTranslations`. */
export type TranslationName = Model[MdxName]['translations'];
/** Every collection the site loads. */
export type CollectionName = CanonicalName | TranslationName;

const isMdx = (name: CanonicalName): name is MdxName => 'translations' in CONTENT_MODEL[name];

export const MDX_NAMES = (Object.keys(CONTENT_MODEL) as CanonicalName[]).filter(isMdx);
export const DATA_NAMES = (Object.keys(CONTENT_MODEL) as CanonicalName[]).filter((name): name is DataName => !isMdx(name));

/** Where an editor finds the entries a reference to `collection` may point to. */
export function referenceHint(collection: CollectionName): string {
  if (!(collection in CONTENT_MODEL)) return collection;
  const place: MdxPlace | DataPlace = CONTENT_MODEL[collection as CanonicalName];
  if (place.referenceHint) return place.referenceHint;
  return 'translations' in place
    ? `a folder name under ${CONTENT_DIR}/${place.dir}/`
    : `the id of a file in ${CONTENT_DIR}/${place.dir}/ (its name without ${DATA_EXTENSION})`;
}

/** `umucyo/index.mdx` -> `umucyo`; `umucyo/fr.mdx` -> `umucyo/fr`. */
export function entryIdFromPath(path: string): string {
  const [folder = '', file = ''] = path.split('/');
  return file === CANONICAL_FILE ? folder : `${folder}/${file.replace(/\.mdx$/, '')}`;
}

/** The id of a data entry from its file name: `gn.yaml` -> `gn`; undefined for any other file. */
export function dataIdFromFile(name: string): string | undefined {
  return name.endsWith(DATA_EXTENSION) && name.length > DATA_EXTENSION.length ? name.slice(0, -DATA_EXTENSION.length) : undefined;
}
