/**
 * `npm run check` (content part): prints one line per problem with file, field and fix,
 * GitHub annotations under GitHub Actions, a summary, and exits non-zero on any error.
 * Usage: node scripts/check-content.ts [project root]
 */
import { resolve } from 'node:path';
import { contentCheckReport } from '#src/checks/check-report.ts';
import { CheckSettingError } from '#src/checks/content-check.ts';

try {
  const report = await contentCheckReport(resolve(process.argv[2] ?? '.'), { annotations: process.env['GITHUB_ACTIONS'] === 'true' });
  process.stdout.write(report.output);
  process.exitCode = report.status;
} catch (error) {
  if (!(error instanceof CheckSettingError)) throw error;
  process.stderr.write(`content check: ${error.message}\n`);
  process.exitCode = 2;
}
