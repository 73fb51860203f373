/** Turns zod issues into problems an editor can act on: field path, what is wrong, the fix. */
import type { z } from 'astro/zod';
import { formatPath, type Problem } from './problem.ts';

export interface IssueContext {
  file: string;
  /** The parsed data, to tell a missing field from a wrong one. */
  data: unknown;
  lineOf: (path: ReadonlyArray<PropertyKey>) => number | undefined;
  /** Explains an unknown field; defaults to "not a field of this entry". */
  unknownField?: (key: string, path: ReadonlyArray<PropertyKey>) => string;
}

function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describeExpected(issue: z.core.$ZodIssue): string {
  if (issue.code !== 'invalid_type') return 'a value';
  return `${/^[aeiou]/.test(issue.expected) ? 'an' : 'a'} ${issue.expected}`;
}

export function issuesToProblems(issues: readonly z.core.$ZodIssue[], context: IssueContext): Problem[] {
  return issues.flatMap((issue): Problem[] => {
    const path = issue.path as PropertyKey[];
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const keyPath = [...path, key];
        return {
          file: context.file,
          field: formatPath(keyPath),
          message: context.unknownField?.(key, path) ?? 'is not a field of this entry; check its spelling or remove it',
          line: context.lineOf(keyPath),
          severity: 'error',
        };
      });
    }
    const missing = valueAt(context.data, path) === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_union');
    const last = path.at(-1);
    return [
      {
        file: context.file,
        field: formatPath(path) || '(entry)',
        message: !missing
          ? issue.message
          : last === 'source'
            ? 'is missing; every fact needs its source: add "source:" with the id of one of the sources listed under sources:'
            : `is missing; add ${typeof last === 'string' ? `"${last}:" with ` : ''}${describeExpected(issue)} (${issue.message})`,
        line: context.lineOf(path),
        severity: 'error',
      },
    ];
  });
}
