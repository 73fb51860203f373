import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { checkContent } from '#src/checks/content-check.ts';
import { formatProblem } from '#src/checks/problem.ts';
import { generateCatalogue } from './generate.ts';

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

// The benchmark builds its synthetic catalogue with the real content gate: when the schema
// gains a required field, this fails here rather than at the end of a CI run.
test('the synthetic benchmark catalogue passes the real content check', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'homegrown-generate-'));
  dirs.push(dir);
  const generated = await generateCatalogue(dir, 12);
  const { problems, counts } = await checkContent(dir, { today: '2026-02-01' });
  expect(problems.filter((problem) => problem.severity === 'error').map(formatProblem)).toEqual([]);
  expect(counts['solutions']).toBe(generated.solutions);
});
