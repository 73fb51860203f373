/**
 * The throwaway git worktree decap-server edits during `npm run cms`: a new branch from the commit
 * you are on, checked out in a temporary folder that holds only tracked files. decap-server
 * commits with `git add .`; in your own working copy that swept up whatever untracked files you
 * had (and a later branch switch deleted them from it). What the session publishes stays on its
 * branch until you merge it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface CmsSession {
  /** The worktree decap-server works in. */
  dir: string;
  /** The session's branch, `cms-session/<branch>-<time>`. */
  branch: string;
  /** The branch (or commit) you were on when the session started. */
  from: string;
  /** The commit the session started from. */
  start: string;
  /** Removes the worktree (the branch stays); returns whether the session published anything. */
  close(): boolean;
}

export function openSession(repo: string, now = new Date()): CmsSession {
  const git = (...args: string[]): string => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
  const from = git('rev-parse', '--abbrev-ref', 'HEAD');
  const start = git('rev-parse', 'HEAD');
  const stamp = now.toISOString().replace(/\D/g, '').slice(0, 14);
  const branch = `cms-session/${from === 'HEAD' ? 'detached' : from.replace(/[^\w.-]+/g, '-')}-${stamp}`;
  const dir = mkdtempSync(join(tmpdir(), 'homegrown-cms-'));
  git('worktree', 'add', '--quiet', '-b', branch, dir, start);
  return {
    dir,
    branch,
    from,
    start,
    close() {
      const moved = git('rev-parse', branch) !== start;
      git('worktree', 'remove', '--force', dir);
      rmSync(dir, { recursive: true, force: true });
      if (!moved) git('branch', '-D', branch);
      return moved;
    },
  };
}
