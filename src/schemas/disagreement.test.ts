import { describe, expect, test } from 'vitest';
import { formatPath } from '#src/checks/problem.ts';
import { caseStudySchema } from './case-study.ts';
import { solutionSchema } from './solution.ts';
import { validCaseStudy, validSolution, validSource } from './test-factories.ts';

const sources = [validSource, { ...validSource, id: 'paper', kind: 'press' }];
const disagreement = (over: Record<string, unknown> = {}) => ({
  id: 'first-in-africa',
  text: 'Whether it was the first in Africa',
  sides: [
    { id: 'first', text: 'The first in Africa.', source: 'ministry-page' },
    { id: 'third', text: 'The third, after Cameroon and Tunisia.', source: 'paper', also: ['ministry-page'] },
  ],
  ...over,
});

const schemas = [
  ['solution', solutionSchema, validSolution],
  ['case study', caseStudySchema, validCaseStudy],
] as const;

describe.each(schemas)('disagreements in a %s', (_name, schema, valid) => {
  const issues = (input: Record<string, unknown>) => {
    const result = schema.safeParse(valid({ sources, ...input }));
    expect(result.success).toBe(false);
    return (result.error?.issues ?? []).map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
  };

  test('are optional, and kept with each side and the note', () => {
    expect(schema.parse(valid()).disagreements).toEqual([]);
    const parsed = schema.parse(valid({ sources, disagreements: [disagreement({ note: 'Neither says when.' })] }));
    expect(parsed.disagreements[0]?.sides.map((side) => side.source)).toEqual(['ministry-page', 'paper']);
    expect(parsed.disagreements[0]?.note).toBe('Neither says when.');
  });

  test('two sides may cite the same source (one article giving two numbers)', () => {
    const sameSource = disagreement({
      sides: [
        { id: 'a', text: '5,141 cows.', source: 'paper' },
        { id: 'b', text: '5,241 cows.', source: 'paper' },
      ],
    });
    expect(schema.safeParse(valid({ sources, disagreements: [sameSource] })).success).toBe(true);
  });

  test.each([
    ['one side only', { sides: [{ id: 'a', text: 'A.', source: 'paper' }] }, 'disagreements[0].sides', /at least two sides/],
    [
      'a side citing no source of the entry',
      {
        sides: [
          { id: 'a', text: 'A.', source: 'paper' },
          { id: 'b', text: 'B.', source: 'blog' },
        ],
      },
      'disagreements[0].sides[1].source',
      /cites "blog", which is not in this entry's sources/,
    ],
    [
      'an also citing no source of the entry',
      {
        sides: [
          { id: 'a', text: 'A.', source: 'paper', also: ['blog'] },
          { id: 'b', text: 'B.', source: 'paper' },
        ],
      },
      'disagreements[0].sides[0].also[0]',
      /cites "blog"/,
    ],
    [
      'a side without a source',
      {
        sides: [
          { id: 'a', text: 'A.' },
          { id: 'b', text: 'B.', source: 'paper' },
        ],
      },
      'disagreements[0].sides[0].source',
      /./,
    ],
    ['no question', { text: ' ' }, 'disagreements[0].text', /must not be empty/],
    [
      'a side id used twice',
      {
        sides: [
          { id: 'a', text: 'A.', source: 'paper' },
          { id: 'a', text: 'B.', source: 'paper' },
        ],
      },
      'disagreements[0].sides[1].id',
      /id "a" is already used by disagreements\[0\]\.sides\[0\]/,
    ],
    [
      'a side id equal to the disagreement id',
      {
        sides: [
          { id: 'first-in-africa', text: 'A.', source: 'paper' },
          { id: 'b', text: 'B.', source: 'paper' },
        ],
      },
      'disagreements[0].sides[0].id',
      /already used by disagreements\[0\]/,
    ],
    [
      'a side id that is the note key',
      {
        note: 'N.',
        sides: [
          { id: 'first-in-africa-note', text: 'A.', source: 'paper' },
          { id: 'b', text: 'B.', source: 'paper' },
        ],
      },
      'disagreements[0].note',
      /id "first-in-africa-note" is already used by disagreements\[0\]\.sides\[0\]/,
    ],
    ['an unknown field', { sources: ['paper'] }, 'disagreements[0]', /Unrecognized key: "sources"/],
  ])('rejects %s', (_case, over, path, message) => {
    const found = issues({ disagreements: [disagreement(over)] });
    expect(
      found.find((issue) => issue.path === path && message.test(issue.message)),
      JSON.stringify(found),
    ).toBeDefined();
  });

  test('rejects a disagreement id already used by another item of the entry', () => {
    const found = issues({
      timeline: [{ id: 'first-in-africa', date: '2004', text: 'T.', source: 'paper' }],
      disagreements: [disagreement()],
    });
    expect(found.some((issue) => issue.path === 'disagreements[0].id' && /already used by timeline\[0\]/.test(issue.message))).toBe(true);
  });
});

describe('a disagreement about a key figure', () => {
  const figures = [{ id: 'chw-count', label: 'Workers', unit: 'count', values: [{ value: 1, asOf: '2005', source: 'paper' }] }];

  test('names a key figure of the solution', () => {
    const parsed = solutionSchema.parse(validSolution({ sources, figures, disagreements: [disagreement({ figure: 'chw-count' })] }));
    expect(parsed.disagreements[0]?.figure).toBe('chw-count');
  });

  test.each([
    [
      'a figure the solution does not have',
      solutionSchema,
      validSolution({ sources, figures, disagreements: [disagreement({ figure: 'cows' })] }),
      /names "cows", which is not a key figure of this entry; use one of: chw-count/,
    ],
    [
      'any figure in a case study, which has none',
      caseStudySchema,
      validCaseStudy({ sources, disagreements: [disagreement({ figure: 'cows' })] }),
      /this kind of entry has none; remove figure:/,
    ],
  ])('rejects %s', (_case, schema, input, message) => {
    const result = schema.safeParse(input);
    expect(result.success).toBe(false);
    const issue = result.error?.issues.find((i) => formatPath(i.path) === 'disagreements[0].figure');
    expect(issue?.message).toMatch(message);
  });
});
