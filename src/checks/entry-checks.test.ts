import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { DATA_COLLECTIONS, MDX_COLLECTIONS, type DataCollection, type MdxCollection } from '#src/schemas/collections.ts';
import { checkStrayFiles } from './content-check.ts';
import {
  checkDataFile,
  checkLayout,
  checkMdxBody,
  checkMdxEntry,
  checkPlaceholders,
  checkReferences,
  checkReviewAge,
  checkSchema,
  checkTranslations,
  checkTruthRules,
  type LoadedEntry,
} from './entry-checks.ts';
import { PLACEHOLDER } from './placeholders.ts';

const solutions = MDX_COLLECTIONS.find((c) => c.name === 'solutions') as MdxCollection;
const institutions = DATA_COLLECTIONS.find((c) => c.name === 'institutions') as DataCollection;
const FILE = 'content/solutions/umucyo/index.mdx';
const noLines = () => undefined;
const entry = (over: Partial<LoadedEntry>): LoadedEntry => ({
  collection: 'solutions',
  id: 'umucyo',
  file: FILE,
  data: {},
  lineOf: noLines,
  ...over,
});
const messages = (problems: { field: string; message: string }[]) => problems.map((p) => `${p.field}: ${p.message}`);

describe('checkLayout', () => {
  test('places a canonical entry and a translation', () => {
    expect(checkLayout(solutions, FILE, 'umucyo/index.mdx')).toEqual({
      problems: [],
      place: { folder: 'umucyo', lang: 'index', isCanonical: true },
    });
    expect(checkLayout(solutions, FILE, 'umucyo/fr.mdx').place).toEqual({ folder: 'umucyo', lang: 'fr', isCanonical: false });
  });

  test('rejects files outside <slug>/<name>.mdx, bad slugs and unknown languages, one problem each', () => {
    expect(messages(checkLayout(solutions, FILE, 'umucyo.mdx').problems)).toEqual([
      'file: is not where an entry can be; write content/solutions/<slug>/index.mdx and translations as <slug>/<lang>.mdx',
    ]);
    expect(checkLayout(solutions, FILE, 'Umucyo/index.mdx').problems[0]?.field).toBe('slug');
    expect(checkLayout(solutions, FILE, `${'a'.repeat(81)}/index.mdx`).problems[0]?.message).toMatch(/81 characters long/);
    expect(checkLayout(solutions, FILE, 'umucyo/en.mdx').problems[0]?.message).toMatch(/en is the canonical language/);
    expect(checkLayout(solutions, FILE, 'umucyo/de.mdx').problems[0]?.message).toMatch(
      /"de.mdx" is not a known file name; use index.mdx or one of fr.mdx/,
    );
  });
});

describe('checkMdxBody', () => {
  test('splits a CRLF file with a byte-order mark like an LF one', () => {
    const { problems, parts } = checkMdxBody(FILE, '\uFEFF---\r\ntitle: T\r\n---\r\n\r\nBody\r\n');
    expect(problems).toEqual([]);
    expect(parts.frontmatter).toEqual({ text: 'title: T', line: 2 });
    expect(parts.bodyLine).toBe(4);
  });

  test('reports a missing or unclosed frontmatter and what the gate rejects in the body', () => {
    expect(messages(checkMdxBody(FILE, 'Just text\n').problems)).toEqual([
      'frontmatter: is missing; start the file with --- and the entry fields, then ---',
    ]);
    expect(messages(checkMdxBody(FILE, '---\ntitle: T\n\nBody').problems)).toEqual([
      'frontmatter: is not closed; end the entry fields with a line holding only ---',
    ]);
    const gated = checkMdxBody(FILE, '---\ntitle: T\n---\n\n<script>alert(1)</script>\n').problems;
    expect(gated.map((p) => [p.field, p.line])).toEqual([['body', 5]]);
  });
});

describe('checkPlaceholders', () => {
  test('reports fields and body lines still holding the placeholder, with their lines', () => {
    const { problems, fields } = checkPlaceholders(FILE, { title: PLACEHOLDER, sources: [{ url: 'x' }] }, () => 2, {
      text: `One\n${PLACEHOLDER}: write\n`,
      line: 10,
    });
    expect(fields).toEqual(['title']);
    expect(problems.map((p) => [p.field, p.line])).toEqual([
      ['title', 2],
      ['body', 11],
    ]);
  });
});

