/**
 * The open-data files and their data dictionary: every column of every file, defined in English and
 * French. CSV and GeoJSON columns come from the registry (src/schemas/open-data-dictionary.ts), JSON
 * fields from the descriptions the zod schemas carry (the same ones the published JSON Schemas show).
 * The data page, /data/dictionary.csv and /data/dictionary.json are all this list.
 */
import { z } from 'astro/zod';
import type { UiKey } from '#src/i18n/ui.ts';
import { typeset } from '#src/i18n/typography.ts';
import { files } from '#src/lib/routes.ts';
import {
  DATA_FILES,
  DICTIONARY_FILE,
  FORMAT_VERSION,
  FRENCH_DESCRIPTION,
  OPEN_DATA_LOCALES,
  SCHEMA_FILES,
  type DataFileName,
  type SchemaFileName,
} from '#src/schemas/open-data.ts';
import {
  CSV_DICTIONARY,
  DICTIONARY_COLUMNS,
  GEOJSON_DICTIONARY,
  type ColumnDefinition,
  type ColumnType,
  type CsvFileName,
} from '#src/schemas/open-data-dictionary.ts';
import { DATA_LICENCE, generatedDate, schemaPath } from './open-data.ts';
import { publicUrl } from './public-url.ts';

export interface ColumnDoc {
  name: string;
  type: ColumnType;
  en: string;
  /** Typeset as French is printed (narrow no-break space before ; : ! ?). */
  fr: string;
}

export interface DataFileDoc {
  /** File name under /data/: `solutions.csv`. */
  file: string;
  path: string;
  format: 'JSON' | 'CSV' | 'GeoJSON';
  description: UiKey;
  columns: ColumnDoc[];
  schema: string | undefined;
}

const { translated: FR } = OPEN_DATA_LOCALES;
const DATE_PATTERN = /^\^\\d\{4\}/;

/** What a JSON field holds, read from its JSON Schema. */
function jsonType(schema: z.ZodType): ColumnType {
  const json = z.toJSONSchema(schema, { unrepresentable: 'any' }) as {
    type?: string | string[];
    pattern?: string;
    anyOf?: { type?: string }[];
  };
  const type = [json.type ?? json.anyOf?.map((option) => option.type)].flat().find((name) => name && name !== 'null');
  if (type === 'string') return json.pattern && DATE_PATTERN.test(json.pattern) ? 'date' : 'text';
  if (type === 'integer' || type === 'number' || type === 'array' || type === 'object') return type;
  return 'text';
}

/** A field's definitions, as its schema's metadata holds them; a field without both fails here. */
function definitionOf(file: string, name: string, schema: z.ZodType): ColumnDoc {
  const meta = schema.meta();
  const en = meta?.description;
  const fr = meta?.[FRENCH_DESCRIPTION];
  if (typeof en !== 'string' || typeof fr !== 'string') {
    throw new Error(`${file}: field "${name}" has no definition in English and French (src/schemas/open-data.ts, described())`);
  }
  return { name, type: jsonType(schema), en, fr: typeset(fr, FR) };
}

const fromRegistry = (columns: Record<string, ColumnDefinition>): ColumnDoc[] =>
  Object.entries(columns).map(([name, { type, en, fr }]) => ({ name, type, en, fr: typeset(fr, FR) }));

function jsonDoc(name: SchemaFileName, description: UiKey = `data.file.${name as DataFileName}`): DataFileDoc {
  const file = `${name}.json`;
  const shape: Record<string, z.ZodType> = SCHEMA_FILES[name].shape;
  const itemShape: Record<string, z.ZodType> = SCHEMA_FILES[name].shape.items.element.shape;
  return {
    file,
    path: files.data(file),
    format: 'JSON',
    description,
    columns: [
      ...Object.entries(shape).map(([field, schema]) => definitionOf(file, field, schema)),
      ...Object.entries(itemShape).map(([field, schema]) => definitionOf(file, `items[].${field}`, schema)),
    ],
    schema: schemaPath(name),
  };
}

const CSV_DESCRIPTIONS: Record<CsvFileName, UiKey> = {
  'solutions.csv': 'data.file.solutions-csv',
  'case-studies.csv': 'data.file.case-studies-csv',
  'countries.csv': 'data.file.countries-csv',
  'figures.csv': 'data.file.figures-csv',
  'what-it-took.csv': 'data.file.what-it-took-csv',
  'adopter-durations.csv': 'data.file.adopter-durations-csv',
};

/** Every published data file with its columns defined, in the order the data page lists them. */
export function dataFileDocs(): DataFileDoc[] {
  const csv = (Object.keys(CSV_DICTIONARY) as CsvFileName[]).map((file): DataFileDoc => ({
    file,
    path: files.data(file),
    format: 'CSV',
    description: CSV_DESCRIPTIONS[file],
    columns: fromRegistry(CSV_DICTIONARY[file].columns),
    schema: undefined,
  }));
  return [
    ...csv,
    ...(Object.keys(DATA_FILES) as DataFileName[]).map((name) => jsonDoc(name)),
    {
      file: 'adoptions.geojson',
      path: files.data('adoptions.geojson'),
      format: 'GeoJSON',
      description: 'data.file.geojson',
      columns: fromRegistry(GEOJSON_DICTIONARY['adoptions.geojson'].columns),
      schema: undefined,
    },
    {
      file: 'dictionary.csv',
      path: files.data('dictionary.csv'),
      format: 'CSV',
      description: 'data.file.dictionary',
      columns: fromRegistry(DICTIONARY_COLUMNS),
      schema: undefined,
    },
    jsonDoc('dictionary', 'data.file.dictionary'),
  ];
}

/**
 * /data/dictionary.json: the dictionary's rows with the format version, date, JSON Schema and
 * licence of the open data, validated against that schema (a mismatch fails the build).
 */
export function dictionaryFile(): z.output<typeof DICTIONARY_FILE> {
  return DICTIONARY_FILE.parse({
    formatVersion: FORMAT_VERSION,
    generated: generatedDate(),
    schema: publicUrl(schemaPath('dictionary')),
    licence: DATA_LICENCE,
    items: dictionaryRows(),
  });
}

/** The dictionary as rows of /data/dictionary.csv. */
export function dictionaryRows(): Record<keyof typeof DICTIONARY_COLUMNS, string>[] {
  return dataFileDocs().flatMap((doc) =>
    doc.columns.map((column) => ({
      file: doc.file,
      column: column.name,
      type: column.type,
      definition_en: column.en,
      definition_fr: column.fr,
    })),
  );
}
