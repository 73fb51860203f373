import { expect, test } from 'vitest';
import { takesByCountry, takesBySolution, type StudyFacts } from './adoptions.ts';

const study = (slug: string, country: string, solutions: string[], stages: StudyFacts['stages']): StudyFacts => ({
  slug,
  country,
  solutions,
  stages,
});
const studies = [
  study('gn-umucyo', 'gn', ['umucyo'], [{ stage: 'study-visit', date: '2023-05' }]),
  study(
    'jm-umucyo',
    'jm',
    ['umucyo', 'irembo'],
    [
      { stage: 'study-visit', date: '2024-01' },
      { stage: 'agreement', date: '2025-11' },
    ],
  ),
  study('jm-more', 'jm', ['umucyo'], [{ stage: 'pilot', date: '2026-01' }]),
  study('ls-irembo', 'ls', ['irembo'], [{ stage: 'adopted', date: '2022' }]),
];

test('takesByCountry groups case studies per country with the furthest stage', () => {
  expect(takesByCountry(studies)).toEqual([
    { country: 'gn', caseStudies: ['gn-umucyo'], stage: 'study-visit' },
    { country: 'jm', caseStudies: ['jm-umucyo', 'jm-more'], stage: 'pilot' },
    { country: 'ls', caseStudies: ['ls-irembo'], stage: 'adopted' },
  ]);
});

test('takesBySolution: per solution, each country with how far its case studies of that solution went', () => {
  expect(takesBySolution(studies)).toEqual(
    new Map([
      [
        'umucyo',
        [
          { country: 'gn', caseStudies: ['gn-umucyo'], stage: 'study-visit' },
          { country: 'jm', caseStudies: ['jm-umucyo', 'jm-more'], stage: 'pilot' },
        ],
      ],
      // Jamaica's pilot was of Umucyo only: for Irembo it went as far as the agreement.
      [
        'irembo',
        [
          { country: 'jm', caseStudies: ['jm-umucyo'], stage: 'agreement' },
          { country: 'ls', caseStudies: ['ls-irembo'], stage: 'adopted' },
        ],
      ],
    ]),
  );
  expect([...takesBySolution(studies).keys()]).toEqual(['umucyo', 'irembo']);
});

test('a country without a dated stage has no furthest stage', () => {
  expect(takesByCountry([study('rw-x', 'rw', ['x'], [])])).toEqual([{ country: 'rw', caseStudies: ['rw-x'], stage: undefined }]);
});
