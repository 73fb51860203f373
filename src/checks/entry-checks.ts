/**
 * The named checks `checkContent` composes: where a file sits (layout), what its MDX body may
 * hold, placeholders left by the scaffold, the collection's schema, references between entries,
 * the age of a review, the truth rules and the translations. Each takes what it needs and returns
 * its problems, so each can be tested alone.
 */
import type { z } from 'astro/zod';
import { DEFAULT_LOCALE, TRANSLATION_LOCALES } from '#src/config/locales.ts';
import {
  CANONICAL_FILE,
  CONTENT_DIR,
  DATA_COLLECTIONS,
  DATA_EXTENSION,
  ENTRY_RECORDS,
  type CollectionName,
  type DataCollection,
  type MdxCollection,
} from '#src/schemas/collections.ts';
import { labelledTexts, missingLabels } from '#src/lib/localize.ts';
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from '#src/schemas/slug.ts';
import { gateMdx } from '#src/body/mdx-gate.ts';
import { PLACEHOLDER, placeholderLines, placeholdersIn } from './placeholders.ts';
import { formatPath, type Problem } from './problem.ts';
import { monthsBefore, truthWarnings } from './truth-rules.ts';
import { parseYaml } from './yaml-source.ts';
import { issuesToProblems, type IssueContext } from './zod-issues.ts';

export type LineOf = (path: ReadonlyArray<PropertyKey>) => number | undefined;

/** An entry as the checks across entries see it. */
export interface LoadedEntry {
  collection: CollectionName;
  id: string;
  file: string;
  /** Parsed and validated data, or undefined when validation failed. */
  data: Record<string, unknown> | undefined;
  lineOf: LineOf;
}

/** Entries whose file exists, readable or not, per collection ('*': every entry of it, when none can be told apart). */
export type Present = ReadonlyMap<CollectionName, ReadonlySet<string>>;

function problem(file: string, field: string, message: string, line?: number, severity: Problem['severity'] = 'error'): Problem {
  return { file, field, message, line, severity };
}

/** Where an MDX file sits in its collection: its slug (folder) and language. */
export interface EntryPlace {
  folder: string;
  lang: string;
  isCanonical: boolean;
}

/**
 * Layout: an MDX collection holds `<slug>/index.mdx` and `<slug>/<lang>.mdx` only, the slug a
 * valid one and the language a translation language. `pathInDir` is relative to the collection's
 * folder, with forward slashes.
 */
export function checkLayout(collection: MdxCollection, file: string, pathInDir: string): { problems: Problem[]; place?: EntryPlace } {
  const parts = pathInDir.split('/');
  const record = Object.values(ENTRY_RECORDS).find((r) => parts.length === 2 && parts[1] === r.file);
  if (record) {
    const message = `${collection.dir} keep no ${record.file}; only the collections whose content model lists it do: remove the file`;
    return { problems: [problem(file, 'file', message)] };
  }
  if (parts.length !== 2 || !parts[1]?.endsWith('.mdx')) {
    const where = `write ${CONTENT_DIR}/${collection.dir}/<slug>/${CANONICAL_FILE} and translations as <slug>/<lang>.mdx`;
    return { problems: [problem(file, 'file', `is not where an entry can be; ${where}`)] };
  }
  const [folder = '', name = ''] = parts;
  const lang = name.replace(/\.mdx$/, '');
  const isCanonical = name === CANONICAL_FILE;
  if (!SLUG_PATTERN.test(folder)) {
    const message = `folder name "${folder}" is the entry's slug and must be lower-case letters, digits and single hyphens; rename the folder`;
    return { problems: [problem(file, 'slug', message)] };
  }
  if (folder.length > SLUG_MAX_LENGTH) {
    const message = `folder name "${folder.slice(0, 40)}…" is ${folder.length} characters long; slugs become file names and may be at most ${SLUG_MAX_LENGTH}: rename the folder`;
    return { problems: [problem(file, 'slug', message)] };
  }
  if (!isCanonical && !(TRANSLATION_LOCALES as readonly string[]).includes(lang)) {
    const hint =
      lang === DEFAULT_LOCALE
        ? `${DEFAULT_LOCALE} is the canonical language: put it in ${CANONICAL_FILE}`
        : `use ${CANONICAL_FILE} or one of ${TRANSLATION_LOCALES.map((l) => `${l}.mdx`).join(', ')}`;
    return { problems: [problem(file, 'file', `"${name}" is not a known file name; ${hint}`)] };
  }
  return { problems: [], place: { folder, lang, isCanonical } };
}

