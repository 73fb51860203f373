/**
 * Content loader for the YAML collections (`content/countries.yaml`...): a list of entries, each
 * with an `id`. Like Astro's `file()` loader, but it reads only a regular file inside `content/`
 * (never a symbolic link) and refuses YAML aliases, as the content check does.
 */
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { readContentFile } from '#src/lib/content-file.ts';

export function yamlList(path: string): Loader {
  return {
    name: 'homegrown-yaml-list',
    load: async (context: LoaderContext) => {
      const { store, config, logger, watcher } = context;
      const root = fileURLToPath(config.root);
      const file = resolve(root, path);

      async function sync(): Promise<void> {
        const text = await readContentFile(file, dirname(file));
        const items: unknown = parseYaml(text, { maxAliasCount: 0 });
        if (!Array.isArray(items))
          throw new Error(`${relative(root, file)} must be a YAML list of entries, each starting with "- id: ..."`);
        store.clear();
        for (const item of items as Record<string, unknown>[]) {
          const id = String(item['id']);
          const data = await context.parseData({ id, data: item, filePath: file });
          store.set({ id, data, digest: context.generateDigest(item) });
        }
      }

      await sync();
      if (!watcher) return;
      watcher.add(file);
      watcher.on('change', async (changed: string) => {
        if (resolve(changed) !== file) return;
        try {
          await sync();
          logger.info(`Reloaded ${relative(root, file)}`);
        } catch (error) {
          logger.error(`Failed to reload ${relative(root, file)}: ${(error as Error).message}`);
        }
      });
    },
  };
}
