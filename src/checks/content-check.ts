/**
 * The content check behind `npm run check` and the build: validates every file under `content/`
 * with the site's own schemas, gates MDX, resolves references across collections and reports
 * each problem with its file, field, line and fix.
 */
import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { z } from 'astro/zod';
import { DEFAULT_LOCALE, TRANSLATION_LOCALES } from '../config/locales.ts';
import {
  CANONICAL_FILE,
  CONTENT_DIR,
  DATA_COLLECTIONS,
  MDX_COLLECTIONS,
  type DataCollection,
  type MdxCollection,
} from '../schemas/collections.ts';
import { SLUG_MAX_LENGTH, SLUG_PATTERN, todayIso } from '../schemas/primitives.ts';
import type { CollectionName } from '../schemas/reference.ts';
import { listContent, listContentFiles } from './content-files.ts';
import { gateMdx } from './mdx-gate.ts';
import { PLACEHOLDER, placeholderLines, placeholdersIn } from './placeholders.ts';
import { formatPath, sortProblems, type Problem } from './problem.ts';
import { monthsBefore, truthWarnings } from './truth-rules.ts';
import { parseYaml } from './yaml-source.ts';
import { issuesToProblems } from './zod-issues.ts';

export interface CheckOptions {
  /**
   * `YYYY-MM-DD`; reviews older than 12 months and news checks older than 6 months before it are
   * reported. Defaults to today (or the CHECK_TODAY environment variable, for tests).
   */
  today?: string;
}

export interface CheckResult {
  problems: Problem[];
  /** Entries found, per collection (`solutions`, `solutionTranslations:fr`...). */
  counts: Record<string, number>;
}

interface LoadedEntry {
  collection: CollectionName;
  id: string;
  file: string;
  /** Parsed and validated data, or undefined when validation failed. */
  data: Record<string, unknown> | undefined;
  lineOf: (path: ReadonlyArray<PropertyKey>) => number | undefined;
}

/** Files the check accepts besides entries. */
const ALLOWED_EXTRA_FILES = new Set(['README.md']);

function toPosix(path: string): string {
  return path.split(sep).join('/');
}

/** Ids of an entry's figures, timeline items, stages, outcomes and aims: what `labels` may translate. */
function labelIds(data: Record<string, unknown>): Set<string> {
  const ids = new Set<string>();
  for (const field of ['figures', 'timeline', 'stages', 'outcomes', 'aims']) {
    const items = data[field];
    if (Array.isArray(items)) for (const item of items) ids.add((item as { id: string }).id);
  }
  return ids;
}

/** Every `{ collection, id }` reference inside a validated entry, with its path. */
function referencesIn(value: unknown, path: PropertyKey[] = []): { path: PropertyKey[]; collection: CollectionName; id: string }[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => referencesIn(item, [...path, index]));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length === 2 && typeof record['collection'] === 'string' && typeof record['id'] === 'string') {
    return [{ path, collection: record['collection'] as CollectionName, id: record['id'] }];
  }
  return Object.entries(record).flatMap(([key, child]) => referencesIn(child, [...path, key]));
}