/** An MDX file split by the gate: its frontmatter when it has one, its body and the body's first line. */
export interface MdxParts {
  frontmatter: { text: string; line: number } | undefined;
  body: string;
  bodyLine: number;
}

/** MDX body: what the gate rejects in the body, and a frontmatter that is missing or not closed. */
export function checkMdxBody(file: string, source: string): { problems: Problem[]; parts: MdxParts } {
  const gate = gateMdx(source);
  const problems = gate.findings.map((finding) => problem(file, 'body', finding.message, finding.line));
  if (!gate.frontmatter) {
    if (source.trimStart().startsWith('---'))
      problems.push(problem(file, 'frontmatter', 'is not closed; end the entry fields with a line holding only ---', 1));
    else if (gate.findings.length === 0)
      problems.push(problem(file, 'frontmatter', 'is missing; start the file with --- and the entry fields, then ---', 1));
  }
  return { problems, parts: { frontmatter: gate.frontmatter, body: gate.body, bodyLine: gate.bodyLine } };
}

/**
 * Placeholders: fields and body lines still holding the scaffold's placeholder. Returns the field
 * paths too, so the schema's complaints about those fields can be left out.
 */
export function checkPlaceholders(
  file: string,
  data: unknown,
  lineOf: LineOf,
  body?: { text: string; line: number },
): { problems: Problem[]; fields: string[] } {
  const paths = placeholdersIn(data);
  const problems = paths.map((path) =>
    problem(
      file,
      formatPath(path),
      `still holds the placeholder ${PLACEHOLDER}; replace it with the real value from a source`,
      lineOf(path),
    ),
  );
  for (const line of body ? placeholderLines(body.text) : []) {
    const message = `still holds the placeholder ${PLACEHOLDER}; write this part of the text or remove the line`;
    problems.push(problem(file, 'body', message, (body?.line ?? 1) + line - 1));
  }
  return { problems, fields: paths.map(formatPath) };
}

/** True when `field` is, is inside, or contains one of the placeholder fields. */
function aboutPlaceholder(field: string, placeholders: readonly string[]): boolean {
  return placeholders.some(
    (path) => field === path || field.startsWith(`${path}[`) || field.startsWith(`${path}.`) || path.startsWith(`${field}[`),
  );
}

/**
 * Schema: validates a value with the collection's schema. A field still holding a placeholder gets
 * the placeholder's message only, not schema noise as well.
 */
export function checkSchema(
  schema: z.ZodType,
  value: unknown,
  context: Omit<IssueContext, 'data'>,
  placeholders: readonly string[] = [],
): { problems: Problem[]; data: Record<string, unknown> | undefined } {
  const result = schema.safeParse(value);
  if (result.success) return { problems: [], data: result.data as Record<string, unknown> };
  const problems = issuesToProblems(result.error.issues, { ...context, data: value });
  return { problems: problems.filter((p) => !aboutPlaceholder(p.field, placeholders)), data: undefined };
}

/** How an unknown field of an MDX entry is explained: the slug is the folder, facts belong to the canonical entry. */
function unknownMdxField(collection: MdxCollection, place: EntryPlace): NonNullable<IssueContext['unknownField']> {
  const canonicalFields = new Set(Object.keys(collection.schema.shape));
  const canonicalFile = `${CONTENT_DIR}/${collection.dir}/${place.folder}/${CANONICAL_FILE}`;
  return (key, parent) => {
    if (parent.length === 0 && key === 'slug') return `the slug is the folder name ("${place.folder}"); remove slug: or rename the folder`;
    if (!place.isCanonical && parent.length === 0 && canonicalFields.has(key))
      return `is a fact, and a translation cannot redefine facts; set it once in ${canonicalFile} and remove it here`;
    return 'is not a field of this entry; check its spelling or remove it';
  };
}

/** An MDX entry read by `checkMdxEntry`; `entry` is undefined when its frontmatter could not be read. */
export interface MdxEntryResult {
  problems: Problem[];
  entry?: LoadedEntry;
}

