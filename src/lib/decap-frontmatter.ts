/**
 * Entry files written exactly as Decap CMS writes them, so that a one-word correction made in the
 * CMS is a one-line diff (docs/cms.md, "Its own YAML style"). Decap 3.16 (`decap-cms-core`,
 * `src/formats/yaml.ts` and `frontmatter.ts`, `entryToRaw` in `src/backend.ts`) parses and writes
 * frontmatter with `yaml` 1.x (our alias `yaml-decap`, pinned to the version Decap resolves), keeps
 * an entry's values in an Immutable.js map (`fromJS`, whose maps of more than 8 keys iterate in hash
 * order) and sorts the top-level keys in the order of the collection's fields. This module does
 * the same, with the same libraries; `decap-frontmatter.test.ts` compares it byte for byte with
 * Decap's own code.
 */
import YAML from 'yaml-decap';
import { fromJS } from 'immutable';
import { splitEntry } from './frontmatter.ts';

/** Decap's `!timestamp` tag (ISO date-times in UTC become dates), as in its yaml.ts. */
const timestampTag = {
  identify: (value: unknown) => value instanceof Date,
  default: true,
  tag: '!timestamp',
  test: /^([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2}(\.[0-9]+)?)Z$/,
  resolve: (text: string) => new Date(text),
  stringify: (item: { value: unknown }) => (item.value as Date).toISOString(),
};

/** Frontmatter YAML read as Decap reads it (its `fromFile`). */
export function decapParseYaml(text: string): Record<string, unknown> {
  const doc = YAML.parseDocument(text, { customTags: [timestampTag as never], prettyErrors: true });
  if (doc.errors.length > 0) throw new Error(`YAML parsing error:\n${doc.errors.map((error) => error.message).join('\n')}`);
  return (doc.toJSON() ?? {}) as Record<string, unknown>;
}

/** The order of a map's keys once Decap holds it (`fromJS(...).toJS()`): insertion order up to 8 keys, hash order above. */
export function asDecapHolds<T>(value: T): T {
  const held: unknown = fromJS(value);
  return held !== null && typeof held === 'object' && 'toJS' in held ? (held as { toJS(): T }).toJS() : value;
}

/** Decap's `sortKeys`: keys listed keep the list's order; a key not listed compares equal to any. */
function compareBy(sortedKeys: readonly string[]) {
  return (a: { key?: unknown }, b: { key?: unknown }) => {
    const indexA = sortedKeys.indexOf(String(a.key));
    const indexB = sortedKeys.indexOf(String(b.key));
    if (indexA === -1 || indexB === -1) return 0;
    return indexA - indexB;
  };
}

/** Frontmatter YAML as Decap writes it (its `toFile`): top-level keys in `sortedKeys` order. */
export function decapStringifyYaml(data: Record<string, unknown>, sortedKeys: readonly string[]): string {
  const contents = YAML.createNode(data) as unknown as { items: { key?: unknown }[] };
  contents.items.sort(compareBy(sortedKeys));
  const doc = new YAML.Document();
  doc.contents = contents as never;
  return doc.toString();
}

/** A whole entry file as Decap writes it (`FrontmatterFormatter.toFile` through gray-matter, then `entryToRaw`). */
export function decapEntryFile(data: Record<string, unknown>, body: string, sortedKeys: readonly string[]): string {
  const held = asDecapHolds(data);
  const yaml = decapStringifyYaml(held, sortedKeys).trim();
  const withNewline = (text: string) => (text.endsWith('\n') ? text : `${text}\n`);
  let file = (yaml === '{}' ? '' : `---\n${withNewline(yaml)}---\n`) + withNewline(body);
  if (!body.endsWith('\n') && file.endsWith('\n')) file = file.slice(0, -1);
  return file.endsWith('\n') ? file : `${file}\n`;
}

/** A data entry's file (`content/countries/gn.yaml`) as Decap's YAML format writes it (its `toFile`). */
export function decapDataFile(data: Record<string, unknown>, sortedKeys: readonly string[]): string {
  return decapStringifyYaml(asDecapHolds(data), sortedKeys);
}

/** A data entry's file rewritten as Decap would save it untouched: same values, its YAML style, its key order. */
export function normaliseDataFile(text: string, sortedKeys: readonly string[]): string {
  return decapDataFile(decapParseYaml(text.startsWith('\uFEFF') ? text.slice(1) : text), sortedKeys);
}

/**
 * An entry file rewritten as Decap would save it untouched: same values, Decap's YAML style, its
 * key order. The body is kept as written (Decap keeps it unless the editor changes it); a body of
 * blank lines only is dropped, as Decap drops it.
 */
export function normaliseEntryFile(text: string, sortedKeys: readonly string[]): string {
  const { yaml, body } = splitEntry(text);
  if (yaml === undefined) return text;
  const data = decapParseYaml(yaml);
  return decapEntryFile(data, body.trim() ? body : '', sortedKeys);
}
