import { readFileSync } from 'node:fs';
import { fromJS } from 'immutable';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { fieldOrderOf } from '#src/admin/field-order.ts';
import { decapEntryFile, decapParseYaml, decapStringifyYaml, normaliseDataFile, normaliseEntryFile } from './decap-frontmatter.ts';

/** Decap's own frontmatter format (decap-cms-core 3.16, its ES build), to compare with byte for byte. */
interface DecapFormat {
  fromFile(text: string): Record<string, unknown> & { body?: string };
  toFile(data: Record<string, unknown>, sortedKeys?: string[]): string;
}
const DECAP_FRONTMATTER: string = 'decap-cms-core/dist/esm/formats/frontmatter.js';
const decap = ((await import(DECAP_FRONTMATTER)) as { frontmatterYAML(): DecapFormat }).frontmatterYAML();
/** Decap's own YAML format, which writes a data entry's file (`content/countries/gn.yaml`). */
const DECAP_YAML: string = 'decap-cms-core/dist/esm/formats/yaml.js';
const decapYaml = ((await import(DECAP_YAML)) as { default: DecapFormat }).default;

/** What Decap commits for an entry it holds (`entryToRaw` in decap-cms-core/src/backend.ts). */
function decapSaves(data: Record<string, unknown>, sortedKeys: string[]): string {
  const held = (fromJS(data) as unknown as { toJS(): Record<string, unknown> }).toJS();
  const raw = decap.toFile(held, sortedKeys);
  return raw.endsWith('\n') ? raw : `${raw}\n`;
}

const ENTRIES = globSync('content/**/*.mdx')
  .sort()
  .flatMap((file) => {
    const fields = fieldOrderOf(file);
    return fields ? [{ file, fields, text: readFileSync(file, 'utf8') }] : [];
  });

describe('normaliseEntryFile', () => {
  it('finds the entries of content/', () => {
    expect(ENTRIES.length).toBeGreaterThan(100);
  });

  it('writes every entry of content/ byte for byte as Decap saves it untouched', () => {
    const differing = ENTRIES.filter(({ text, fields }) => normaliseEntryFile(text, fields) !== decapSaves(decap.fromFile(text), fields));
    expect(differing.map(({ file }) => file)).toEqual([]);
  });

  it('is what Decap saves again: a normalised entry saved untouched by the CMS does not change', () => {
    const changed = ENTRIES.filter(({ text, fields }) => {
      const once = normaliseEntryFile(text, fields);
      return decapSaves(decap.fromFile(once), fields) !== once || normaliseEntryFile(once, fields) !== once;
    });
    expect(changed.map(({ file }) => file)).toEqual([]);
  });

  it('puts the top-level keys in the order of the fields and folds long text at 80 columns', () => {
    const text = `---\nsummary: ${'word '.repeat(30).trim()}\ntitle: 'Quoted: title'\n---\n\nBody\n`;
    expect(normaliseEntryFile(text, ['title', 'summary', 'body'])).toBe(
      [
        '---',
        'title: "Quoted: title"',
        `summary: ${'word '.repeat(14).trim()}`,
        `  ${'word '.repeat(15).trim()}`,
        `  word`,
        '---',
        '',
        'Body',
        '',
      ].join('\n'),
    );
  });

  it('keeps nested keys as Decap holds them: in order up to 8 keys, in Immutable.js hash order above', () => {
    const small = { a: 1, z: 2, b: 3 };
    const large = Object.fromEntries(['k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7', 'k8', 'k9'].map((key, index) => [key, index]));
    const out = decapEntryFile({ small, large }, '', []);
    expect(out).toBe(decapSaves({ small, large }, []));
    expect(out).toContain('small:\n  a: 1\n  z: 2\n  b: 3\n');
    const largeKeys = [...out.matchAll(/^ {2}(k\d):/gm)].map((match) => match[1]);
    expect(largeKeys).toEqual(Object.keys((fromJS(large) as unknown as { toJS(): object }).toJS()));
  });

  it('writes block lists instead of flow lists, and keeps a body without a final line end as Decap does', () => {
    expect(normaliseEntryFile('---\nsdgs: [16, 1]\n---\nBody', [])).toBe('---\nsdgs:\n  - 16\n  - 1\n---\nBody\n');
  });

  it('leaves a file without frontmatter as it is', () => {
    expect(normaliseEntryFile('Just a body\n', [])).toBe('Just a body\n');
  });
});

