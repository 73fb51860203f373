import { expect, test } from 'vitest';
import { otherTakers, studiedBy, takersAmong, takesByCountry, type StudyFacts } from './who-else.ts';

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

test('otherTakers leaves out the country itself and other solutions', () => {
  expect(otherTakers(studies, 'umucyo', 'gn')).toEqual([{ country: 'jm', caseStudies: ['jm-umucyo', 'jm-more'], stage: 'pilot' }]);
  expect(otherTakers(studies, 'irembo', 'jm')).toEqual([{ country: 'ls', caseStudies: ['ls-irembo'], stage: 'adopted' }]);
  expect(otherTakers(studies, 'gacaca', 'jm')).toEqual([]);
});

test('takersAmong: other countries of a region', () => {
  expect(takersAmong(studies, new Set(['gn', 'ls']), 'gn').map((take) => take.country)).toEqual(['ls']);
});

test('studiedBy: each solution once, with how far the country went with it', () => {
  expect(studiedBy(studies, 'jm')).toEqual([
    { solution: 'umucyo', stage: 'pilot' },
    { solution: 'irembo', stage: 'agreement' },
  ]);
  expect(studiedBy(studies, 'rw')).toEqual([]);
});
