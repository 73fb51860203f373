/** The site's collections, one canonical and one translation collection per MDX collection and one per folder of YAML entries, all from the registry. */
import { defineCollection } from 'astro:content';
import type { CollectionConfig } from 'astro/content/config';
import {
  CANONICAL_FILE,
  CONTENT_DIR,
  DATA_COLLECTIONS,
  MDX_COLLECTIONS,
  TRANSLATION_GLOB,
  entryIdFromPath,
  type CollectionName,
  type SchemaOf,
} from '#src/schemas/collections.ts';
import { mdxEntries } from '#src/loaders/mdx-entries.ts';
import { yamlEntries } from '#src/loaders/yaml-entries.ts';
import { contentPath } from '#src/lib/content-root.ts';

const generateId = ({ entry }: { entry: string }) => entryIdFromPath(entry);
// MDX entries are rendered to HTML as they load (see src/loaders/mdx-entries.ts).
// `npm run cms` points CMS_CONTENT_ROOT at its session's worktree, where the CMS publishes (src/lib/content-root.ts).
const mdx = (dir: string, pattern: string) => mdxEntries({ pattern, base: contentPath('.', CONTENT_DIR, dir), generateId });
// The content check parses YAML with the same package, so both read a file identically.
const yaml = (dir: string) => yamlEntries(contentPath('.', CONTENT_DIR, dir));

export const collections = Object.fromEntries([
  ...MDX_COLLECTIONS.flatMap((c) => [
    [c.name, defineCollection({ loader: mdx(c.dir, `*/${CANONICAL_FILE}`), schema: c.schema })],
    [c.translations, defineCollection({ loader: mdx(c.dir, TRANSLATION_GLOB), schema: c.translationSchema })],
  ]),
  ...DATA_COLLECTIONS.map((c) => [c.name, defineCollection({ loader: yaml(c.dir), schema: c.schema })]),
]) as { [K in CollectionName]: CollectionConfig<SchemaOf<K>> };