describe('checkSchema', () => {
  const schema = z.strictObject({ title: z.string().max(5), year: z.number() });

  test('returns the validated data, or problems with the field and line', () => {
    expect(checkSchema(schema, { title: 'T', year: 1 }, { file: FILE, lineOf: noLines })).toEqual({
      problems: [],
      data: { title: 'T', year: 1 },
    });
    const { problems, data } = checkSchema(schema, { title: 'T', year: 'x', extra: 1 }, { file: FILE, lineOf: () => 7 });
    expect(data).toBeUndefined();
    expect(problems.map((p) => [p.field, p.line])).toEqual([
      ['year', 7],
      ['extra', 7],
    ]);
  });

  test('leaves out what it says about a field that still holds a placeholder', () => {
    const { problems } = checkSchema(schema, { title: `${PLACEHOLDER}: title`, year: 'x' }, { file: FILE, lineOf: noLines }, ['title']);
    expect(problems.map((p) => p.field)).toEqual(['year']);
  });
});

describe('checkMdxEntry', () => {
  test('a translation that sets a fact is told to set it in the canonical entry', () => {
    const place = { folder: 'umucyo', lang: 'fr', isCanonical: false };
    const source = '---\ntitle: T\nsummary: S\nlabels: {}\nlastReviewed: 2026-01-01\nsdgs: [16]\n---\n\nTexte.\n';
    const { problems, entry } = checkMdxEntry(solutions, place, 'content/solutions/umucyo/fr.mdx', source);
    expect(messages(problems)).toEqual([
      'sdgs: is a fact, and a translation cannot redefine facts; set it once in content/solutions/umucyo/index.mdx and remove it here',
    ]);
    expect(entry).toMatchObject({ collection: 'solutionTranslations', id: 'umucyo/fr', data: undefined });
  });

  test('the base fixture entry passes', () => {
    const source = readFileSync('tests/fixtures/base/content/solutions/umucyo/index.mdx', 'utf8');
    const { problems, entry } = checkMdxEntry(solutions, { folder: 'umucyo', lang: 'index', isCanonical: true }, FILE, source);
    expect(problems).toEqual([]);
    expect(entry?.data?.['title']).toBeTypeOf('string');
  });
});

describe('checkDataFile', () => {
  const FILE_OF = 'content/institutions/rppa.yaml';

  test('a file that is not YAML gives no entry; one that is a list says what a file holds', () => {
    expect(checkDataFile(institutions, FILE_OF, 'rppa', 'a: [').entry).toBeUndefined();
    expect(messages(checkDataFile(institutions, FILE_OF, 'rppa', '- id: rppa\n').problems)).toEqual([
      'file: must hold one entry, its fields as "name: value" lines starting with "id: rppa"',
    ]);
  });

  test('names the file and the field itself (no list index), and an id that is not the file name', () => {
    const result = checkDataFile(institutions, FILE_OF, 'rppa', 'id: rppa\nkind: agency\nurl: http://rppa.gov.rw/\n');
    expect(result.entry).toMatchObject({ collection: 'institutions', id: 'rppa', file: FILE_OF, data: undefined });
    expect(result.problems.map((p) => `${p.file}:${p.line ?? '-'} ${p.field}`)).toEqual([`${FILE_OF}:1 name`, `${FILE_OF}:3 url`]);
    const renamed = checkDataFile(institutions, 'content/institutions/rppa-2.yaml', 'rppa-2', 'id: rppa\n');
    expect(renamed.problems.find((p) => p.field === 'id')?.message).toBe(
      'is "rppa", but the file is named rppa-2.yaml; an entry\'s id is its file name: rename the file to rppa.yaml or set id: rppa-2',
    );
  });
});

describe('checkReferences', () => {
  const refs = (...targets: [string, string][]) => ({ related: targets.map(([collection, id]) => ({ collection, id })) });

  test('reports references to missing entries and to the entry itself', () => {
    const entries = [entry({ data: refs(['solutions', 'umucyo'], ['countries', 'zz']) })];
    expect(messages(checkReferences(entries))).toEqual([
      'related[0]: points to the entry itself; remove it',
      'related[1]: points to countries "zz", which does not exist; fix the spelling or add content/countries/zz.yaml (in the CMS: Countries, New country) first',
    ]);
  });

  test('says nothing of a reference into a file that exists but could not be read', () => {
    const entries = [entry({ data: refs(['countries', 'zz'], ['solutions', 'other']) })];
    const present = new Map([
      ['countries' as const, new Set(['*'])],
      ['solutions' as const, new Set(['other'])],
    ]);
    expect(checkReferences(entries, present)).toEqual([]);
  });
});

