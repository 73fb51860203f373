/** The CMS session's worktree: decap-server's `git add .` sees only tracked files, never the editor's others. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { openSession } from './session.ts';

const repo = mkdtempSync(join(tmpdir(), 'homegrown-cms-session-'));
afterAll(() => rmSync(repo, { recursive: true, force: true }));
const git = (cwd: string, ...args: string[]): string => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();

test("a session commits only what the CMS wrote; the editor's untracked files stay where they are, untouched", () => {
  mkdirSync(join(repo, 'content'), { recursive: true });
  writeFileSync(join(repo, 'content/a.mdx'), 'a');
  git(repo, 'init', '-q', '-b', 'work');
  git(repo, 'add', '-A');
  git(repo, '-c', 'user.name=T', '-c', 'user.email=t@example.org', 'commit', '-qm', 'start');
  writeFileSync(join(repo, 'notes-private.txt'), 'not for the repository');

  const session = openSession(repo, new Date('2026-12-07T16:00:00Z'));
  expect(session.branch).toBe('cms-session/work-20261207160000');
  expect(existsSync(join(session.dir, 'notes-private.txt'))).toBe(false);
  // What decap-server does on a save: write, then `git add .` and commit.
  writeFileSync(join(session.dir, 'content/b.mdx'), 'b');
  git(session.dir, 'add', '.');
  git(session.dir, '-c', 'user.name=T', '-c', 'user.email=t@example.org', 'commit', '-qm', 'Create b');

  expect(git(repo, 'show', '--name-only', '--format=', session.branch)).toBe('content/b.mdx');
  expect(session.close()).toBe(true);
  expect(existsSync(session.dir)).toBe(false);
  expect(readFileSync(join(repo, 'notes-private.txt'), 'utf8')).toBe('not for the repository');
  expect(git(repo, 'rev-parse', '--abbrev-ref', 'HEAD')).toBe('work');
  expect(git(repo, 'branch', '--list', 'cms-session/*')).toContain('cms-session/work-20261207160000');
});

test('a session that published nothing leaves no branch behind', () => {
  const session = openSession(repo, new Date('2026-12-07T17:00:00Z'));
  expect(session.close()).toBe(false);
  expect(git(repo, 'branch', '--list', session.branch)).toBe('');
});
