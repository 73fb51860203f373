import { expect, test } from 'vitest';
import { checkContent } from '#src/checks/content-check.ts';
import { formatProblem } from '#src/checks/problem.ts';

test('the real content/ passes the content check', async () => {
  const { problems, counts } = await checkContent('.');
  const errors = problems.filter((problem) => problem.severity === 'error').map(formatProblem);
  expect(errors).toEqual([]);
  expect(counts['solutions']).toBeGreaterThan(0);
});
