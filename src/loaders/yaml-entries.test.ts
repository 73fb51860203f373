import { EventEmitter } from 'node:events';
import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { yamlEntries } from './yaml-entries.ts';

function fakeContext(root: string, watcher?: EventEmitter) {
  const entries = new Map<string, unknown>();
  const context = {
    store: {
      keys: () => [...entries.keys()],
      delete: (id: string) => entries.delete(id),
      set: ({ id, data }: { id: string; data: unknown }) => entries.set(id, data),
    },
    config: { root: pathToFileURL(`${root}/`) },
    logger: { info: () => undefined, error: () => undefined },
    parseData: async ({ data }: { data: unknown }) => data,
    generateDigest: (value: unknown) => JSON.stringify(value),
    ...(watcher ? { watcher: Object.assign(watcher, { add: () => undefined }) } : {}),
  } as unknown as LoaderContext;
  return { context, entries };
}

describe('yamlEntries', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'homegrown-yaml-'));
    await mkdir(join(root, 'content/countries'), { recursive: true });
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('stores each file of the folder by its name, and nothing else', async () => {
    await writeFile(join(root, 'content/countries/gn.yaml'), 'id: gn\nregion: west-africa\n');
    await writeFile(join(root, 'content/countries/ls.yaml'), 'id: ls\n');
    await writeFile(join(root, 'content/countries/README.md'), '# not an entry\n');
    const { context, entries } = fakeContext(root);
    await yamlEntries('./content/countries').load(context);
    expect([...entries.keys()]).toEqual(['gn', 'ls']);
    expect(entries.get('gn')).toEqual({ id: 'gn', region: 'west-africa' });
  });

  it('refuses an id that is not the file name, a list, a symbolic link and YAML aliases', async () => {
    const load = () => yamlEntries('./content/countries').load(fakeContext(root).context);
    await writeFile(join(root, 'content/countries/gn.yaml'), 'id: gx\n');
    await expect(load()).rejects.toThrow(/content\/countries\/gn.yaml: id is "gx".*set id: gn/);
    await writeFile(join(root, 'content/countries/gn.yaml'), '- id: gn\n');
    await expect(load()).rejects.toThrow(/must hold one entry/);
    await rm(join(root, 'content/countries/gn.yaml'));
    await symlink('/etc/hostname', join(root, 'content/countries/gn.yaml'));
    await expect(load()).rejects.toThrow(/symbolic link/);
    await rm(join(root, 'content/countries/gn.yaml'));
    await writeFile(join(root, 'content/countries/gn.yaml'), 'id: &a gn\nnote: *a\n');
    await expect(load()).rejects.toThrow(/alias/i);
  });

  it('under a watcher, an entry added to the folder appears and one removed goes, without reloading', async () => {
    await writeFile(join(root, 'content/countries/gn.yaml'), 'id: gn\n');
    const watcher = new EventEmitter();
    const { context, entries } = fakeContext(root, watcher);
    await yamlEntries('./content/countries').load(context);
    const added = join(root, 'content/countries/gm.yaml');
    await writeFile(added, 'id: gm\nregion: west-africa\n');
    watcher.emit('add', added);
    await vi.waitFor(() => expect(entries.get('gm')).toEqual({ id: 'gm', region: 'west-africa' }));
    watcher.emit('add', join(root, 'content/solutions/x/index.mdx'));
    watcher.emit('unlink', join(root, 'content/countries/gn.yaml'));
    expect([...entries.keys()]).toEqual(['gm']);
  });
});
