/**
 * Records kept beside entries (`content/<collection>/<slug>/sweep.yaml`): each validated with its
 * schema, then against its entry (the source ids a sweep cites are the entry's), and the age of
 * each entry's latest sweep, reported as a warning.
 */
import { CANONICAL_FILE, CONTENT_DIR, type EntryRecord, type MdxCollection } from '#src/schemas/collections.ts';
import { latestRun, type Sweep } from '#src/schemas/sweep.ts';
import type { Disagreement, Figure } from '#src/schemas/claims.ts';
import type { Source } from '#src/schemas/source.ts';
import type { LineOf, LoadedEntry, Present } from './entry-checks.ts';
import { checkSchema } from './entry-checks.ts';
import { formatPath, type Problem } from './problem.ts';
import { monthsBefore } from './truth-rules.ts';
import { parseYaml } from './yaml-source.ts';

/** A record file read by `checkRecordFile`. */
export interface LoadedRecord {
  collection: MdxCollection;
  record: EntryRecord;
  /** The entry's slug (its folder). */
  folder: string;
  file: string;
  /** Validated data, or undefined when the file could not be parsed or validated. */
  data: unknown;
  lineOf: LineOf;
}

function problem(file: string, field: string, message: string, line?: number, severity: Problem['severity'] = 'error'): Problem {
  return { file, field, message, line, severity };
}

/** The record of `collection` whose file name is `name`, if the collection keeps one by that name. */
export function recordNamed(collection: MdxCollection, name: string): EntryRecord | undefined {
  return collection.records.find((record) => record.file === name);
}

/** Parses and validates one record file with its schema. */
export function checkRecordFile(
  collection: MdxCollection,
  record: EntryRecord,
  folder: string,
  file: string,
  text: string,
): { problems: Problem[]; loaded: LoadedRecord } {
  const yaml = parseYaml(text);
  const loaded: LoadedRecord = { collection, record, folder, file, data: undefined, lineOf: yaml.lineOf };
  if (yaml.errors.length > 0) {
    return { problems: yaml.errors.map((error) => problem(file, 'file', `is not valid YAML: ${error.message}`, error.line)), loaded };
  }
  if (yaml.value === null || typeof yaml.value !== 'object' || Array.isArray(yaml.value)) {
    const message = `must be a YAML mapping starting with "runs:"; see CONTRIBUTING.md "Sweep records"`;
    return { problems: [problem(file, 'file', message, 1)], loaded };
  }
  const validated = checkSchema(record.schema, yaml.value, { file, lineOf: yaml.lineOf });
  return { problems: validated.problems, loaded: { ...loaded, data: validated.data } };
}

/** Trailing slash, `www.` and fragment aside, the same page. */
function samePage(a: string, b: string): boolean {
  const key = (url: string) => {
    if (!URL.canParse(url)) return url;
    const parsed = new URL(url);
    return `${parsed.hostname.replace(/^www\./, '')}${parsed.pathname.replace(/\/+$/, '')}${parsed.search}`;
  };
  return key(a) === key(b);
}

/**
 * Source ids that stand on one side of a disagreement: a side of a "Sources differ" record, or a
 * figure value that shares its as-of date with a value from another source.
 */
export function disputedSources(data: Record<string, unknown>): Set<string> {
  const ids = new Set<string>();
  for (const item of (data['disagreements'] ?? []) as Disagreement[])
    for (const side of item.sides) for (const id of [side.source, ...(side.also ?? [])]) ids.add(id);
  for (const figure of (data['figures'] ?? []) as Figure[])
    for (const value of figure.values)
      if (figure.values.some((other) => other.asOf === value.asOf && other.source !== value.source)) ids.add(value.source);
  return ids;
}

/**
 * A sweep against its entry: every source id it cites is one of the entry's, at the address the
 * entry gives, and a result recorded as a disagreement is one side of one.
 */
