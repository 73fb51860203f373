/**
 * Content loader for the data collections (`content/countries/gn.yaml`...): one YAML file per
 * entry, its id the file's name. Like Astro's `glob()` loader, but it reads only regular files
 * inside the collection's folder (never a symbolic link) and refuses YAML aliases, as the content
 * check does. Under `astro dev` (and `npm run cms`) it watches the folder, so an entry added,
 * changed or removed (one the CMS published) is on the site without a restart.
 */
import { readdir } from 'node:fs/promises';
import { basename, dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { readContentFile } from '#src/lib/content-file.ts';
import { DATA_EXTENSION } from '#src/schemas/content-model.ts';

/** `dir`: the collection's folder, from the project root (`./content/countries`). */
export function yamlEntries(dir: string): Loader {
  return {
    name: 'homegrown-yaml-entries',
    load: async (context: LoaderContext) => {
      const { store, config, logger, watcher } = context;
      const root = fileURLToPath(config.root);
      const baseDir = resolve(root, dir);
      /** The id of a file of the collection: `<baseDir>/gn.yaml` -> `gn`; undefined for any other path. */
      const idOf = (path: string): string | undefined =>
        dirname(resolve(path)) === baseDir && path.endsWith(DATA_EXTENSION) ? basename(path, DATA_EXTENSION) : undefined;

      async function sync(path: string, id: string): Promise<void> {
        const file = relative(root, path);
        const text = await readContentFile(path, baseDir);
        const item: unknown = parseYaml(text, { maxAliasCount: 0 });
        if (item === null || typeof item !== 'object' || Array.isArray(item))
          throw new Error(`${file} must hold one entry, its fields as "name: value" lines starting with "id: ${id}"`);
        const written = (item as { id?: unknown }).id;
        if (written !== id) throw new Error(`${file}: id is ${JSON.stringify(written)}, but an entry's id is its file name: set id: ${id}`);
        const data = await context.parseData({ id, data: item as Record<string, unknown>, filePath: path });
        store.set({ id, data, filePath: file, digest: context.generateDigest(text) });
      }

      // Every name in the folder, links included: readContentFile refuses a link rather than skip it.
      const names = await readdir(baseDir).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? [] : Promise.reject(error)));
      const files = names.map((name) => resolve(baseDir, name));
      const untouched = new Set(store.keys());
      for (const path of files.sort()) {
        const id = idOf(path);
        if (id === undefined) continue;
        await sync(path, id);
        untouched.delete(id);
      }
      for (const id of untouched) store.delete(id);

      if (!watcher) return;
      watcher.add(baseDir);
      const onChange = async (path: string) => {
        const id = idOf(path);
        if (id === undefined) return;
        try {
          await sync(resolve(path), id);
          logger.info(`Reloaded ${relative(root, path)}`);
        } catch (error) {
          logger.error(`Failed to reload ${relative(root, path)}: ${(error as Error).message}`);
        }
      };
      watcher.on('change', onChange);
      watcher.on('add', onChange);
      watcher.on('unlink', (path: string) => {
        const id = idOf(path);
        if (id !== undefined) store.delete(id);
      });
    },
  };
}
