import { expect, test } from 'vitest';
import { SECTOR_LABELS, labelOf } from './labels.ts';

test.each([['constructor'], ['__proto__'], ['toString']])(
  'a value %s read from elsewhere is shown as it is, not looked up on Object',
  (value) => {
    expect(labelOf(SECTOR_LABELS, value, 'en')).toBe(value);
  },
);
