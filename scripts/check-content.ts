/**
 * `npm run check` (content part): prints one line per problem with file, field and fix,
 * GitHub annotations under GitHub Actions, a summary, and exits non-zero on any error.
 * Usage: node scripts/check-content.ts [project root]
 */
import { resolve } from 'node:path';
import { checkContent } from '../src/checks/content-check.ts';
import { formatAnnotation, formatProblem } from '../src/checks/problem.ts';

const root = resolve(process.argv[2] ?? '.');
const { problems, counts } = await checkContent(root);
const errors = problems.filter((problem) => problem.severity === 'error');
const warnings = problems.length - errors.length;

for (const problem of problems) {
  console.log(formatProblem(problem));
  if (process.env['GITHUB_ACTIONS'] === 'true') console.log(formatAnnotation(problem));
}
const summary = Object.entries(counts)
  .map(([collection, count]) => `${collection} ${count}`)
  .join(', ');
console.log(`content check: ${errors.length} error(s), ${warnings} warning(s) in ${summary || 'no entries'}`);
process.exitCode = errors.length > 0 ? 1 : 0;