export function checkSweepAgainstEntry(record: LoadedRecord, entry: LoadedEntry): Problem[] {
  const sweep = record.data as Sweep | undefined;
  const sources = entry.data?.['sources'] as Source[] | undefined;
  if (!sweep || !sources || !entry.data) return [];
  const byId = new Map(sources.map((source) => [source.id, source]));
  const disputed = disputedSources(entry.data);
  const problems: Problem[] = [];
  sweep.runs.forEach((run, runIndex) =>
    run.results.forEach((result, resultIndex) => {
      if (result.source === undefined) return;
      const path = ['runs', runIndex, 'results', resultIndex, 'source'];
      const source = byId.get(result.source);
      if (!source) {
        const message = `cites "${result.source}", which is not in the sources of ${entry.file}; use one of: ${[...byId.keys()].join(', ')}, or add the page there first`;
        problems.push(problem(record.file, formatPath(path), message, record.lineOf(path)));
      } else if (!samePage(result.url, source.url) && !(source.archived && samePage(result.url, source.archived))) {
        const message = `is "${result.source}", whose address in ${entry.file} is ${source.url}, not this result's ${result.url}; cite the source that is this page`;
        problems.push(problem(record.file, formatPath(path), message, record.lineOf(path), 'warning'));
      } else if (result.decision === 'disagreement' && !disputed.has(result.source)) {
        const message = `records a disagreement, but "${result.source}" is on no side of one in ${entry.file}; add it to the entry's disagreements: (or as a figure value with the same asOf), or change the decision`;
        problems.push(problem(record.file, formatPath(path), message, record.lineOf(path), 'warning'));
      }
    }),
  );
  return problems;
}

/** Checks of a record against its entry, per kind of record. */
const AGAINST_ENTRY: Record<EntryRecord['name'], (record: LoadedRecord, entry: LoadedEntry) => Problem[]> = {
  sweep: checkSweepAgainstEntry,
};

/** The date of a record's latest entry, for the age warning. */
const LATEST: Record<EntryRecord['name'], (data: unknown) => { date: string; path: (string | number)[] }> = {
  sweep: (data) => {
    const sweep = data as Sweep;
    return { date: latestRun(sweep), path: ['runs', sweep.runs.length - 1, 'date'] };
  },
};

export interface RecordCheckOptions {
  today: string;
  /** Overrides each record's own `maxAgeMonths`. */
  maxAgeMonths?: number | undefined;
}

/**
 * Records against their entries: each belongs to a canonical entry, cites that entry's sources,
 * and is recent; an entry of a collection that keeps a record and has none is a warning.
 */
export function checkRecords(
  records: readonly LoadedRecord[],
  entries: readonly LoadedEntry[],
  collections: readonly MdxCollection[],
  present: Present,
  options: RecordCheckOptions,
): Problem[] {
  const problems: Problem[] = [];
  const entryOf = new Map(entries.map((entry) => [`${entry.collection}/${entry.id}`, entry]));
  const seen = new Set(records.map((record) => `${record.collection.name}/${record.folder}/${record.record.name}`));
  for (const record of records) {
    const key = `${record.collection.name}/${record.folder}`;
    const entry = entryOf.get(key);
    if (!entry) {
      if (present.get(record.collection.name)?.has(record.folder)) continue;
      const message = `is a ${record.record.name} record without an entry; add ${CONTENT_DIR}/${record.collection.dir}/${record.folder}/${CANONICAL_FILE} first, or move the record beside its entry`;
      problems.push(problem(record.file, 'file', message));
      continue;
    }
    problems.push(...AGAINST_ENTRY[record.record.name](record, entry));
    if (record.data === undefined) continue;
    const maxAge = options.maxAgeMonths ?? record.record.maxAgeMonths;
    const latest = LATEST[record.record.name](record.data);
    if (latest.date < monthsBefore(options.today, maxAge)) {
      const message = `was ${latest.date}, more than ${maxAge} months ago; run the ${record.record.name} again and append a run with today's date`;
      problems.push(problem(record.file, formatPath(latest.path), message, record.lineOf(latest.path), 'warning'));
    }
  }
  for (const collection of collections) {
    for (const entry of entries.filter((e) => e.collection === collection.name)) {
      for (const record of collection.records) {
        if (seen.has(`${collection.name}/${entry.id}/${record.name}`)) continue;
        const where = `${CONTENT_DIR}/${collection.dir}/${entry.id}/${record.file}`;
        const message = `has no ${record.name} record; write ${where} (see CONTRIBUTING.md "Sweep records")`;
        problems.push(problem(entry.file, record.name, message, entry.lineOf([]), 'warning'));
      }
    }
  }
  return problems;
}