/** Everything about one MDX file whose layout is right: body, frontmatter, placeholders, schema. */
export function checkMdxEntry(collection: MdxCollection, place: EntryPlace, file: string, source: string): MdxEntryResult {
  const { problems, parts } = checkMdxBody(file, source);
  if (!parts.frontmatter) return { problems };
  const offset = parts.frontmatter.line - 1;
  const yaml = parseYaml(parts.frontmatter.text);
  const lineOf: LineOf = (p) => {
    const line = yaml.lineOf(p);
    return line === undefined ? undefined : line + offset;
  };
  for (const error of yaml.errors)
    problems.push(
      problem(file, 'frontmatter', `is not valid YAML: ${error.message}`, error.line === undefined ? undefined : error.line + offset),
    );
  if (yaml.errors.length > 0) return { problems };

  const placeholders = checkPlaceholders(file, yaml.value, lineOf, { text: parts.body, line: parts.bodyLine });
  const schema = place.isCanonical ? collection.schema : collection.translationSchema;
  const validated = checkSchema(
    schema,
    yaml.value ?? {},
    { file, lineOf, unknownField: unknownMdxField(collection, place) },
    placeholders.fields,
  );
  const entry: LoadedEntry = {
    collection: place.isCanonical ? collection.name : collection.translations,
    id: place.isCanonical ? place.folder : `${place.folder}/${place.lang}`,
    file,
    data: validated.data,
    lineOf,
  };
  return { problems: [...problems, ...placeholders.problems, ...validated.problems], entry };
}

/** A data entry's file read by `checkDataFile`; `entry` is undefined when the file could not be parsed. */
export interface DataFileResult {
  problems: Problem[];
  entry?: LoadedEntry;
}

/**
 * One entry of a data collection (`content/countries/gn.yaml`): a YAML map validated with the
 * collection's schema, whose `id` is the file's name (`id` is the name without `.yaml`).
 */
export function checkDataFile(collection: DataCollection, file: string, id: string, text: string): DataFileResult {
  const yaml = parseYaml(text);
  const problems = yaml.errors.map((error) => problem(file, 'file', `is not valid YAML: ${error.message}`, error.line));
  if (yaml.errors.length > 0) return { problems };
  if (yaml.value === null || typeof yaml.value !== 'object' || Array.isArray(yaml.value)) {
    const message = `must hold one entry, its fields as "name: value" lines starting with "id: ${id}"`;
    return { problems: [problem(file, 'file', message, 1)] };
  }
  const lineOf: LineOf = (p) => yaml.lineOf(p);
  const placeholders = checkPlaceholders(file, yaml.value, lineOf);
  const validated = checkSchema(collection.schema, yaml.value, { file, lineOf }, placeholders.fields);
  problems.push(...placeholders.problems, ...validated.problems);
  const written = (yaml.value as { id?: unknown }).id;
  if (typeof written === 'string' && written !== id) {
    const message = `is "${written}", but the file is named ${id}.yaml; an entry's id is its file name: rename the file to ${written}.yaml or set id: ${id}`;
    problems.push(problem(file, 'id', message, lineOf(['id'])));
  }
  return { problems, entry: { collection: collection.name, id, file, data: validated.data, lineOf } };
}

/** Every `{ collection, id }` reference inside a validated entry, with its path. */
export function referencesIn(value: unknown, path: PropertyKey[] = []): { path: PropertyKey[]; collection: CollectionName; id: string }[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => referencesIn(item, [...path, index]));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length === 2 && typeof record['collection'] === 'string' && typeof record['id'] === 'string') {
    return [{ path, collection: record['collection'] as CollectionName, id: record['id'] }];
  }
  return Object.entries(record).flatMap(([key, child]) => referencesIn(child, [...path, key]));
}

/** The file a missing entry would be: `content/countries/gw.yaml` for a data entry, else "that entry". */
function whereToAdd(collection: CollectionName, id: string): string {
  const data = DATA_COLLECTIONS.find((c) => c.name === collection);
  return data
    ? `${CONTENT_DIR}/${data.dir}/${id}${DATA_EXTENSION} (in the CMS: ${data.words.plural}, New ${data.words.singular})`
    : 'that entry';
}

/**
 * References: each points to an entry that exists, and not to the entry itself. A reference to an
 * entry whose file exists but could not be read (`present`) is not reported: that file's own
 * problems are the ones to fix.
 */
