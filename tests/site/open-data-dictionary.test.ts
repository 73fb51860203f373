/**
 * The open data as a researcher gets it, without us: every column of every published file is
 * defined in the data dictionary, and every CSV opens in a spreadsheet's reader (Python's `csv`, and
 * papaparse) with its dates as dates.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';

const DATA = join('dist', 'data');
const read = (file: string) => readFileSync(join(DATA, file), 'utf8');
const parseCsv = (file: string) =>
  Papa.parse<Record<string, string>>(read(file).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });

interface Definition {
  file: string;
  column: string;
  type: string;
  definition_en: string;
  definition_fr: string;
}
const dictionary = parseCsv('dictionary.csv').data as unknown as Definition[];
const definedIn = (file: string) => dictionary.filter((row) => row.file === file);
const published = readdirSync(DATA).filter((file) => /\.(csv|json|geojson)$/.test(file));

test('the dictionary.json holds the same definitions as dictionary.csv', () => {
  const json = JSON.parse(read('dictionary.json')) as { items: Definition[] };
  expect(json.items).toEqual(dictionary);
});

test('every published file has its columns in the dictionary, each defined in English and French', () => {
  expect(published.length).toBeGreaterThanOrEqual(12);
  for (const file of published) expect(definedIn(file).length, `${file} has no entry in the data dictionary`).toBeGreaterThan(0);
  for (const row of dictionary) {
    expect(row.definition_en.length, `${row.file} ${row.column}`).toBeGreaterThan(5);
    expect(row.definition_fr.length, `${row.file} ${row.column}`).toBeGreaterThan(5);
    // French as French is printed: a narrow no-break space before ; : ! ?
    expect(row.definition_fr, `${row.file} ${row.column}`).not.toMatch(/[^\u202f][;:!?](\s|$)/);
  }
});

describe.each(published.filter((file) => file.endsWith('.csv')))('%s', (file) => {
  test('its header is exactly the columns the dictionary defines, in order', () => {
    expect(parseCsv(file).meta.fields).toEqual(definedIn(file).map((row) => row.column));
  });
});

/** Every key a JSON value holds at the level of `path` (`items[].stages` -> the keys of each stage). */
function keysOf(value: unknown): string[] {
  return value && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : [];
}

describe.each(published.filter((file) => file.endsWith('.json')))('%s', (file) => {
  test('every field of the file and of its items is defined, and every definition names a field it has', () => {
    const json = JSON.parse(read(file)) as { items: unknown[] };
    const fields = new Set([...keysOf(json), ...json.items.flatMap((item) => keysOf(item).map((key) => `items[].${key}`))]);
    const defined = new Set(definedIn(file).map((row) => row.column));
    expect(
      [...fields].filter((field) => !defined.has(field)),
      'fields without a definition',
    ).toEqual([]);
    expect(
      [...defined].filter((field) => !fields.has(field)),
      'definitions of fields the file lacks',
    ).toEqual([]);
  });
});

test('adoptions.geojson: every property of its features is defined', () => {
  const geo = JSON.parse(read('adoptions.geojson')) as { features: { properties: object }[] };
  const properties = new Set(geo.features.flatMap((feature) => Object.keys(feature.properties)));
  expect([...properties].sort()).toEqual(
    definedIn('adoptions.geojson')
      .map((row) => row.column)
      .sort(),
  );
});

const csvFiles = published.filter((file) => file.endsWith('.csv'));
const dateColumns = (file: string) =>
  definedIn(file)
    .filter((row) => row.type === 'date')
    .map((row) => row.column);

/**
 * Python's csv module, as a researcher's script reads the files: rows, columns, and every date
 * column read with `date.fromisoformat`, its precision beside it.
 */
const PYTHON = `
import csv, json, sys
from datetime import date
out = {}
for path, dates in json.loads(sys.argv[1]).items():
    with open(path, newline='', encoding='utf-8-sig') as f:
        rows = list(csv.DictReader(f))
    problems = []
    for i, row in enumerate(rows):
        for column in dates:
            value, precision = row[column], row[column + '_precision']
            if value == '':
                if precision != '': problems.append(f'row {i}: {column} empty but precision {precision}')
                continue
            try:
                date.fromisoformat(value)
            except ValueError:
                problems.append(f'row {i}: {column}={value!r} is not a date')
            if precision not in ('year', 'month', 'day', 'end-of-year'): problems.append(f'row {i}: {column}_precision={precision!r}')
            if precision == 'end-of-year' and not value.endswith('-12-31'): problems.append(f'row {i}: {column} {value} is not the end of a year')
            if precision == 'year' and not value.endswith('-01-01'): problems.append(f'row {i}: {column} {value} is not a year')
    out[path] = {'rows': len(rows), 'columns': len(rows[0]) if rows else 0, 'problems': problems}
print(json.dumps(out))
`;

