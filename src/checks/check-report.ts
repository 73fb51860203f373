/**
 * The content check's report as `npm run check` prints it: one line per problem (file, line,
 * field, fix), GitHub annotations when asked, and a summary; status 1 on any error.
 */
import { checkContent } from './content-check.ts';
import { formatAnnotation, formatProblem } from './problem.ts';

export interface CheckReport {
  status: 0 | 1;
  output: string;
}

export interface ReportOptions {
  /** The day review ages are measured on (default: CHECK_TODAY or today). */
  today?: string | undefined;
  /** Add a GitHub Actions annotation under each problem. */
  annotations?: boolean;
}

export async function contentCheckReport(root: string, options: ReportOptions = {}): Promise<CheckReport> {
  const { problems, counts } = await checkContent(root, options.today ? { today: options.today } : {});
  const errors = problems.filter((problem) => problem.severity === 'error');
  const lines = problems.flatMap((problem) => [formatProblem(problem), ...(options.annotations ? [formatAnnotation(problem)] : [])]);
  const summary = Object.entries(counts)
    .map(([collection, count]) => `${collection} ${count}`)
    .join(', ');
  lines.push(`content check: ${errors.length} error(s), ${problems.length - errors.length} warning(s) in ${summary || 'no entries'}`);
  return { status: errors.length > 0 ? 1 : 0, output: `${lines.join('\n')}\n` };
}
