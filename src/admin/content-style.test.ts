import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { readDataEntry, readEntry } from '#src/lib/frontmatter.ts';
import { cmsConfig } from './config.ts';
import { styledEntries } from './content-style.ts';
import { entryFieldOrders, fieldOrderOf } from './field-order.ts';

const ENTRIES = styledEntries('.');

describe('styledEntries over content/', () => {
  it('lists the entries of every collection, English and French', () => {
    expect(ENTRIES.some(({ file }) => /^content\/solutions\/[^/]+\/index\.mdx$/.test(file))).toBe(true);
    expect(ENTRIES.some(({ file }) => /^content\/case-studies\/[^/]+\/fr\.mdx$/.test(file))).toBe(true);
    expect(ENTRIES.some(({ file }) => /^content\/events\/[^/]+\/index\.mdx$/.test(file))).toBe(true);
    for (const dir of ['countries', 'institutions', 'glossary'])
      expect(ENTRIES.some(({ file }) => file.startsWith(`content/${dir}/`) && file.endsWith('.yaml'))).toBe(true);
  });

  it('changes no value: every entry, styled as the CMS writes it, reads the same to the site', () => {
    const changed = ENTRIES.filter(({ file, text, styled }) => {
      if (file.endsWith('.yaml')) return !isDeepStrictEqual(readDataEntry(text), readDataEntry(styled));
      const before = readEntry(text);
      const after = readEntry(styled);
      // The body is kept as written; Decap only ends it with a line end, and drops a blank one.
      const body = before.body.trim() === '' ? '' : before.body.endsWith('\n') ? before.body : `${before.body}\n`;
      return !isDeepStrictEqual(before.data, after.data) || after.body !== body;
    });
    expect(changed.map(({ file }) => file)).toEqual([]);
  });
});

describe('fieldOrderOf', () => {
  it('is the order of the fields of the collection in the generated CMS configuration', () => {
    const config = cmsConfig({ repo: 'o/n', branch: 'main', siteUrl: 'https://example.org', choices: new Proxy({}, { get: () => [] }) });
    const solutions = config.collections.find((collection) => collection.name === 'solutions');
    expect(fieldOrderOf('content/solutions/abunzi/index.mdx')).toEqual(solutions?.fields.map((field) => field.name));
    expect(fieldOrderOf('content/solutions/abunzi/index.mdx')?.slice(0, 2)).toEqual(['title', 'summary']);
    expect(fieldOrderOf('content/case-studies/kenya-irembo/fr.mdx')).toContain('labels');
    expect(fieldOrderOf('content/case-studies/kenya-irembo/fr.mdx')).not.toContain('sources');
    expect(fieldOrderOf('content/countries/gn.yaml')?.slice(0, 3)).toEqual(['id', 'region', 'blocs']);
    expect(fieldOrderOf('content/glossary/umucyo.yaml')?.slice(0, 2)).toEqual(['id', 'term']);
  });

  it('holds only the entry files of a collection', () => {
    expect(fieldOrderOf('content/solutions/abunzi/sweep.yaml')).toBeUndefined();
    expect(fieldOrderOf('content/solutions/abunzi/deeper/index.mdx')).toBeUndefined();
    expect(fieldOrderOf('content/solutions/index.mdx')).toBeUndefined();
    expect(fieldOrderOf('content/countries.yaml')).toBeUndefined();
    expect(fieldOrderOf('content/countries/gn/index.yaml')).toBeUndefined();
    expect(fieldOrderOf('content/countries/README.md')).toBeUndefined();
    expect(entryFieldOrders().map(({ folder, file }) => `${folder}/*/${file}`)).toContain('content/events/*/fr.mdx');
  });
});
