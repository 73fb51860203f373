/**
 * The content check behind `npm run check` and the build: validates every file under `content/`
 * with the site's own schemas, gates MDX, resolves references across collections and reports
 * each problem with its file, field, line and fix.
 */
import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import {
  CONTENT_DIR,
  DATA_EXTENSION,
  MEDIA_FOLDER,
  DATA_COLLECTIONS,
  dataIdFromFile,
  MDX_COLLECTIONS,
  type CollectionName,
  type DataCollection,
  type MdxCollection,
} from '#src/schemas/collections.ts';
import { todayIso } from '#src/schemas/primitives.ts';
import { listContent, listContentFiles, type ContentListing } from './content-files.ts';
import { checkMediaFiles } from './media-files.ts';
import {
  checkDataFile,
  checkLayout,
  checkMdxEntry,
  checkReferences,
  checkReviewAge,
  checkTranslations,
  checkTruthRules,
  type LoadedEntry,
} from './entry-checks.ts';
import { sortProblems, type Problem } from './problem.ts';
import { checkRecordFile, checkRecords, recordNamed, type LoadedRecord } from './record-checks.ts';

export interface CheckOptions {
  /**
   * `YYYY-MM-DD`; reviews older than 12 months and news checks older than 6 months before it are
   * reported. Defaults to today (or the CHECK_TODAY environment variable, for tests).
   */
  today?: string;
  /**
   * Months after which an entry's latest sweep is reported as old. Defaults to the
   * SWEEP_MAX_AGE_MONTHS environment variable, else the record's own `maxAgeMonths`
   * (`src/schemas/content-model.ts`).
   */
  sweepMaxAgeMonths?: number;
}

export interface CheckResult {
  problems: Problem[];
  /** Entries found, per collection (`solutions`, `solutionTranslations:fr`...). */
  counts: Record<string, number>;
}

/** Files the check accepts besides entries. */
const ALLOWED_EXTRA_FILES = new Set(['README.md']);

function toPosix(path: string): string {
  return path.split(sep).join('/');
}

/** What reading the collections gathers: problems, entries, counts, and the files and entries seen. */
class Reading {
  readonly problems: Problem[] = [];
  readonly entries: LoadedEntry[] = [];
  /** Records kept beside entries (sweeps). */
  readonly records: LoadedRecord[] = [];
  readonly counts: Record<string, number> = {};
  /** Files that belong to a collection, readable or not. */
  readonly claimed = new Set<string>();
  /**
   * Entries whose file exists, readable or not. A reference to an
   * entry that exists but could not be read is not also reported as missing: its file's own
   * problems are the ones to fix.
   */
  readonly present = new Map<CollectionName, Set<string>>();

  readonly root: string;

  constructor(root: string) {
    this.root = root;
  }

  rel(path: string): string {
    return toPosix(relative(this.root, path));
  }

  count(key: string, by = 1): void {
    this.counts[key] = (this.counts[key] ?? 0) + by;
  }

  markPresent(collection: CollectionName, id: string): void {
    this.present.set(collection, (this.present.get(collection) ?? new Set()).add(id));
  }
}

/** Reads one MDX collection's folder: layout first, then each entry that is where it should be. */
async function readMdxCollection(reading: Reading, collection: MdxCollection): Promise<void> {
  const dir = join(reading.root, CONTENT_DIR, collection.dir);
  for (const path of await listContentFiles(dir)) {
    reading.claimed.add(path);
    const file = reading.rel(path);
    const [folder = '', name = '', ...deeper] = toPosix(relative(dir, path)).split('/');
    const record = deeper.length === 0 ? recordNamed(collection, name) : undefined;
    if (record) {
      const { problems, loaded } = checkRecordFile(collection, record, folder, file, await readFile(path, 'utf8'));
      reading.problems.push(...problems);
      reading.records.push(loaded);
      reading.count(`${collection.name}:${record.name}`);
      continue;
    }
    const layout = checkLayout(collection, file, toPosix(relative(dir, path)));
    reading.problems.push(...layout.problems);
    const place = layout.place;
    if (!place) continue;
    reading.markPresent(
      place.isCanonical ? collection.name : collection.translations,
      place.isCanonical ? place.folder : `${place.folder}/${place.lang}`,
    );
    const { problems, entry } = checkMdxEntry(collection, place, file, await readFile(path, 'utf8'));
    reading.problems.push(...problems);
    if (!entry) continue;
    reading.count(place.isCanonical ? entry.collection : `${entry.collection}:${place.lang}`);
    reading.entries.push(entry);
  }
}

