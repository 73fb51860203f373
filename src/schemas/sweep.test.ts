import { describe, expect, test } from 'vitest';
import { formatPath } from '#src/checks/problem.ts';
import { latestRun, sweepSchema } from './sweep.ts';

const query = { text: 'TELEMO Guinée marchés publics', language: 'fr', tool: 'pages' };
const cited = {
  url: 'https://www.mwafrikah.com/guinea-e-procurement-system-telemo',
  title: 'Guinea e-procurement system TELEMO',
  published: '2025-11-14',
  decision: 'added',
  source: 'mwafrikah',
};
const dropped = {
  url: 'https://www.example.org/other',
  title: 'Another reform',
  decision: 'not-relevant',
  note: 'About Kenya, with no mention of Guinea.',
};

function validSweep(run: Record<string, unknown> = {}, more: Record<string, unknown>[] = []): Record<string, unknown> {
  return { runs: [{ date: '2026-12-07', queries: [query], results: [cited, dropped], ...run }, ...more] };
}

function issues(input: unknown) {
  const result = sweepSchema.safeParse(input);
  expect(result.success).toBe(false);
  return (result.error?.issues ?? []).map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

describe('sweepSchema', () => {
  test('accepts the agreed format (SWEEP-FORMAT): runs with queries and results, dates as YAML loaders give them', () => {
    const sweep = sweepSchema.parse(
      validSweep({ date: new Date('2026-12-07'), results: [{ ...cited, published: 2025 }, dropped] }, [
        { date: '2026-12-07', queries: [{ text: 'Guinea procurement Rwanda', language: 'en', tool: 'find_string' }] },
      ]),
    );
    expect(sweep.runs[0]?.date).toBe('2026-12-07');
    expect(sweep.runs[0]?.results[0]?.published).toBe('2025');
    expect(sweep.runs[1]?.results).toEqual([]);
    expect(latestRun(sweep)).toBe('2026-12-07');
  });

  test.each(['added', 'already-cited', 'disagreement'])('accepts decision %s with a source and no note', (decision) => {
    expect(sweepSchema.safeParse(validSweep({ results: [{ ...cited, decision }] })).success).toBe(true);
  });

  test.each(['not-relevant', 'not-reliable', 'left-out'])('accepts decision %s with a note and no source', (decision) => {
    expect(sweepSchema.safeParse(validSweep({ results: [{ ...dropped, decision }] })).success).toBe(true);
  });

  test.each(['pt', 'ar', 'rw', 'sw', 'fr', 'en'])('accepts the language %s', (language) => {
    expect(sweepSchema.safeParse(validSweep({ queries: [{ ...query, language }] })).success).toBe(true);
  });

  test.each([
    ['no runs', { runs: [] }, 'runs', /at least one run/],
    ['no runs field', {}, 'runs', /expected array/],
    ['an unknown top-level field', { ...validSweep(), checked: '2026-12-07' }, '', /Unrecognized key: "checked"/],
    ['a run without queries', validSweep({ queries: [] }), 'runs[0].queries', /at least one query/],
    ['a run date that is not a day', validSweep({ date: '2026-12' }), 'runs[0].date', /full date written YYYY-MM-DD/],
    ['a run in the future', validSweep({ date: '2099-01-01' }), 'runs[0].date', /is in the future/],
    [
      'runs out of order',
      validSweep({ date: '2026-12-07' }, [{ date: '2026-11-01', queries: [query] }]),
      'runs[1].date',
      /before the run before it \(2026-12-07\)/,
    ],
    ['a misspelt run field', validSweep({ result: [] }), 'runs[0]', /Unrecognized key: "result"/],
    ['a query without text', validSweep({ queries: [{ ...query, text: ' ' }] }), 'runs[0].queries[0].text', /must not be empty/],
    ['a language name', validSweep({ queries: [{ ...query, language: 'French' }] }), 'runs[0].queries[0].language', /primary language tag/],
    ['a region subtag', validSweep({ queries: [{ ...query, language: 'fr-GN' }] }), 'runs[0].queries[0].language', /primary language tag/],
    [
      'a code of no language',
      validSweep({ queries: [{ ...query, language: 'qq' }] }),
      'runs[0].queries[0].language',
      /"qq" is not a known language/,
    ],
    [
      'an unknown tool',
      validSweep({ queries: [{ ...query, tool: 'google' }] }),
      'runs[0].queries[0].tool',
      /not a known search tool; use one of: pages/,
    ],
    ['a result over http', validSweep({ results: [{ ...cited, url: 'http://example.org/x' }] }), 'runs[0].results[0].url', /https:\/\//],
    [
      'a javascript: result',
      validSweep({ results: [{ ...cited, url: 'javascript:alert(1)' }] }),
      'runs[0].results[0].url',
      /script or data URL/,
    ],
    ['a result without a title', validSweep({ results: [{ ...cited, title: undefined }] }), 'runs[0].results[0].title', /must be text/],
    [
      'an unknown decision',
      validSweep({ results: [{ ...cited, decision: 'used' }] }),
      'runs[0].results[0].decision',
      /"used" is not a known decision/,
    ],
    [
      'added without a source',
      validSweep({ results: [{ ...cited, source: undefined }] }),
      'runs[0].results[0].source',
      /required when decision is added/,
    ],
    [
      'a disagreement without a source',
      validSweep({ results: [{ ...cited, decision: 'disagreement', source: undefined }] }),
      'runs[0].results[0].source',
      /required when decision is disagreement/,
    ],
    [
      'not-relevant without a note',
      validSweep({ results: [{ ...dropped, note: undefined }] }),
      'runs[0].results[0].note',
      /required when decision is not-relevant/,
    ],
    [
      'left-out without a note',
      validSweep({ results: [{ ...dropped, decision: 'left-out', note: undefined }] }),
      'runs[0].results[0].note',
      /required when decision is left-out/,
    ],
    [
      'a source id that is no slug',
      validSweep({ results: [{ ...cited, source: 'New Times' }] }),
      'runs[0].results[0].source',
      /lower-case letters/,
    ],
    [
      'a page published after the run',
      validSweep({ date: '2026-03-10', results: [{ ...cited, published: '2026-04' }] }),
      'runs[0].results[0].published',
      /after the run's date 2026-03-10/,
    ],
    [
      'an impossible publication date',
      validSweep({ results: [{ ...cited, published: '2025-02-30' }] }),
      'runs[0].results[0].published',
      /does not exist/,
    ],
    ['a misspelt result field', validSweep({ results: [{ ...cited, notes: 'x' }] }), 'runs[0].results[0]', /Unrecognized key: "notes"/],
  ])('rejects %s', (_name, input, path, message) => {
    const found = issues(input);
    expect(
      found.find((issue) => issue.path === path && message.test(issue.message)),
      JSON.stringify(found),
    ).toBeDefined();
  });

  test('a page published the same month as the run, known to the month, is not after it', () => {
    expect(sweepSchema.safeParse(validSweep({ date: '2026-12-07', results: [{ ...cited, published: '2026-12' }] })).success).toBe(true);
  });
});
