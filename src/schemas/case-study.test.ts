import { describe, expect, test } from 'vitest';
import { formatPath } from '#src/checks/problem.ts';
import { caseStudySchema } from './case-study.ts';
import { countrySchema } from './country.ts';
import { validCaseStudy, validSource } from './test-factories.ts';

const stage = (overrides: Record<string, unknown>) => ({
  id: 's',
  stage: 'study-visit',
  date: '2023',
  text: 'T',
  source: 'ministry-page',
  ...overrides,
});

describe('caseStudySchema', () => {
  test('accepts a minimal case study', () => {
    expect(caseStudySchema.parse(validCaseStudy()).country).toEqual({ collection: 'countries', id: 'gn' });
  });

  test('accepts checked, archived, and a stage with also and uncorroborated', () => {
    const press = { ...validSource, id: 'paper', kind: 'press', archived: 'https://web.archive.org/web/2024/https://example.org/page' };
    const parsed = caseStudySchema.parse(
      validCaseStudy({
        checked: '2026-11-30',
        sources: [validSource, press],
        stages: [stage({ stage: 'agreement', source: 'paper', also: ['ministry-page'], uncorroborated: '2026-11-30' })],
      }),
    );
    expect(parsed.checked).toBe('2026-11-30');
    expect(parsed.stages[0]?.also).toEqual(['ministry-page']);
    expect(parsed.sources[1]?.archived).toMatch(/^https:\/\/web\.archive\.org/);
  });

  test.each([
    ['a stage beyond the list', { stages: [stage({ stage: 'copied' })] }, 'stages[0].stage', /not a known stage/],
    [
      'a stage without its kind',
      { stages: [stage({ stage: undefined })] },
      'stages[0].stage',
      /^is missing; add the stage, one of: study-visit, /,
    ],
    [
      'an adapted stage without its local name',
      { stages: [stage({ stage: 'adapted' })] },
      'stages[0].localName',
      /required for an adapted stage/,
    ],
    ['a stage without a source', { stages: [stage({ source: undefined })] }, 'stages[0].source', /./],
    ['a stage without a date', { stages: [stage({ date: undefined })] }, 'stages[0].date', /./],
    ['a stage citing an unknown source', { stages: [stage({ source: 'rumour' })] }, 'stages[0].source', /cites "rumour"/],
    [
      'stages out of order',
      { stages: [stage({ id: 'a', date: '2024' }), stage({ id: 'b', date: '2023' })] },
      'stages[1].date',
      /oldest first/,
    ],
    ['no stage', { stages: [] }, 'stages', /at least one stage/],
    [
      'a stage whose also cites an unknown source',
      { stages: [stage({ also: ['ministry-page', 'rumour'] })] },
      'stages[0].also[1]',
      /cites "rumour", which is not in this entry's sources/,
    ],
    [
      'a stage listing the same also twice',
      { stages: [stage({ also: ['ministry-page', 'ministry-page'] })] },
      'stages[0].also[1]',
      /listed twice/,
    ],
    ['a partial uncorroborated date', { stages: [stage({ uncorroborated: '2026-11' })] }, 'stages[0].uncorroborated', /full date/],
    ['a future checked date', { checked: '2999-01-01' }, 'checked', /in the future/],
    [
      'a source without kind',
      { sources: [{ ...validSource, kind: undefined }] },
      'sources[0].kind',
      /is required: say who published the page, one of: rwanda-government, /,
    ],
    [
      'a source of unknown kind',
      { sources: [{ ...validSource, kind: 'blog' }] },
      'sources[0].kind',
      /"blog" is not a known source kind; use one of: rwanda-government, rwanda-cooperation, other-government, intergovernmental, press, academic, ngo-company, other/,
    ],
    [
      'an http archived copy',
      { sources: [{ ...validSource, archived: 'http://web.archive.org/x' }] },
      'sources[0].archived',
      /must start with https:\/\//,
    ],
    ['no solution', { solutions: [] }, 'solutions', /at least one solution/],
  ])('rejects %s', (_name, overrides, path, message) => {
    const result = caseStudySchema.safeParse(validCaseStudy(overrides));
    expect(result.success).toBe(false);
    const issue = result.error?.issues[0];
    expect(formatPath(issue?.path ?? [])).toBe(path);
    expect(issue?.message).toMatch(message);
  });
});

describe('countrySchema', () => {
  const country = (overrides: Record<string, unknown>) => ({
    id: 'gn',
    region: 'west-africa',
    blocs: ['ECOWAS'],
    languages: ['fr'],
    sources: [validSource],
    ...overrides,
  });

  test('accepts a valid country', () => {
    expect(countrySchema.parse(country({})).id).toBe('gn');
  });

  test.each([
    ['a code that is not ISO 3166-1', { id: 'xx' }, 'id', /ISO 3166-1 alpha-2/],
    ['an upper-case code', { id: 'GN' }, 'id', /lower-case/],
    ['an unknown bloc', { blocs: ['NATO'] }, 'blocs[0]', /not a known regional bloc/],
    ['an unknown language code', { languages: ['zz'] }, 'languages[0]', /ISO 639-1/],
    ['no region', { region: undefined }, 'region', /^is missing; add the region, one of: north-africa, /],
    ['an empty list of languages', { languages: [] }, 'languages', /at least one official language/],
  ])('rejects %s', (_name, overrides, path, message) => {
    const result = countrySchema.safeParse(country(overrides));
    expect(result.success).toBe(false);
    expect(formatPath(result.error?.issues[0]?.path ?? [])).toBe(path);
    expect(result.error?.issues[0]?.message).toMatch(message);
  });
});
