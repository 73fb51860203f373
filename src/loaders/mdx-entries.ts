/**
 * Content loader for the MDX collections: like Astro's `glob()`, but the body of each entry is
 * rendered to HTML here, once, with `renderEntryBody` (entries may only hold Markdown and the
 * project's own components, which the content gate enforces before this runs). The data store
 * then holds each entry's HTML, and `render(entry)` returns it: no compiled module per entry for
 * the build to bundle and keep in memory. An unchanged file (same digest) is not parsed again.
 */
import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import picomatch from 'picomatch';
import { glob } from 'tinyglobby';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n/locales.ts';
import { renderEntryBody } from '../lib/entry-html.ts';
import { splitFrontmatter } from '../lib/frontmatter.ts';

export interface MdxEntriesOptions {
  /** Folder of the collection, relative to the project root: `./content/solutions`. */
  base: string;
  /** Files of the collection within `base`: `*\/index.mdx`. */
  pattern: string;
  /** The entry id of a file path relative to `base`. */
  generateId: (options: { entry: string }) => string;
}

/** `umucyo/fr.mdx` is French; `umucyo/index.mdx` is in the default language. */
export function languageOfFile(entry: string): Locale {
  const name =
    entry
      .split('/')
      .at(-1)
      ?.replace(/\.mdx$/, '') ?? '';
  return isLocale(name) ? name : DEFAULT_LOCALE;
}

export function mdxEntries(options: MdxEntriesOptions): Loader {
  return {
    name: 'homegrown-mdx-entries',
    load: async (context: LoaderContext) => {
      const { store, config, logger, watcher } = context;
      const root = fileURLToPath(config.root);
      const baseDir = resolve(root, options.base);
      const siteOrigin = config.site ? new URL(config.site).origin : undefined;
      const fileIds = new Map<string, string>();

      async function sync(entry: string): Promise<string> {
        const path = resolve(baseDir, entry);
        const text = await readFile(path, 'utf8');
        const id = options.generateId({ entry });
        fileIds.set(path, id);
        const digest = context.generateDigest(text);
        if (store.get(id)?.digest === digest) return id;
        const { data, body } = splitFrontmatter(text);
        const parsed = await context.parseData({ id, data, filePath: path });
        let rendered;
        try {
          const { html, headings } = await renderEntryBody(body, { lang: languageOfFile(entry), siteOrigin });
          // The frontmatter is already the entry's data: not stored twice.
          rendered = { html, metadata: { headings } };
        } catch (error) {
          throw new Error(`${relative(root, path)}: the body could not be rendered: ${(error as Error).message}`, { cause: error });
        }
        store.set({ id, data: parsed, body, filePath: relative(root, path), digest, rendered });
        return id;
      }

      const untouched = new Set(store.keys());
      const files = await glob(options.pattern, { cwd: baseDir, expandDirectories: false });
      // Sequential: rendering is synchronous work, and a failure names its file first.
      for (const entry of files.sort()) untouched.delete(await sync(entry));
      for (const id of untouched) store.delete(id);

      if (!watcher) return;
      // `npm run dev`: a saved, added or deleted entry updates the store and the page.
      const matches = picomatch(options.pattern);
      const inCollection = (path: string) => {
        const entry = relative(baseDir, path).split('\\').join('/');
        return !entry.startsWith('../') && matches(entry) ? entry : undefined;
      };
      watcher.add(baseDir);
      const onChange = async (path: string) => {
        const entry = inCollection(path);
        if (!entry) return;
        try {
          await sync(entry);
          logger.info(`Reloaded ${entry}`);
        } catch (error) {
          logger.error(`Failed to reload ${entry}: ${(error as Error).message}`);
        }
      };
      watcher.on('change', onChange);
      watcher.on('add', onChange);
      watcher.on('unlink', (path: string) => {
        const id = fileIds.get(path);
        if (inCollection(path) && id) store.delete(id);
      });
    },
  };
}
