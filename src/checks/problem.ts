/** One thing wrong with the content, and how it is printed. */
export type Severity = 'error' | 'warning';

export interface Problem {
  /** Path from the project root, with forward slashes: `content/solutions/umucyo/index.mdx`. */
  file: string;
  /** Field path such as `sources[1].url`, or `body` for the MDX text, or `file` for the file itself. */
  field: string;
  /** What is wrong and how to fix it, in one sentence. */
  message: string;
  line?: number | undefined;
  severity: Severity;
}

/** `figures[0].values[1].source` from a zod-style path. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = String(key);
    return out === '' ? name : `${out}.${name}`;
  }, '');
}

/** Line breaks and other control characters shown as escapes: one problem is one line. */
function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (char) =>
    char === '\n' ? '\\n' : char === '\r' ? '\\r' : `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * `content/x/index.mdx: sources[1].url: must start with https:// (got "http://...")`. Always one
 * line: under GitHub Actions a line of content text starting with `::` would be a workflow command.
 */
export function formatProblem(problem: Problem): string {
  const prefix = problem.severity === 'warning' ? 'warning: ' : '';
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return oneLine(`${prefix}${where}: ${problem.field}: ${problem.message}`);
}

/** A GitHub Actions workflow command, shown as an annotation on the pull request's file. */
export function formatAnnotation(problem: Problem): string {
  const escape = (value: string) => value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const property = (value: string) => escape(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const line = problem.line === undefined ? '' : `,line=${problem.line}`;
  return `::${problem.severity} file=${property(problem.file)}${line},title=${property(problem.field)}::${escape(problem.message)}`;
}

/** Sorted by file, then line, errors and warnings mixed in reading order. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.field.localeCompare(b.field));
}
