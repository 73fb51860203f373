/** The list of open-data files the data page documents, with their fields (from the schemas). */
import type { UiKey } from '#src/i18n/ui.ts';
import { CASE_STUDY_COLUMNS, DATA_FILES, SOLUTION_COLUMNS, type DataFileName } from '#src/schemas/open-data.ts';
import { files } from '#src/lib/routes.ts';
import { schemaPath } from './open-data.ts';

export interface DataFileDoc {
  path: string;
  format: 'JSON' | 'CSV' | 'GeoJSON';
  description: UiKey;
  fields: string[];
  schema: string | undefined;
}

const itemFields = (name: DataFileName) => Object.keys(DATA_FILES[name].shape.items.element.shape);

export function dataFileDocs(): DataFileDoc[] {
  const json = (Object.keys(DATA_FILES) as DataFileName[]).map((name) => ({
    path: files.data(`${name}.json`),
    format: 'JSON' as const,
    description: `data.file.${name}` as UiKey,
    fields: itemFields(name),
    schema: schemaPath(name),
  }));
  return [
    ...json,
    {
      path: files.data('solutions.csv'),
      format: 'CSV',
      description: 'data.file.solutions-csv',
      fields: [...SOLUTION_COLUMNS],
      schema: undefined,
    },
    {
      path: files.data('case-studies.csv'),
      format: 'CSV',
      description: 'data.file.case-studies-csv',
      fields: [...CASE_STUDY_COLUMNS],
      schema: undefined,
    },
    {
      path: files.data('adoptions.geojson'),
      format: 'GeoJSON',
      description: 'data.file.geojson',
      fields: ['code', 'name', 'region', 'furthestStage', 'stages'],
      schema: undefined,
    },
  ];
}