/** Reads one data collection's folder: each `<id>.yaml` directly in it is an entry; anything else is left to the stray-file check. */
async function readDataCollection(reading: Reading, collection: DataCollection): Promise<void> {
  const dir = join(reading.root, CONTENT_DIR, collection.dir);
  for (const path of await listContentFiles(dir)) {
    const name = toPosix(relative(dir, path));
    const id = name.includes('/') ? undefined : dataIdFromFile(name);
    if (id === undefined) continue;
    reading.claimed.add(path);
    reading.markPresent(collection.name, id);
    const { problems, entry } = checkDataFile(collection, reading.rel(path), id, await readFile(path, 'utf8'));
    reading.problems.push(...problems);
    if (!entry) continue;
    reading.count(collection.name);
    reading.entries.push(entry);
  }
}

/** Layout of `content/` itself: only regular files, each part of a collection (or a README). */
export function checkStrayFiles(root: string, listing: ContentListing, claimed: ReadonlySet<string>): Problem[] {
  const contentRoot = join(root, CONTENT_DIR);
  const rel = (path: string) => toPosix(relative(root, path));
  const problems: Problem[] = listing.others.map((other) => ({
    file: rel(other.path),
    field: 'file',
    message: `is ${other.kind}; content/ may hold only regular files: replace it with the file itself, or remove it`,
    line: undefined,
    severity: 'error',
  }));
  const known = [...MDX_COLLECTIONS.map((c) => `${c.dir}/`), ...DATA_COLLECTIONS.map((c) => `${c.dir}/<id>${DATA_EXTENSION}`)].join(', ');
  for (const path of listing.files) {
    if (claimed.has(path) || ALLOWED_EXTRA_FILES.has(toPosix(relative(contentRoot, path)))) continue;
    problems.push({
      file: rel(path),
      field: 'file',
      message: `is not part of any collection; content/ holds only ${known}`,
      line: undefined,
      severity: 'error',
    });
  }
  return problems;
}

/** A setting the check cannot run with; `npm run check` prints its message alone. */
export class CheckSettingError extends Error {}

/** A whole number of months from the environment, or undefined when unset; anything else is a mistake to report. */
function monthsSetting(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^\d+$/.test(value)) throw new CheckSettingError(`SWEEP_MAX_AGE_MONTHS must be a whole number of months (got "${value}")`);
  return Number(value);
}

export async function checkContent(root: string, options: CheckOptions = {}): Promise<CheckResult> {
  const today = options.today ?? process.env['CHECK_TODAY'] ?? todayIso();
  const sweepAge = options.sweepMaxAgeMonths ?? monthsSetting(process.env['SWEEP_MAX_AGE_MONTHS']);
  const reading = new Reading(root);
  const listing = await listContent(join(root, CONTENT_DIR));
  for (const collection of MDX_COLLECTIONS) await readMdxCollection(reading, collection);
  for (const collection of DATA_COLLECTIONS) await readDataCollection(reading, collection);
  const mediaDir = join(root, MEDIA_FOLDER) + sep;
  const media = listing.files.filter((path) => path.startsWith(mediaDir));
  for (const path of media) reading.claimed.add(path);

  const { entries } = reading;
  const problems = [
    ...reading.problems,
    ...(await checkMediaFiles(root, media)),
    ...checkStrayFiles(root, listing, reading.claimed),
    ...checkReferences(entries, reading.present),
    ...entries.flatMap((entry) => [...checkReviewAge(entry, today), ...checkTruthRules(entry, today)]),
    ...checkTranslations(entries, MDX_COLLECTIONS),
    ...checkRecords(reading.records, entries, MDX_COLLECTIONS, reading.present, { today, maxAgeMonths: sweepAge }),
  ];
  return { problems: sortProblems(problems), counts: reading.counts };
}
