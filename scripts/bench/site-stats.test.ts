import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { fileKind, outputByKind, outputSize } from './site-stats.ts';

const dist = mkdtempSync(join(tmpdir(), 'site-stats-'));
const files: [string, number][] = [
  ['en/solutions/umucyo/index.html', 300],
  ['fr/solutions/abunzi/index.html', 200],
  ['en/briefings/solutions/umucyo.docx', 1000],
  ['og/en/solutions/umucyo.png', 700],
  ['pagefind/fragment/en_1.pf_fragment', 10],
  ['pagefind/fragment/fr_2.pf_fragment', 20],
];
for (const [path, size] of files) {
  mkdirSync(dirname(join(dist, path)), { recursive: true });
  writeFileSync(join(dist, path), 'x'.repeat(size));
}
afterAll(() => rmSync(dist, { recursive: true, force: true }));

test('names a file by the route that writes it, or by its folder and extension', () => {
  expect(fileKind('/fr/briefings/solutions/abunzi.docx')).toBe('/[lang]/briefings/solutions/[slug].docx');
  expect(fileKind('/pagefind/fragment/en_1.pf_fragment')).toBe('/pagefind/fragment/*.pf_fragment');
  expect(fileKind('/en/rss.xml')).toBe('/[lang]/rss.xml');
  expect(fileKind('/_astro/index.abc.js')).toBe('/_astro/*.js');
});

test("sums a site's output by kind of file, largest first, to the same total as the whole", () => {
  const kinds = outputByKind(dist);
  expect(kinds).toEqual([
    { kind: '/[lang]/briefings/solutions/[slug].docx', bytes: 1000, files: 1 },
    { kind: '/og/[lang]/[kind]/[slug].png', bytes: 700, files: 1 },
    { kind: '/[lang]/solutions/[slug]/', bytes: 500, files: 2 },
    { kind: '/pagefind/fragment/*.pf_fragment', bytes: 30, files: 2 },
  ]);
  const total = outputSize(dist);
  expect(kinds.reduce((sum, kind) => sum + kind.bytes, 0)).toBe(total.bytes);
  expect(kinds.reduce((sum, kind) => sum + kind.files, 0)).toBe(total.files);
});
