/** The GitHub workflows: pinned actions, read-only by default, and a cache key that follows the renderer. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import picomatch from 'picomatch';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { rendererFiles } from '#src/body/renderer-digest.ts';

const DIR = '.github/workflows';
const workflows = readdirSync(DIR).filter((name) => name.endsWith('.yml'));
const read = (name: string) => readFileSync(join(DIR, name), 'utf8');

describe.each(workflows)('%s', (name) => {
  test('pins every action to a commit SHA, not a tag that can be moved', () => {
    const uses = [...read(name).matchAll(/uses:\s*([^\s#]+)/g)].map((match) => match[1] ?? '');
    for (const action of uses.filter((use) => !use.startsWith('./'))) expect(action).toMatch(/@[0-9a-f]{40}$/);
  });

  test('is read-only by default and never runs pull requests with secrets', () => {
    const workflow = parse(read(name)) as { on: Record<string, unknown>; permissions: Record<string, string> };
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(Object.keys(workflow.on)).not.toContain('pull_request_target');
  });
});

test("CI's cache key changes with every file that decides how an entry is rendered", async () => {
  const key = /key: build-\$\{\{ hashFiles\(([^)]*)\) \}\}/.exec(read('ci.yml'))?.[1] ?? '';
  const globs = [...key.matchAll(/'([^']+)'/g)].map((match) => match[1] ?? '');
  expect(globs.length).toBeGreaterThan(0);
  const matches = picomatch(globs);
  for (const file of await rendererFiles('.')) expect(matches(file), file).toBe(true);
});

test('the deploy publishes the dist/ that the CI workflow tested, with a fixed build date', () => {
  const deploy = read('deploy.yml');
  expect(deploy).toContain('uses: ./.github/workflows/ci.yml');
  expect(deploy).not.toMatch(/npm run build|astro build/);
  const ci = read('ci.yml');
  expect(ci).toContain('SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)');
  // No rebuild after the suite: the sub-path site published is the one the suite tested.
  expect(ci).not.toMatch(/npm run build|astro build/);
  expect(ci).toContain("path: ${{ env.PAGES_BASE_PATH != '' && 'dist-base' || 'dist' }}");
  expect(readFileSync('tests/build/base-path.test.ts', 'utf8')).toContain("process.env['PAGES_BASE_PATH']");
});
