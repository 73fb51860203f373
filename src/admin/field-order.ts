/**
 * The order in which Decap writes an entry's top-level keys: the order of its collection's fields
 * in the generated configuration (`cmsConfig`, src/admin/config.ts), never a second list. Used by
 * `npm run format` and the content check to keep content/ as the CMS writes it
 * (scripts/normalise-content.ts, src/lib/decap-frontmatter.ts).
 */
import { cmsConfig, type CmsSettings } from './config.ts';

/** Field names do not depend on the settings (only choices and URLs do): any settings give the same order. */
const SETTINGS: CmsSettings = {
  repo: 'owner/name',
  branch: 'main',
  siteUrl: 'https://example.org',
  // Every reference gets an empty list of choices: its field is there all the same.
  choices: new Proxy({}, { get: () => [] }),
};

export interface EntryFieldOrder {
  /** Folder of the collection, e.g. `content/solutions`. */
  folder: string;
  /**
   * File name of its entries inside their own folder, e.g. `index.mdx` or `fr.mdx`; undefined for
   * a data collection, whose entries are files directly in the folder (`gn.yaml`).
   */
  file: string | undefined;
  /** `mdx` (frontmatter and body) or `yaml` (the file is the entry's fields). */
  extension: string;
  /** Top-level keys, in the order Decap writes them. */
  fields: string[];
}

/** Every folder collection of the configuration, with the file its entries are and their key order. */
export function entryFieldOrders(settings: CmsSettings = SETTINGS): EntryFieldOrder[] {
  return cmsConfig(settings).collections.map((collection) => ({
    folder: collection.folder,
    file: 'path' in collection ? `${collection.path.replace(/^\{\{slug\}\}\//, '')}.${collection.extension}` : undefined,
    extension: collection.extension,
    fields: collection.fields.map((field) => field.name),
  }));
}

/** The collection holding the entry at `path` (relative to the project, `/`-separated), or undefined when none does. */
export function entryOrderOf(path: string, orders: readonly EntryFieldOrder[] = entryFieldOrders()): EntryFieldOrder | undefined {
  return orders.find((order) => {
    const rest = path.startsWith(`${order.folder}/`) ? path.slice(order.folder.length + 1) : undefined;
    if (rest === undefined) return false;
    if (order.file === undefined) return /^[^/]+$/.test(rest) && rest.endsWith(`.${order.extension}`);
    return /^[^/]+\/[^/]+$/.test(rest) && rest.endsWith(`/${order.file}`);
  });
}

/** The key order of the entry at `path` (relative to the project, `/`-separated), or undefined when no collection holds it. */
export function fieldOrderOf(path: string, orders: readonly EntryFieldOrder[] = entryFieldOrders()): string[] | undefined {
  return entryOrderOf(path, orders)?.fields;
}
