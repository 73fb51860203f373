import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { languageOfFile, mdxEntries } from './mdx-entries.ts';

describe('languageOfFile', () => {
  it('reads the language from a translation file name, English otherwise', () => {
    expect(languageOfFile('umucyo/fr.mdx')).toBe('fr');
    expect(languageOfFile('umucyo/index.mdx')).toBe('en');
  });
});

interface Stored {
  id: string;
  data: Record<string, unknown>;
  digest?: string;
  rendered?: { html: string };
  filePath?: string;
}

/** The parts of Astro's loader context the loader uses, with a Map as the data store. */
function fakeContext(root: string, entries = new Map<string, Stored>(), options: { dev?: boolean; rendererRoot?: string } = {}) {
  let renders = 0;
  const store = {
    get: (id: string) => entries.get(id),
    set: (entry: Stored) => {
      renders++;
      entries.set(entry.id, entry);
      return true;
    },
    delete: (id: string) => void entries.delete(id),
    keys: () => [...entries.keys()],
  };
  const context = {
    collection: 'solutions',
    store,
    config: { root: pathToFileURL(`${root}/`), site: 'https://homegrown.example' },
    logger: { info: () => undefined, error: () => undefined, warn: () => undefined },
    parseData: async ({ data }: { data: Record<string, unknown> }) => ({ ...data, parsed: true }),
    generateDigest: (text: string) => String(text.length) + text,
    // `astro dev` gives the loader a file watcher; a build does not.
    ...(options.dev ? { watcher: { add: () => undefined, on: () => undefined } } : {}),
  } as unknown as LoaderContext;
  return { context, entries, renders: () => renders };
}

describe('mdxEntries', () => {
  let root: string;
  const write = async (path: string, text: string) => {
    await mkdir(join(root, 'content/solutions', path, '..'), { recursive: true });
    await writeFile(join(root, 'content/solutions', path), text);
  };
  const loader = mdxEntries({
    base: './content/solutions',
    pattern: '*/index.mdx',
    generateId: ({ entry }) => entry.split('/')[0] ?? entry,
  });

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'homegrown-loader-'));
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('stores each entry with its validated data and its body rendered to HTML', async () => {
    await write('umucyo/index.mdx', '---\ntitle: Umucyo\n---\n\n## How it works\n\nSee [RPPA](https://www.rppa.gov.rw/).\n');
    await write('umucyo/fr.mdx', '---\ntitle: Umucyo\n---\n\nFrench, not matched by the pattern.\n');
    const { context, entries } = fakeContext(root);
    await loader.load(context);
    expect([...entries.keys()]).toEqual(['umucyo']);
    const entry = entries.get('umucyo');
    expect(entry?.data).toEqual({ title: 'Umucyo', parsed: true });
    expect(entry?.filePath).toBe('content/solutions/umucyo/index.mdx');
    expect(entry?.rendered?.html).toContain('<h2 id="section-how-it-works">How it works</h2>');
    expect(entry?.rendered?.html).toContain('rel="external"');
  });

  it('renders an unchanged file only once, and forgets a deleted one', async () => {
    await write('umucyo/index.mdx', '---\ntitle: Umucyo\n---\n\nBody.\n');
    await write('irembo/index.mdx', '---\ntitle: Irembo\n---\n\nBody.\n');
    const first = fakeContext(root);
    await loader.load(first.context);
    expect(first.renders()).toBe(2);

    await rm(join(root, 'content/solutions/irembo'), { recursive: true });
    await write('umucyo/index.mdx', '---\ntitle: Umucyo\n---\n\nBody.\n');
    const second = fakeContext(root, first.entries);
    await loader.load(second.context);
    expect(second.renders()).toBe(0);
    expect([...second.entries.keys()]).toEqual(['umucyo']);
  });

  const rejected = '---\ntitle: Evil\n---\n\n| a | b |\n| - | - |\n| `x | <script>alert(document.domain)</script> | y` |\n';

  it('fails the build on a body the gate rejects, naming the file and the problem', async () => {
    await write('evil/index.mdx', rejected);
    await expect(loader.load(fakeContext(root).context)).rejects.toThrow(
      /content\/solutions\/evil\/index\.mdx: the body was not rendered: line \d+ of the body: <script> is not allowed/,
    );
  });

  it('in astro dev, shows a body the gate rejects as an escaped notice instead of rendering it', async () => {
    await write('evil/index.mdx', rejected);
    const { context, entries } = fakeContext(root, new Map(), { dev: true });
    await loader.load(context);
    const html = entries.get('evil')?.rendered?.html ?? '';
    expect(html).toContain('role="alert"');
    expect(html).toContain('&#x3C;script> is not allowed');
    expect(html).not.toContain('<script');
  });

  it('refuses an entry that is a symbolic link, even to a file inside the project', async () => {
    await write('umucyo/index.mdx', '---\ntitle: Umucyo\n---\n\nBody.\n');
    await writeFile(join(root, 'content/README.md'), '---\ntitle: Readme\n---\n\nNever checked.\n');
    await mkdir(join(root, 'content/solutions/evil'));
    await symlink('../../README.md', join(root, 'content/solutions/evil/index.mdx'));
    const { context, entries } = fakeContext(root);
    await loader.load(context).catch((error: unknown) => {
      expect(String(error)).toMatch(/symbolic link/);
    });
    expect(entries.has('evil')).toBe(false);
  });

  it('renders every entry again when the renderer changes, though no entry did', async () => {
    await write('umucyo/index.mdx', '---\ntitle: Umucyo\n---\n\nBody.\n');
    // The renderer's files are read from the project root, following the loader's imports.
    await mkdir(join(root, 'src/body'), { recursive: true });
    await mkdir(join(root, 'src/loaders'), { recursive: true });
    await writeFile(join(root, 'src/loaders/mdx-entries.ts'), "import { renderEntryBody } from '#src/body/entry-html.ts';\n");
    await writeFile(join(root, 'src/body/entry-html.ts'), "import { CALLOUT_TONES } from './callout-tones.ts';\n");
    await writeFile(join(root, 'src/body/callout-tones.ts'), 'export const CALLOUT_TONES = {};\n');
    const first = fakeContext(root);
    await loader.load(first.context);
    // A helper two imports away changes: every digest changes.
    await writeFile(join(root, 'src/body/callout-tones.ts'), "export const CALLOUT_TONES = { note: 'border-leaf' };\n");
    const second = fakeContext(root, first.entries);
    await loader.load(second.context);
    expect(second.renders()).toBe(1);
  });
});
