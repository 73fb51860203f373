/**
 * Two clean builds of the same commit give byte-identical sites: a second build with the same
 * build date is compared with the dist/ the suite built (or, when that dist/ was reused through
 * SKIP_SITE_BUILD, with a third build).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, expect, inject, test } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'homegrown-repro-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const epoch = inject('sourceDateEpoch');

function build(name: string): string {
  const outDir = join(work, name);
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent', '--outDir', outDir], {
    env: { ...process.env, SOURCE_DATE_EPOCH: epoch },
    stdio: 'ignore',
  });
  return outDir;
}

function hashes(outDir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(outDir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
  }
  return files;
}

test('two builds produce the same files with the same bytes', () => {
  const first = hashes(inject('builtThisRun') ? 'dist' : build('first'));
  const second = hashes(build('second'));
  expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
  const different = [...first].filter(([path, hash]) => second.get(path) !== hash).map(([path]) => path);
  expect(different).toEqual([]);
  expect(first.size).toBeGreaterThan(50);
}, 400_000);
