import { describe, expect, test } from 'vitest';
import { formatPath } from '#src/checks/problem.ts';
import { eventSchema } from './event.ts';
import { validSource } from './test-factories.ts';

const validEvent = (over: Record<string, unknown> = {}) => ({
  title: 'UN Day for South-South Cooperation',
  summary: 'One sentence about it.',
  date: '2023-09-12',
  city: 'Kigali',
  country: 'rw',
  format: 'hybrid',
  hosts: ['rwanda-cooperation'],
  sources: [validSource],
  source: 'ministry-page',
  lastReviewed: '2024-01-10',
  ...over,
});

describe('eventSchema: checked', () => {
  test('records when someone last looked for news, as solutions and case studies do', () => {
    expect(eventSchema.parse(validEvent({ checked: '2026-11-24' })).checked).toBe('2026-11-24');
    expect(eventSchema.parse(validEvent()).checked).toBeUndefined();
  });

  test.each([
    ['a partial date', '2026-11', /full date/],
    ['a future date', '2999-01-01', /in the future/],
    ['an impossible date', '2026-02-30', /does not exist/],
  ])('rejects %s', (_name, checked, message) => {
    const result = eventSchema.safeParse(validEvent({ checked }));
    expect(result.success).toBe(false);
    const issue = result.error?.issues[0];
    expect(formatPath(issue?.path ?? [])).toBe('checked');
    expect(issue?.message).toMatch(message);
  });
});
