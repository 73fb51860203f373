import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const SCRIPT = resolve('scripts/normalise-content.ts');
const UNSTYLED = '---\nsummary: A short summary.\ntitle: Abunzi\nsdgs: [16]\n---\n\nBody.\n';
const STYLED = '---\ntitle: Abunzi\nsummary: A short summary.\nsdgs:\n  - 16\n---\n\nBody.\n';
let root = '';

function project(text: string): string {
  root = mkdtempSync(join(tmpdir(), 'normalise-'));
  mkdirSync(join(root, 'content/solutions/abunzi'), { recursive: true });
  writeFileSync(join(root, 'content/solutions/abunzi/index.mdx'), text);
  return join(root, 'content/solutions/abunzi/index.mdx');
}

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('npm run format / lint: content written as the CMS writes it', () => {
  it('--check names an entry not so written, with the fix, and fails; it changes nothing', () => {
    const file = project(UNSTYLED);
    const run = spawnSync(process.execPath, [SCRIPT, '--check', '--root', root], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('content/solutions/abunzi/index.mdx: frontmatter not written as the CMS writes it');
    expect(run.stderr).toContain('npm run format');
    expect(readFileSync(file, 'utf8')).toBe(UNSTYLED);
  });

  it('rewrites the entry as the CMS writes it, after which --check passes', () => {
    const file = project(UNSTYLED);
    execFileSync(process.execPath, [SCRIPT, '--root', root], { encoding: 'utf8' });
    expect(readFileSync(file, 'utf8')).toBe(STYLED);
    const run = spawnSync(process.execPath, [SCRIPT, '--check', '--root', root], { encoding: 'utf8' });
    expect(run.status).toBe(0);
  });

  it('names an entry whose frontmatter cannot be read (a merge conflict) instead of failing with a stack trace, and leaves it', () => {
    const conflicted = '---\ntitle: Abunzi\n<<<<<<< HEAD\nsdgs: [16]\n=======\nsdgs: [1]\n>>>>>>> main\n---\n';
    const file = project(conflicted);
    const run = spawnSync(process.execPath, [SCRIPT, '--root', root], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('content/solutions/abunzi/index.mdx: frontmatter is not valid YAML, left as it is; npm run check says where\n');
    expect(readFileSync(file, 'utf8')).toBe(conflicted);
  });
});
