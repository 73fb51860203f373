/**
 * Content loader for the MDX collections: like Astro's `glob()`, but the body of each entry is
 * rendered to HTML here, once, with `renderEntryBody` (entries may only hold Markdown and the
 * project's own components, which the content gate enforces before this runs). The data store
 * then holds each entry's HTML, and `render(entry)` returns it: no compiled module per entry for
 * the build to bundle and keep in memory. An unchanged file rendered by unchanged code (same
 * digest) is not parsed again.
 *
 * Only regular files inside the collection's folder are read (no symbolic links). A body the gate
 * rejects fails the build; under `astro dev`, which keeps serving while the content check reports
 * errors, it is shown as an escaped notice instead of being rendered.
 */
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import picomatch from 'picomatch';
import { glob } from 'tinyglobby';
import { DEFAULT_LOCALE, isLocale, type Locale } from '#src/config/locales.ts';
import { readContentFile } from '#src/lib/content-file.ts';
import { RejectedBodyError, renderEntryBody, type EntryHtml } from '#src/body/entry-html.ts';
import { splitFrontmatter } from '#src/lib/frontmatter.ts';
import { rendererDigest } from '#src/body/renderer-digest.ts';

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

/** What `astro dev` shows in place of a body the gate rejects: the problems, as escaped text. */
export function rejectedBodyNotice(file: string, reason: string, problems: string[]): EntryHtml {
  const notice = h('div', { role: 'alert', className: 'my-6 border-l-4 border-sun bg-sun-soft px-4 py-3' }, [
    h('p', { className: 'font-semibold' }, `${file}: ${reason}`),
    h(
      'ul',
      problems.map((problem) => h('li', problem)),
    ),
    h('p', 'Run "npm run check" for the fix; the build refuses this entry.'),
  ]);
  return { html: toHtml(notice), headings: [] };
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
      const renderer = await rendererDigest(root);

      async function sync(entry: string): Promise<string> {
        const path = resolve(baseDir, entry);
        const file = relative(root, path);
        const text = await readContentFile(path, baseDir);
        const id = options.generateId({ entry });
        fileIds.set(path, id);
        const digest = context.generateDigest(`${renderer}\n${text}`);
        if (store.get(id)?.digest === digest) return id;
        const { data, body } = splitFrontmatter(text);
        const parsed = await context.parseData({ id, data, filePath: path });
        let html: EntryHtml;
        try {
          html = await renderEntryBody(body, { lang: languageOfFile(entry), siteOrigin });
        } catch (error) {
          const problems =
            error instanceof RejectedBodyError
              ? error.findings.map((f) => `line ${f.line ?? '?'} of the body: ${f.message}`)
              : [(error as Error).message];
          if (!watcher) throw new Error(`${file}: the body was not rendered: ${problems.join('; ')}`, { cause: error });
          logger.error(`${file}: the body was not rendered: ${problems.join('; ')}`);
          html = rejectedBodyNotice(file, 'the content check rejects this text, so it is not shown', problems);
        }
        // The frontmatter is already the entry's data: not stored twice.
        const rendered = { html: html.html, metadata: { headings: html.headings } };
        store.set({ id, data: parsed, body, filePath: file, digest, rendered });
        return id;
      }

      const untouched = new Set(store.keys());
      // Symbolic links are neither followed nor listed; readContentFile refuses any that remain.
      const files = await glob(options.pattern, { cwd: baseDir, expandDirectories: false, followSymbolicLinks: false, onlyFiles: true });
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
