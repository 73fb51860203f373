/**
 * Copies of the project with a small catalogue instead of content/, for tests that need a build of
 * their own but not the real catalogue: the code, settings and public files are copied,
 * node_modules is linked, and content/ is the fixture catalogue (tests/fixtures/base) or another.
 * Every copy is removed after the test file.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll } from 'vitest';

const PROJECT = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];
export const FIXTURE_CONTENT = 'tests/fixtures/base/content';

const copies: string[] = [];
afterAll(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export interface FixtureOptions {
  /** The catalogue to copy as content/ (default: the fixture catalogue). */
  content?: string;
  /** A folder whose content/ is copied over the catalogue (a broken entry, an extra one). */
  overlay?: string;
}

/** A fresh copy of the project in a temporary folder; returns its root. */
export function fixtureProject(options: FixtureOptions = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'homegrown-project-'));
  copies.push(root);
  for (const item of PROJECT) if (existsSync(item)) cpSync(item, join(root, item), { recursive: true });
  symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');
  cpSync(options.content ?? FIXTURE_CONTENT, join(root, 'content'), { recursive: true });
  if (options.overlay) cpSync(join(options.overlay, 'content'), join(root, 'content'), { recursive: true });
  return root;
}

/** A temporary folder removed after the test file, for what a test writes besides a project. */
export function scratchDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'homegrown-scratch-'));
  copies.push(dir);
  return dir;
}

/** `astro build` in a project copy: its exit status and everything it printed. */
export function astroBuild(
  root: string,
  args: readonly string[] = [],
  env: NodeJS.ProcessEnv = {},
): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
