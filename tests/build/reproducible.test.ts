/**
 * Two clean builds of the same commit give byte-identical sites. The catalogue is small but has
 * several entries of each kind (the benchmark's synthetic one at N = 8: solutions, some with a
 * French translation, case studies, countries, institutions, events), so the order of entries and
 * of pages rendered side by side is exercised; each build runs in a fresh copy of the project
 * (no cache) with the same build date.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { generateCatalogue } from '../../scripts/bench/generate.ts';
import { astroBuild, fixtureProject, scratchDir } from '../setup/fixture-project.ts';

// 2026-01-01T00:00:00Z: any fixed date; what matters is that both builds have the same.
const SOURCE_DATE_EPOCH = '1767225600';
let content = '';

beforeAll(async () => {
  const dir = scratchDir();
  await generateCatalogue(dir, 8);
  content = join(dir, 'content');
});

function build(): string {
  const root = fixtureProject({ content });
  const { status, output } = astroBuild(root, ['--silent'], { SOURCE_DATE_EPOCH });
  expect(status, output).toBe(0);
  return join(root, 'dist');
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
  const first = hashes(build());
  const second = hashes(build());
  expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
  const different = [...first].filter(([path, hash]) => second.get(path) !== hash).map(([path]) => path);
  expect(different).toEqual([]);
  // Pages of every kind in both languages, social images, the search index and open data.
  const paths = [...first.keys()];
  for (const expected of ['en/solutions/solution-00003/index.html', 'fr/case-studies/case-00001/index.html', 'data/solutions.csv']) {
    expect(paths).toContain(expected);
  }
  expect(paths.filter((path) => path.startsWith('og/')).length).toBeGreaterThan(10);
  expect(paths.filter((path) => path.startsWith('pagefind/')).length).toBeGreaterThan(10);
}, 900_000);
