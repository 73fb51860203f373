import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { importGraph, rendererDigest } from './renderer-digest.ts';

const copy = mkdtempSync(join(tmpdir(), 'homegrown-digest-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

test("the renderer's files are found by following its imports, helpers included", async () => {
  const graph = await importGraph('.');
  for (const file of [
    'src/body/entry-html.ts',
    'src/body/mdx-gate.ts',
    'src/body/callout-tones.ts',
    'src/schemas/url-safety.ts',
    'src/i18n/en.ts',
  ]) {
    expect(graph).toContain(file);
  }
  expect(graph.every((file) => file.startsWith('src/'))).toBe(true);
});

test("changing a helper the renderer imports (a callout's classes) changes the digest, so cached pages are rendered again", async () => {
  cpSync('src', join(copy, 'src'), { recursive: true });
  cpSync('package-lock.json', join(copy, 'package-lock.json'));
  const before = await rendererDigest(copy);
  writeFileSync(join(copy, 'src/body/callout-tones.ts'), '// changed classes\n', { flag: 'a' });
  expect(await rendererDigest(copy)).not.toBe(before);
  const unrelated = await rendererDigest(copy);
  writeFileSync(join(copy, 'src/pages/robots.txt.ts'), '// a page the renderer does not use\n', { flag: 'a' });
  expect(await rendererDigest(copy)).toBe(unrelated);
});
