import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { readDataEntries } from './data-entries.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'homegrown-data-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

test('reads each <id>.yaml of the folder, in id order, skipping other files, folders and links', async () => {
  await writeFile(join(dir, 'rw.yaml'), 'id: rw\nregion: east-africa\n');
  await writeFile(join(dir, 'gn.yaml'), 'id: gn\n');
  await writeFile(join(dir, 'notes.md'), 'id: no\n');
  await mkdir(join(dir, 'sub.yaml'));
  await symlink('/etc/hostname', join(dir, 'ln.yaml'));
  const entries = await readDataEntries(dir);
  expect(entries.map((entry) => [entry.id, entry.data])).toEqual([
    ['gn', { id: 'gn' }],
    ['rw', { id: 'rw', region: 'east-africa' }],
  ]);
  expect(await readDataEntries(join(dir, 'missing'))).toEqual([]);
});