describe('checkReviewAge and checkTruthRules', () => {
  test('a review more than 12 months old is a warning', () => {
    expect(checkReviewAge(entry({ data: { lastReviewed: '2025-12-01' } }), '2026-12-02')[0]).toMatchObject({
      field: 'lastReviewed',
      severity: 'warning',
    });
    expect(checkReviewAge(entry({ data: { lastReviewed: '2025-12-03' } }), '2026-12-02')).toEqual([]);
  });

  test('truth rules apply to solutions, case studies and events, not to data lists or translations', () => {
    const data = { checked: '2020-01-01', sources: [], stages: [] };
    expect(checkTruthRules(entry({ data }), '2026-12-02').map((p) => p.field)).toEqual(['checked']);
    expect(checkTruthRules(entry({ collection: 'caseStudies', data }), '2026-12-02').map((p) => p.field)).toEqual(['checked']);
    expect(checkTruthRules(entry({ collection: 'institutions', data }), '2026-12-02')).toEqual([]);
    expect(checkTruthRules(entry({ collection: 'eventTranslations', data }), '2026-12-02')).toEqual([]);
  });

  test('an event gets checked too: missing or old is a warning, recent is fine', () => {
    const event = (checked?: string) => entry({ collection: 'events', file: 'content/events/x/index.mdx', data: { checked, sources: [] } });
    expect(checkTruthRules(event(), '2026-12-02').map((p) => `${p.severity} ${p.field}: ${p.message}`)).toEqual([
      'warning checked: is missing; add checked: YYYY-MM-DD after looking for news about this entry in public sources',
    ]);
    expect(checkTruthRules(event('2026-05-01'), '2026-12-02')[0]?.message).toMatch(/^was 2026-05-01, more than 6 months ago/);
    expect(checkTruthRules(event('2026-11-30'), '2026-12-02')).toEqual([]);
  });
});

describe('checkTranslations', () => {
  const canonical = entry({
    data: { lastReviewed: '2026-06-01', figures: [{ id: 'f1' }], timeline: [{ id: 't1' }], stages: [{ id: 's1' }] },
  });
  const translation = (labels: Record<string, string>, lastReviewed = '2026-06-01') =>
    entry({ collection: 'solutionTranslations', id: 'umucyo/fr', file: 'content/solutions/umucyo/fr.mdx', data: { labels, lastReviewed } });

  test('labels only the fields the registry lets a solution relabel', () => {
    const problems = checkTranslations([canonical, translation({ f1: 'a', t1: 'b', s1: 'c' })], MDX_COLLECTIONS);
    expect(messages(problems)).toEqual([
      `labels.s1: translates "s1", but ${FILE} has no figure, timeline item, stage, outcome, aim, disagreement (or side, or <id>-note) with that id`,
    ]);
  });

  test('warns of missing labels and a stale translation; a translation needs its canonical entry', () => {
    expect(messages(checkTranslations([canonical, translation({ f1: 'a' }, '2026-01-01')], MDX_COLLECTIONS))).toEqual([
      'labels: has no translation for t1; readers will see the English text',
      `lastReviewed: is 2026-01-01, older than the canonical entry (2026-06-01); the translation may be stale: compare it with ${FILE} and update it`,
    ]);
    expect(messages(checkTranslations([translation({})], MDX_COLLECTIONS))).toEqual([
      'file: is a translation without a canonical entry; add content/solutions/umucyo/index.mdx first',
    ]);
  });
});

describe('checkStrayFiles', () => {
  test('reports special files and files outside every collection, but not a README', () => {
    const listing = {
      files: ['/r/content/README.md', '/r/content/notes.txt', '/r/content/glossary.yaml'],
      others: [{ path: '/r/content/link.yaml', kind: 'a symbolic link' }],
    };
    expect(
      checkStrayFiles('/r', listing, new Set(['/r/content/glossary.yaml'])).map((p) => `${p.file}: ${p.message.split(';')[0] ?? ''}`),
    ).toEqual(['content/link.yaml: is a symbolic link', 'content/notes.txt: is not part of any collection']);
  });
});
