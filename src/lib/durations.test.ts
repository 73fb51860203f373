import { describe, expect, test } from 'vitest';
import { adopterDurations, pilotToNational, spanBetween } from './durations.ts';

describe('spanBetween', () => {
  test.each([
    ['2016-06-27', '2017-07', { value: 13, unit: 'months' }],
    ['2016-07', '2017-07', { value: 12, unit: 'months' }],
    // Both to the day: the twelfth month is not complete on 14 November.
    ['2024-11-20', '2025-11-14', { value: 11, unit: 'months' }],
    ['2024-11-20', '2025-11-20', { value: 12, unit: 'months' }],
    ['2022-11-07', '2025-11-12', { value: 36, unit: 'months' }],
    // A year-only date gives whole years, never invented months.
    ['2012', '2013-05-29', { value: 1, unit: 'years' }],
    ['2002-06-18', '2005', { value: 3, unit: 'years' }],
  ])('%s to %s', (from, to, expected) => {
    expect(spanBetween(from, to)).toEqual(expected);
  });

  test.each([
    ['the same year when one date is a year', '2017', '2017-08'],
    ['the same month', '2017-08-01', '2017-08-30'],
    ['less than a month to the day', '2017-08-20', '2017-09-19'],
    ['a later date before the earlier', '2020-05', '2019-01'],
  ])('gives nothing for %s', (_name, from, to) => {
    expect(spanBetween(from, to)).toBeUndefined();
  });
});

describe('adopterDurations', () => {
  const visit = { id: 'visit', stage: 'study-visit', date: '2022-11-07' } as const;
  const agreement = { id: 'contract', stage: 'agreement', date: '2025-11-12' } as const;

  test('first visit to agreement, and agreement to first use (pilot, adoption or adapted version)', () => {
    const pilot = { id: 'pilot', stage: 'pilot', date: '2026-03' } as const;
    const adopted = { id: 'adopted', stage: 'adopted', date: '2026-09' } as const;
    expect(adopterDurations([adopted, visit, pilot, agreement])).toEqual({
      visitToAgreement: {
        value: 36,
        unit: 'months',
        from: { id: 'visit', date: '2022-11-07' },
        to: { id: 'contract', date: '2025-11-12' },
      },
      agreementToUse: { value: 4, unit: 'months', from: { id: 'contract', date: '2025-11-12' }, to: { id: 'pilot', date: '2026-03' } },
    });
  });

  test('the earliest visit and agreement count; a second visit changes nothing', () => {
    const later = { id: 'visit-2', stage: 'study-visit', date: '2024-10-20' } as const;
    expect(adopterDurations([later, agreement, visit]).visitToAgreement?.value).toBe(36);
  });

  test('no agreement: nothing is computed; no visit: only agreement to use', () => {
    expect(adopterDurations([visit])).toEqual({});
    const adapted = { id: 'telemo', stage: 'adapted', date: '2025-11-14' } as const;
    expect(adopterDurations([{ id: 'a', stage: 'agreement', date: '2024-11-20' }, adapted])).toEqual({
      agreementToUse: { value: 11, unit: 'months', from: { id: 'a', date: '2024-11-20' }, to: { id: 'telemo', date: '2025-11-14' } },
    });
  });

  test('a use dated before the agreement (a country that built first and visited later) is not a span', () => {
    const adapted = { id: 'adapted', stage: 'adapted', date: '2017-08-14' } as const;
    const later = { id: 'visit', stage: 'study-visit', date: '2017-08-24' } as const;
    expect(adopterDurations([adapted, later])).toEqual({});
    expect(adopterDurations([{ ...agreement, date: '2018' }, adapted])).toEqual({});
  });

  test('a study visit known to the year gives whole years', () => {
    expect(
      adopterDurations([
        { id: 'v', stage: 'study-visit', date: '2012' },
        { id: 'mou', stage: 'agreement', date: '2013-05-29' },
      ]).visitToAgreement,
    ).toMatchObject({
      value: 1,
      unit: 'years',
    });
  });
});

describe('pilotToNational', () => {
  test('computed only when both dates are given', () => {
    expect(pilotToNational({ pilot: { date: '2016-06-27' }, national: { date: '2017-07' } })).toEqual({ value: 13, unit: 'months' });
    expect(pilotToNational({ pilot: { date: '2016-06-27' } })).toBeUndefined();
    expect(pilotToNational({})).toBeUndefined();
  });
});