test('Python csv reads every CSV, with every date a date and its precision beside it', () => {
  const files = Object.fromEntries(csvFiles.map((file) => [join(DATA, file), dateColumns(file)]));
  const result = JSON.parse(execFileSync('python3', ['-c', PYTHON, JSON.stringify(files)], { encoding: 'utf8' })) as Record<
    string,
    { rows: number; columns: number; problems: string[] }
  >;
  for (const file of csvFiles) {
    const python = result[join(DATA, file)];
    const papa = parseCsv(file);
    expect(papa.errors, file).toEqual([]);
    expect(python?.problems, file).toEqual([]);
    // Both readers see the same table.
    expect(python?.rows, file).toBe(papa.data.length);
    expect(python?.columns, file).toBe(papa.meta.fields?.length);
  }
  expect(Object.values(result).reduce((sum, file) => sum + file.rows, 0)).toBeGreaterThan(300);
});

test.each(csvFiles.filter((file) => dateColumns(file).length > 0))(
  'papaparse reads the dates of %s as dates of the stated precision',
  (file) => {
    for (const row of parseCsv(file).data) {
      for (const column of dateColumns(file)) {
        const value = row[column] ?? '';
        if (value === '') continue;
        expect(value, `${file} ${column}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(Number.isNaN(Date.parse(`${value}T00:00:00Z`)), `${file} ${column} ${value}`).toBe(false);
        const precision = row[`${column}_precision`];
        if (precision === 'month') expect(value.endsWith('-01'), `${file} ${column} ${value}`).toBe(true);
      }
    }
  },
);

test('case studies and figures name their solutions in French beside the English', () => {
  const frenchTitle = new Map(parseCsv('solutions.csv').data.map((row) => [row['slug'], row['title_fr']]));
  const studies = parseCsv('case-studies.csv').data;
  for (const row of studies) {
    const slugs = (row['solutions'] ?? '').split('; ');
    expect((row['solutions_fr'] ?? '').split('; '), row['case_study']).toEqual(slugs.map((slug) => frenchTitle.get(slug)));
  }
  expect(studies.find((row) => row['solutions'] === 'umucyo')?.['solutions_fr']).toBe('Umucyo, les marchés publics en ligne');
  for (const row of parseCsv('figures.csv').data) {
    expect(row['solution_fr'], `${row['solution']} ${row['figure']}`).toBe(frenchTitle.get(row['solution']));
    expect(row['solution_fr'], `${row['solution']} ${row['figure']}`).toBeTruthy();
  }
});

test('a value its source gives at the end of a year is dated 31 December, with end-of-year as its precision', () => {
  const agaciro = parseCsv('figures.csv').data.filter(
    (row) => row['solution'] === 'agaciro-development-fund' && row['figure'] === 'fund-value',
  );
  expect(agaciro.map((row) => [row['as_of'], row['as_of_precision']])).toEqual([
    ['2013-12-31', 'end-of-year'],
    ['2017-12-31', 'end-of-year'],
    ['2018-12-31', 'end-of-year'],
  ]);
});

test('the country table and the figures table say what a researcher asks first', () => {
  const countries = parseCsv('countries.csv').data;
  const solutions = parseCsv('solutions.csv').data;
  expect(countries.length).toBe(JSON.parse(read('countries.json')).items.length);
  for (const row of countries) {
    expect(row['country_fr'], row['country']).toBeTruthy();
    expect(row['region_fr'], row['country']).toBeTruthy();
  }
  // No count of adopters includes a country whose furthest stage with it is only a visit.
  const adopted = new Set(['adopted', 'adapted', 'scaled']);
  for (const solution of solutions) {
    const takes = countries.flatMap((row) =>
      (row['furthest_stages'] ?? '')
        .split('; ')
        .filter((pair) => pair.startsWith(`${solution['slug']}=`))
        .map((pair) => pair.split('=')[1] ?? ''),
    );
    expect(Number(solution['countries']), solution['slug']).toBe(takes.length);
    expect(Number(solution['adopting_countries']), solution['slug']).toBe(takes.filter((stage) => adopted.has(stage)).length);
    if (solution['lead_institution']) expect(solution['lead_institution_fr'], solution['slug']).toBeTruthy();
  }
  const figures = parseCsv('figures.csv').data;
  const json = JSON.parse(read('solutions.json')) as { items: { figures: { values: unknown[] }[] }[] };
  expect(figures).toHaveLength(json.items.flatMap((item) => item.figures.flatMap((figure) => figure.values)).length);
  for (const row of figures) {
    expect(Number.isFinite(Number(row['value'])), JSON.stringify(row)).toBe(true);
    expect(row['source_url'], JSON.stringify(row)).toMatch(/^https:\/\//);
  }
});
