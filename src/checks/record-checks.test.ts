import { describe, expect, test } from 'vitest';
import picomatch from 'picomatch';
import { CANONICAL_FILE, MDX_COLLECTIONS, TRANSLATION_GLOB, type MdxCollection } from '#src/schemas/collections.ts';
import type { LoadedEntry } from './entry-checks.ts';
import { checkRecordFile, checkRecords, disputedSources, recordNamed } from './record-checks.ts';

const solutions = MDX_COLLECTIONS.find((c) => c.name === 'solutions') as MdxCollection;
const events = MDX_COLLECTIONS.find((c) => c.name === 'events') as MdxCollection;
const sweep = recordNamed(solutions, 'sweep.yaml');
const FILE = 'content/solutions/umucyo/sweep.yaml';
const TODAY = '2026-12-02';

const entry = (sources = [{ id: 'newtimes-2017-03', url: 'https://www.newtimes.co.rw/article/139254/x' }]): LoadedEntry => ({
  collection: 'solutions',
  id: 'umucyo',
  file: 'content/solutions/umucyo/index.mdx',
  data: { sources },
  lineOf: () => 2,
});

const yaml = (date: string, result = '') => `runs:
  - date: ${date}
    queries:
      - text: Umucyo
        language: en
        tool: pages
    results:${result === '' ? ' []' : `\n${result}`}
`;
const citing = (source: string, url: string) => `      - url: ${url}
        title: A page
        decision: already-cited
        source: ${source}`;

function check(text: string, entries = [entry()], options: { maxAgeMonths?: number } = {}) {
  if (!sweep) throw new Error('solutions keep no sweep');
  const read = checkRecordFile(solutions, sweep, 'umucyo', FILE, text);
  const problems = [...read.problems, ...checkRecords([read.loaded], entries, [solutions], new Map(), { today: TODAY, ...options })];
  return problems.map((p) => `${p.severity} ${p.file}:${p.line ?? '-'} ${p.field}: ${p.message}`);
}

