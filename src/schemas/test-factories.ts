/** Minimal valid inputs for schema tests; override any field to make a case. */
export const validSource = {
  id: 'ministry-page',
  kind: 'rwanda-government',
  title: 'A ministry page',
  publisher: 'Ministry',
  url: 'https://example.org/page',
  published: '2020-05',
  accessed: '2024-01-10',
};

export function validSolution(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'A solution',
    summary: 'One sentence about it.',
    sectors: ['justice'],
    sdgs: [16],
    leadInstitution: 'minijust',
    start: { date: '2004', source: 'ministry-page' },
    status: 'active',
    figures: [{ id: 'cases', label: 'Cases', unit: 'count', values: [{ value: 10, asOf: '2019', source: 'ministry-page' }] }],
    timeline: [{ id: 'launch', date: '2004-10', text: 'Launched.', source: 'ministry-page' }],
    sources: [validSource],
    lastReviewed: '2024-01-10',
    ...overrides,
  };
}

export function validCaseStudy(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'A case study',
    summary: 'One sentence about it.',
    country: 'gn',
    solutions: ['umucyo'],
    stages: [{ id: 'visit', stage: 'study-visit', date: '2023-09-14', text: 'A visit.', source: 'ministry-page' }],
    sources: [validSource],
    lastReviewed: '2024-01-10',
    ...overrides,
  };
}