export function checkReferences(entries: readonly LoadedEntry[], present: Present = new Map()): Problem[] {
  const ids = new Map<CollectionName, Set<string>>();
  for (const entry of entries) ids.set(entry.collection, (ids.get(entry.collection) ?? new Set()).add(entry.id));
  const problems: Problem[] = [];
  for (const entry of entries) {
    for (const ref of entry.data ? referencesIn(entry.data) : []) {
      const cannotTell = present.get(ref.collection)?.has(ref.id) || present.get(ref.collection)?.has('*');
      const field = formatPath(ref.path);
      if (!ids.get(ref.collection)?.has(ref.id) && !cannotTell) {
        const message = `points to ${ref.collection} "${ref.id}", which does not exist; fix the spelling or add ${whereToAdd(ref.collection, ref.id)} first`;
        problems.push(problem(entry.file, field, message, entry.lineOf(ref.path)));
      } else if (ref.collection === entry.collection && ref.id === entry.id) {
        problems.push(problem(entry.file, field, 'points to the entry itself; remove it', entry.lineOf(ref.path)));
      }
    }
  }
  return problems;
}

/** Review age: a `lastReviewed` more than 12 months before `today` is a warning. */
export function checkReviewAge(entry: LoadedEntry, today: string): Problem[] {
  const reviewed = entry.data?.['lastReviewed'];
  if (typeof reviewed !== 'string' || reviewed >= monthsBefore(today, 12)) return [];
  const message = `was ${reviewed}, more than 12 months ago; check the facts against the sources and update the date`;
  return [problem(entry.file, 'lastReviewed', message, entry.lineOf(['lastReviewed']), 'warning')];
}

/** Collections whose entries record a news check (`checked`) and are held to the truth rules. */
const CHECKED_COLLECTIONS: readonly CollectionName[] = ['solutions', 'caseStudies', 'events'];

/** Truth rules (`truth-rules.ts`) over solutions, case studies and events, as warnings. */
export function checkTruthRules(entry: LoadedEntry, today: string): Problem[] {
  if (!entry.data || !CHECKED_COLLECTIONS.includes(entry.collection)) return [];
  return truthWarnings(entry.data as Parameters<typeof truthWarnings>[0], today).map((warning) =>
    problem(entry.file, formatPath(warning.path), warning.message, entry.lineOf(warning.path) ?? entry.lineOf(['lastReviewed']), 'warning'),
  );
}

/** Keys of a canonical entry's texts that its translations may relabel (from the registry). */
function labelIds(collection: MdxCollection, data: Record<string, unknown>): Set<string> {
  return new Set(labelledTexts(collection.relabels, data).map((text) => text.key));
}

/** One translation against its canonical entry: labels for known ids, all ids labelled, reviewed since. */
function checkTranslation(collection: MdxCollection, entry: LoadedEntry, canonical: LoadedEntry): Problem[] {
  if (!entry.data || !canonical.data) return [];
  const problems: Problem[] = [];
  const known = labelIds(collection, canonical.data);
  const labels = entry.data['labels'] as Record<string, string>;
  for (const key of Object.keys(labels).filter((k) => !known.has(k))) {
    const message = `translates "${key}", but ${canonical.file} has no figure, timeline item, stage, outcome, aim, disagreement (or side, or <id>-note) with that id`;
    problems.push(problem(entry.file, `labels.${key}`, message, entry.lineOf(['labels', key])));
  }
  const missing = [...new Set(missingLabels(collection.relabels, canonical.data, labels).map((text) => text.key))];
  if (missing.length > 0) {
    const message = `has no translation for ${missing.join(', ')}; readers will see the English text`;
    problems.push(problem(entry.file, 'labels', message, entry.lineOf(['labels']), 'warning'));
  }
  const translated = entry.data['lastReviewed'] as string;
  const reviewed = canonical.data['lastReviewed'] as string;
  if (translated < reviewed) {
    const message = `is ${translated}, older than the canonical entry (${reviewed}); the translation may be stale: compare it with ${canonical.file} and update it`;
    problems.push(problem(entry.file, 'lastReviewed', message, entry.lineOf(['lastReviewed']), 'warning'));
  }
  return problems;
}

/** Translations: each has a canonical entry, labels only its items, and is not older than it. */
export function checkTranslations(entries: readonly LoadedEntry[], collections: readonly MdxCollection[]): Problem[] {
  const byKey = new Map(entries.map((entry) => [`${entry.collection}/${entry.id}`, entry]));
  return collections.flatMap((collection) =>
    entries
      .filter((entry) => entry.collection === collection.translations)
      .flatMap((entry) => {
        const [slug = ''] = entry.id.split('/');
        const canonical = byKey.get(`${collection.name}/${slug}`);
        if (canonical) return checkTranslation(collection, entry, canonical);
        const message = `is a translation without a canonical entry; add ${CONTENT_DIR}/${collection.dir}/${slug}/${CANONICAL_FILE} first`;
        return [problem(entry.file, 'file', message)];
      }),
  );
}
