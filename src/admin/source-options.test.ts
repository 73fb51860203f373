import { describe, expect, test } from 'vitest';
import { optionsWithValue, sourceOptions } from './source-options.ts';

describe('the sources a citation may pick', () => {
  test("are the entry's own sources, by title and publisher, storing the id", () => {
    const options = sourceOptions([
      { id: 'rppa-2023', title: 'Annual report 2022-2023', publisher: 'RPPA' },
      { id: 'newtimes-2017-03', title: 'Umucyo goes live' },
    ]);
    expect(options).toEqual([
      { value: 'rppa-2023', label: 'Annual report 2022-2023 — RPPA [rppa-2023]' },
      { value: 'newtimes-2017-03', label: 'Umucyo goes live [newtimes-2017-03]' },
    ]);
  });

  test('a source being written (no id yet, or no title yet) is offered once it has an id, once per id', () => {
    expect(sourceOptions([{ title: 'Half-typed' }, { id: 'a' }, { id: 'a', title: 'Twice' }, null, 'x'])).toEqual([
      { value: 'a', label: '(no title yet) [a]' },
    ]);
    expect(sourceOptions(undefined)).toEqual([]);
  });

  test('a cited id that is no longer a source stays visible, marked, instead of being dropped', () => {
    const options = sourceOptions([{ id: 'a', title: 'A' }]);
    expect(optionsWithValue(options, ['a', 'gone', ''])).toEqual([
      { value: 'a', label: 'A [a]' },
      { value: 'gone', label: 'gone (not a source of this entry: pick another)' },
    ]);
  });
});