describe('normaliseDataFile', () => {
  const DATA = globSync('content/{countries,institutions,glossary}/*.yaml')
    .sort()
    .map((file) => ({ file, fields: fieldOrderOf(file) ?? [], text: readFileSync(file, 'utf8') }));

  it('writes every data entry of content/ byte for byte as Decap saves it untouched, and content/ is so written', () => {
    expect(DATA.length).toBeGreaterThan(90);
    const saved = (text: string, fields: string[]) =>
      decapYaml.toFile((fromJS(decapYaml.fromFile(text)) as unknown as { toJS(): Record<string, unknown> }).toJS(), fields);
    expect(DATA.filter(({ text, fields }) => normaliseDataFile(text, fields) !== saved(text, fields)).map(({ file }) => file)).toEqual([]);
    expect(DATA.filter(({ text, fields }) => saved(text, fields) !== text).map(({ file }) => file)).toEqual([]);
  });

  it('puts the keys in the order of the fields, id first', () => {
    expect(normaliseDataFile('region: west-africa\nid: gn\n', ['id', 'region'])).toBe('id: gn\nregion: west-africa\n');
  });
});

describe('decapParseYaml and decapStringifyYaml', () => {
  it('read dates in UTC as Decap does and write them back as they were', () => {
    const data = decapParseYaml('at: 2024-05-01T10:00:00Z\nday: 2024-05-01\n');
    expect(data['at']).toBeInstanceOf(Date);
    expect(data['day']).toBe('2024-05-01');
    expect(decapStringifyYaml(data, [])).toBe('at: 2024-05-01T10:00:00.000Z\nday: 2024-05-01\n');
  });

  it('refuses broken YAML with the parser message', () => {
    expect(() => decapParseYaml('title: [unclosed\n')).toThrow(/YAML parsing error/);
  });
});

describe('a one-word correction made in the CMS to a normalised entry', () => {
  const file = 'content/solutions/abunzi/index.mdx';
  const fields = fieldOrderOf(file) ?? [];
  const normalised = normaliseEntryFile(readFileSync(file, 'utf8'), fields);

  /** Lines that differ between two versions of the same number of lines (-1 when the count changed). */
  function changedLines(before: string, after: string): string[] {
    const a = before.split('\n');
    const b = after.split('\n');
    return a.length === b.length ? b.filter((line, index) => line !== a[index]) : ['(line count changed)'];
  }

  /** The CMS opens the entry, the editor changes one word in one field, the CMS saves it. */
  function editInCms(edit: (data: Record<string, unknown>) => void): string {
    const data = decap.fromFile(normalised);
    edit(data);
    return decapSaves(data, fields);
  }

  it('in a figure label is a one-line diff', () => {
    const saved = editInCms((data) => {
      const figure = (data['figures'] as { label: string }[])[0];
      if (figure) figure.label = figure.label.replace('serving on', 'serving in');
    });
    expect(changedLines(normalised, saved)).toEqual(['    label: Mediators serving in the committees']);
  });

  it('in a long text folded at 80 columns, a word of the same length, is a one-line diff', () => {
    const saved = editInCms((data) => {
      data['summary'] = String(data['summary']).replace('family matters', 'family affairs');
    });
    expect(changedLines(normalised, saved)).toHaveLength(1);
    expect(changedLines(normalised, saved)[0]).toContain('family affairs');
  });
});
