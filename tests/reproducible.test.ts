/** Two clean builds of the same commit give byte-identical sites. */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, expect, test } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'homegrown-repro-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function build(name: string): Map<string, string> {
  const outDir = join(work, name);
  // A fixed generation date, as a release build sets it.
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent', '--outDir', outDir], {
    env: { ...process.env, SOURCE_DATE_EPOCH: '1790000000' },
    stdio: 'ignore',
  });
  const hashes = new Map<string, string>();
  for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    hashes.set(relative(outDir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
  }
  return hashes;
}

test('two builds produce the same files with the same bytes', () => {
  const first = build('first');
  const second = build('second');
  expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
  const different = [...first].filter(([path, hash]) => second.get(path) !== hash).map(([path]) => path);
  expect(different).toEqual([]);
  expect(first.size).toBeGreaterThan(50);
}, 240_000);
