import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { yamlList } from './yaml-list.ts';

function fakeContext(root: string) {
  const entries = new Map<string, unknown>();
  const context = {
    store: { clear: () => entries.clear(), set: ({ id, data }: { id: string; data: unknown }) => entries.set(id, data) },
    config: { root: pathToFileURL(`${root}/`) },
    logger: { info: () => undefined, error: () => undefined },
    parseData: async ({ data }: { data: unknown }) => data,
    generateDigest: (value: unknown) => JSON.stringify(value),
  } as unknown as LoaderContext;
  return { context, entries };
}

describe('yamlList', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'homegrown-yaml-'));
    await mkdir(join(root, 'content'));
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('stores each item of the list by its id', async () => {
    await writeFile(join(root, 'content/countries.yaml'), '- id: gn\n  region: western-africa\n- id: ls\n');
    const { context, entries } = fakeContext(root);
    await yamlList('./content/countries.yaml').load(context);
    expect([...entries.keys()]).toEqual(['gn', 'ls']);
  });

  it('refuses a symbolic link and YAML aliases', async () => {
    await symlink('/etc/hostname', join(root, 'content/countries.yaml'));
    await expect(yamlList('./content/countries.yaml').load(fakeContext(root).context)).rejects.toThrow(/symbolic link/);
    await writeFile(join(root, 'content/glossary.yaml'), '- &a { id: x }\n- *a\n');
    await expect(yamlList('./content/glossary.yaml').load(fakeContext(root).context)).rejects.toThrow(/alias/i);
  });
});