export async function checkContent(root: string, options: CheckOptions = {}): Promise<CheckResult> {
  const today = options.today ?? process.env['CHECK_TODAY'] ?? todayIso();
  const contentRoot = join(root, CONTENT_DIR);
  const problems: Problem[] = [];
  const entries: LoadedEntry[] = [];
  const counts: Record<string, number> = {};
  const rel = (path: string) => toPosix(relative(root, path));
  const report = (file: string, field: string, message: string, line?: number, severity: Problem['severity'] = 'error') =>
    problems.push({ file, field, message, line, severity });

  const claimed = new Set<string>();
  /**
   * Entries whose file exists, readable or not ('*': the whole data file). A reference to an
   * entry that exists but could not be read is not also reported as missing: its file's own
   * problems are the ones to fix.
   */
  const present = new Map<CollectionName, Set<string>>();
  const markPresent = (collection: CollectionName, id: string) => {
    if (!present.has(collection)) present.set(collection, new Set());
    present.get(collection)?.add(id);
  };

  async function loadMdx(collection: MdxCollection) {
    const dir = join(contentRoot, collection.dir);
    const canonicalFields = new Set(Object.keys(collection.schema.shape));
    const files = await listContentFiles(dir);
    for (const path of files) {
      claimed.add(path);
      const file = rel(path);
      const parts = toPosix(relative(dir, path)).split('/');
      if (parts.length !== 2 || !parts[1]?.endsWith('.mdx')) {
        report(
          file,
          'file',
          `is not where an entry can be; write ${CONTENT_DIR}/${collection.dir}/<slug>/${CANONICAL_FILE} and translations as <slug>/<lang>.mdx`,
        );
        continue;
      }
      const [folder = '', name = ''] = parts;
      const lang = name.replace(/\.mdx$/, '');
      const isCanonical = name === CANONICAL_FILE;
      if (!SLUG_PATTERN.test(folder)) {
        report(
          file,
          'slug',
          `folder name "${folder}" is the entry's slug and must be lower-case letters, digits and single hyphens; rename the folder`,
        );
        continue;
      }
      if (folder.length > SLUG_MAX_LENGTH) {
        report(
          file,
          'slug',
          `folder name "${folder.slice(0, 40)}…" is ${folder.length} characters long; slugs become file names and may be at most ${SLUG_MAX_LENGTH}: rename the folder`,
        );
        continue;
      }
      if (!isCanonical && !(TRANSLATION_LOCALES as readonly string[]).includes(lang)) {
        const hint =
          lang === DEFAULT_LOCALE
            ? `${DEFAULT_LOCALE} is the canonical language: put it in ${CANONICAL_FILE}`
            : `use ${CANONICAL_FILE} or one of ${TRANSLATION_LOCALES.map((l) => `${l}.mdx`).join(', ')}`;
        report(file, 'file', `"${name}" is not a known file name; ${hint}`);
        continue;
      }

      const source = await readFile(path, 'utf8');
      const gate = gateMdx(source);
      for (const finding of gate.findings) report(file, 'body', finding.message, finding.line);
      const collectionName = isCanonical ? collection.name : collection.translations;
      markPresent(collectionName, isCanonical ? folder : `${folder}/${lang}`);
      if (!gate.frontmatter) {
        if (source.trimStart().startsWith('---')) {
          report(file, 'frontmatter', 'is not closed; end the entry fields with a line holding only ---', 1);
          continue;
        }
        if (gate.findings.length === 0)
          report(file, 'frontmatter', 'is missing; start the file with --- and the entry fields, then ---', 1);
        continue;
      }
      const offset = gate.frontmatter.line - 1;
      const yaml = parseYaml(gate.frontmatter.text);
      const lineOf = (p: ReadonlyArray<PropertyKey>) => {
        const line = yaml.lineOf(p);
        return line === undefined ? undefined : line + offset;
      };
      for (const error of yaml.errors)
        report(file, 'frontmatter', `is not valid YAML: ${error.message}`, error.line === undefined ? undefined : error.line + offset);
      if (yaml.errors.length > 0) continue;

      // A field still holding the scaffold's placeholder gets that one message, not schema noise.
      const placeholders = new Set<string>();
      for (const path of placeholdersIn(yaml.value)) {
        placeholders.add(formatPath(path));
        report(
          file,
          formatPath(path),
          `still holds the placeholder ${PLACEHOLDER}; replace it with the real value from a source`,
          lineOf(path),
        );
      }
      const body = source
        .split('\n')
        .slice(gate.bodyLine - 1)
        .join('\n');
      for (const line of placeholderLines(body)) {
        report(
          file,
          'body',
          `still holds the placeholder ${PLACEHOLDER}; write this part of the text or remove the line`,
          gate.bodyLine + line - 1,
        );
      }

      const schema: z.ZodType = isCanonical ? collection.schema : collection.translationSchema;
      const canonicalFile = `${CONTENT_DIR}/${collection.dir}/${folder}/${CANONICAL_FILE}`;
      const result = schema.safeParse(yaml.value ?? {});
      const countKey = isCanonical ? collectionName : `${collectionName}:${lang}`;
      counts[countKey] = (counts[countKey] ?? 0) + 1;
      if (!result.success) {
        const schemaProblems = issuesToProblems(result.error.issues, {
          file,
          data: yaml.value,
          lineOf,
          unknownField: (key, parent) => {
            if (parent.length === 0 && key === 'slug')
              return `the slug is the folder name ("${folder}"); remove slug: or rename the folder`;
            if (!isCanonical && parent.length === 0 && canonicalFields.has(key)) {
              return `is a fact, and a translation cannot redefine facts; set it once in ${canonicalFile} and remove it here`;
            }
            return 'is not a field of this entry; check its spelling or remove it';
          },
        });
        problems.push(
          ...schemaProblems.filter(
            (problem) =>
              ![...placeholders].some(
                (path) =>
                  problem.field === path ||
                  problem.field.startsWith(`${path}[`) ||
                  problem.field.startsWith(`${path}.`) ||
                  path.startsWith(`${problem.field}[`),
              ),
          ),
        );
      }
      entries.push({
        collection: collectionName,
        id: isCanonical ? folder : `${folder}/${lang}`,
        file,
        data: result.success ? (result.data as Record<string, unknown>) : undefined,
        lineOf,
      });
    }
  }

  async function loadData(collection: DataCollection) {
    const path = join(contentRoot, collection.file);
    const file = rel(path);
    if (!(await listContent(contentRoot)).files.includes(path)) {
      // A symbolic link or special file is reported with the other stray files below.
      claimed.add(path);
      report(file, 'file', `is missing; create it with a YAML list of ${collection.name}`);
      markPresent(collection.name, '*');
      return;
    }
    claimed.add(path);
    const text = await readFile(path, 'utf8');
    const yaml = parseYaml(text);
    for (const error of yaml.errors) report(file, 'file', `is not valid YAML: ${error.message}`, error.line);
    if (yaml.errors.length > 0) {
      markPresent(collection.name, '*');
      return;
    }
    if (!Array.isArray(yaml.value)) {
      report(file, 'file', 'must be a YAML list of entries, each starting with "- id: ..."', 1);
      return;
    }
    const seen = new Map<string, number>();
    yaml.value.forEach((item: unknown, index: number) => {
      const id = (item as { id?: unknown } | null)?.id;
      const result = collection.schema.safeParse(item);
      counts[collection.name] = (counts[collection.name] ?? 0) + 1;
      const lineOf = (p: ReadonlyArray<PropertyKey>) => yaml.lineOf([index, ...p]);
      if (!result.success) {
        problems.push(
          ...issuesToProblems(result.error.issues, { file, data: item, lineOf }).map((problem) => ({
            ...problem,
            field: `[${index}]${problem.field.startsWith('[') ? '' : '.'}${problem.field}`.replace('.(entry)', ''),
          })),
        );
      }
      if (typeof id === 'string') {
        const first = seen.get(id);
        if (first !== undefined) {
          report(
            file,
            `[${index}].id`,
            `"${id}" is a duplicate of the entry at [${first}]; ids must be unique, merge or rename one`,
            lineOf(['id']),
          );
          return;
        }
        seen.set(id, index);
      }
      entries.push({
        collection: collection.name,
        id: typeof id === 'string' ? id : `#${index}`,
        file,
        data: result.success ? (result.data as Record<string, unknown>) : undefined,
        lineOf,
      });
    });
  }

  for (const collection of MDX_COLLECTIONS) await loadMdx(collection);
  for (const collection of DATA_COLLECTIONS) await loadData(collection);

  const listing = await listContent(contentRoot);
  for (const other of listing.others) {
    report(
      rel(other.path),
      'file',
      `is ${other.kind}; content/ may hold only regular files: replace it with the file itself, or remove it`,
    );
  }
  for (const path of listing.files) {
    if (claimed.has(path) || ALLOWED_EXTRA_FILES.has(toPosix(relative(contentRoot, path)))) continue;
    const known = [...MDX_COLLECTIONS.map((c) => `${c.dir}/`), ...DATA_COLLECTIONS.map((c) => c.file)].join(', ');
    report(rel(path), 'file', `is not part of any collection; content/ holds only ${known}`);
  }

  const ids = new Map<CollectionName, Set<string>>();
  for (const entry of entries) {
    if (!ids.has(entry.collection)) ids.set(entry.collection, new Set());
    ids.get(entry.collection)?.add(entry.id);
  }
  const byKey = new Map(entries.map((entry) => [`${entry.collection}/${entry.id}`, entry]));

  for (const entry of entries) {
    if (!entry.data) continue;
    for (const ref of referencesIn(entry.data)) {
      const cannotTell = present.get(ref.collection)?.has(ref.id) || present.get(ref.collection)?.has('*');
      if (!ids.get(ref.collection)?.has(ref.id) && !cannotTell) {
        report(
          entry.file,
          formatPath(ref.path),
          `points to ${ref.collection} "${ref.id}", which does not exist; fix the spelling or add that entry first`,
          entry.lineOf(ref.path),
        );
      } else if (ref.collection === entry.collection && ref.id === entry.id) {
        report(entry.file, formatPath(ref.path), 'points to the entry itself; remove it', entry.lineOf(ref.path));
      }
    }
    const reviewed = entry.data['lastReviewed'];
    if (typeof reviewed === 'string' && reviewed < monthsBefore(today, 12)) {
      report(
        entry.file,
        'lastReviewed',
        `was ${reviewed}, more than 12 months ago; check the facts against the sources and update the date`,
        entry.lineOf(['lastReviewed']),
        'warning',
      );
    }
    if (entry.collection === 'solutions' || entry.collection === 'caseStudies') {
      for (const warning of truthWarnings(entry.data as Parameters<typeof truthWarnings>[0], today)) {
        report(
          entry.file,
          formatPath(warning.path),
          warning.message,
          entry.lineOf(warning.path) ?? entry.lineOf(['lastReviewed']),
          'warning',
        );
      }
    }
  }

  for (const collection of MDX_COLLECTIONS) {
    for (const entry of entries.filter((e) => e.collection === collection.translations)) {
      const [slug = ''] = entry.id.split('/');
      const canonical = byKey.get(`${collection.name}/${slug}`);
      if (!canonical) {
        report(
          entry.file,
          'file',
          `is a translation without a canonical entry; add ${CONTENT_DIR}/${collection.dir}/${slug}/${CANONICAL_FILE} first`,
        );
        continue;
      }
      if (!entry.data || !canonical.data) continue;
      const known = labelIds(canonical.data);
      for (const key of Object.keys(entry.data['labels'] as Record<string, string>)) {
        if (!known.has(key)) {
          report(
            entry.file,
            `labels.${key}`,
            `translates "${key}", but ${canonical.file} has no figure, timeline item, stage, outcome or aim with that id`,
            entry.lineOf(['labels', key]),
          );
        }
      }
      const missing = [...known].filter((id) => !(id in (entry.data?.['labels'] as Record<string, string>)));
      if (missing.length > 0) {
        report(
          entry.file,
          'labels',
          `has no translation for ${missing.join(', ')}; readers will see the English text`,
          entry.lineOf(['labels']),
          'warning',
        );
      }
      const translated = entry.data['lastReviewed'] as string;
      const reviewed = canonical.data['lastReviewed'] as string;
      if (translated < reviewed) {
        report(
          entry.file,
          'lastReviewed',
          `is ${translated}, older than the canonical entry (${reviewed}); the translation may be stale: compare it with ${canonical.file} and update it`,
          entry.lineOf(['lastReviewed']),
          'warning',
        );
      }
    }
  }

  return { problems: sortProblems(problems), counts };
}