describe('sweep records', () => {
  test('solutions and case studies keep a sweep.yaml; events keep none', () => {
    expect(sweep?.file).toBe('sweep.yaml');
    expect(recordNamed(MDX_COLLECTIONS.find((c) => c.name === 'caseStudies') as MdxCollection, 'sweep.yaml')).toBeDefined();
    expect(recordNamed(events, 'sweep.yaml')).toBeUndefined();
  });

  test('the site never loads a record: the globs of src/content.config.ts match entries, not sweep.yaml', () => {
    const loaded = picomatch([`*/${CANONICAL_FILE}`, TRANSLATION_GLOB]);
    expect(loaded('umucyo/index.mdx') && loaded('umucyo/fr.mdx')).toBe(true);
    for (const collection of MDX_COLLECTIONS) for (const record of collection.records) expect(loaded(`umucyo/${record.file}`)).toBe(false);
  });

  test('a recent sweep citing the entry’s own sources is fine', () => {
    expect(check(yaml('2026-11-24', citing('newtimes-2017-03', 'https://newtimes.co.rw/article/139254/x/')))).toEqual([]);
  });

  test('a result citing an id the entry does not have is an error on its line', () => {
    expect(check(yaml('2026-11-24', citing('newtimes-2017-06', 'https://www.newtimes.co.rw/article/139254/x')))).toEqual([
      'error content/solutions/umucyo/sweep.yaml:11 runs[0].results[0].source: cites "newtimes-2017-06", which is not in the sources of content/solutions/umucyo/index.mdx; use one of: newtimes-2017-03, or add the page there first',
    ]);
  });

  test('a result citing an id that is another page is a warning', () => {
    const [found] = check(yaml('2026-11-24', citing('newtimes-2017-03', 'https://www.newtimes.co.rw/article/999/other')));
    expect(found).toMatch(
      /^warning .*runs\[0\]\.results\[0\]\.source: is "newtimes-2017-03", whose address .* is https:\/\/www\.newtimes\.co\.rw\/article\/139254\/x/,
    );
  });

  test('a result recorded as a disagreement must be a side of one in the entry', () => {
    const disputing = citing('newtimes-2017-03', 'https://www.newtimes.co.rw/article/139254/x').replace('already-cited', 'disagreement');
    expect(check(yaml('2026-11-24', disputing))[0]).toMatch(
      /^warning .*runs\[0\]\.results\[0\]\.source: records a disagreement, but "newtimes-2017-03" is on no side of one/,
    );
    const withSide = {
      ...entry(),
      data: {
        ...entry().data,
        disagreements: [
          {
            id: 'd',
            text: 'Q',
            sides: [
              { id: 'a', text: 'A', source: 'newtimes-2017-03' },
              { id: 'b', text: 'B', source: 'x' },
            ],
          },
        ],
      },
    };
    expect(check(yaml('2026-11-24', disputing), [withSide])).toEqual([]);
  });

  test('sources differing on a figure value of the same date count as sides of a disagreement', () => {
    expect([
      ...disputedSources({
        figures: [
          {
            values: [
              { asOf: '2019', source: 'a' },
              { asOf: '2019', source: 'b' },
              { asOf: '2020', source: 'c' },
            ],
          },
        ],
      }),
    ]).toEqual(['a', 'b']);
  });

  test('the archived copy of a source counts as the same page', () => {
    const archived = 'https://web.archive.org/web/2017/https://www.newtimes.co.rw/article/139254/x';
    const sources = [{ id: 'newtimes-2017-03', url: 'https://www.newtimes.co.rw/gone', archived }];
    expect(check(yaml('2026-11-24', citing('newtimes-2017-03', archived)), [entry(sources)])).toEqual([]);
  });

  test('a latest run older than six months is a warning naming its line; the age can be configured', () => {
    expect(check(yaml('2026-06-01'))).toEqual([
      "warning content/solutions/umucyo/sweep.yaml:2 runs[0].date: was 2026-06-01, more than 6 months ago; run the sweep again and append a run with today's date",
    ]);
    expect(check(yaml('2026-06-01'), [entry()], { maxAgeMonths: 12 })).toEqual([]);
    expect(check(yaml('2026-11-01'), [entry()], { maxAgeMonths: 1 })[0]).toMatch(/more than 1 months ago/);
  });

  test('an entry without a sweep is a warning on the entry; a sweep without an entry is an error', () => {
    const problems = checkRecords([], [entry()], [solutions], new Map(), { today: TODAY });
    expect(problems.map((p) => `${p.severity} ${p.file} ${p.field}: ${p.message}`)).toEqual([
      'warning content/solutions/umucyo/index.mdx sweep: has no sweep record; write content/solutions/umucyo/sweep.yaml (see CONTRIBUTING.md "Sweep records")',
    ]);
    expect(check(yaml('2026-11-24'), [])).toEqual([
      'error content/solutions/umucyo/sweep.yaml:- file: is a sweep record without an entry; add content/solutions/umucyo/index.mdx first, or move the record beside its entry',
    ]);
  });

  test('a sweep beside an entry that exists but could not be read is not reported as orphaned', () => {
    if (!sweep) throw new Error('solutions keep no sweep');
    const read = checkRecordFile(solutions, sweep, 'umucyo', FILE, yaml('2026-11-24'));
    const present = new Map([['solutions' as const, new Set(['umucyo'])]]);
    expect(checkRecords([read.loaded], [], [solutions], present, { today: TODAY })).toEqual([]);
  });

  test('a file that is not a mapping says what it must start with', () => {
    expect(check('- date: 2026-11-24\n')).toContain(
      'error content/solutions/umucyo/sweep.yaml:1 file: must be a YAML mapping starting with "runs:"; see CONTRIBUTING.md "Sweep records"',
    );
  });
});
