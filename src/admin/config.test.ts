import { z } from 'astro/zod';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { cmsChoices } from './choices.ts';
import { cmsConfig, cmsConfigYaml, type CmsField, type CmsSettings } from './config.ts';
import { text } from '#src/schemas/primitives.ts';
import { DATA_COLLECTIONS, MDX_COLLECTIONS, type MdxCollection } from '#src/schemas/collections.ts';
import { solutionSchema } from '#src/schemas/solution.ts';

const settings: CmsSettings = {
  repo: 'owner/homegrown',
  branch: 'main',
  siteUrl: 'https://homegrown.example',
  choices: await cmsChoices(),
};

type AnyCollection = ReturnType<typeof cmsConfig>['collections'][number];
/** An MDX collection's (`<folder>/index.mdx`). */
type Collection = Extract<AnyCollection, { path: string }>;
/** A data collection's (`<folder>/<id>.yaml`). */
type DataCollection = Exclude<AnyCollection, { path: string }>;
const config = cmsConfig(settings);
const anyNamed = (name: string): AnyCollection => {
  const found = config.collections.find((collection) => collection.name === name);
  if (!found) throw new Error(`no CMS collection ${name}`);
  return found;
};
const byName = (name: string): Collection => anyNamed(name) as Collection;
const dataNamed = (name: string): DataCollection => anyNamed(name) as DataCollection;
const field = (fields: readonly CmsField[], path: string): CmsField => {
  const [head, ...rest] = path.split('.');
  const found = fields.find((candidate) => candidate.name === head);
  if (!found) throw new Error(`no field ${path}`);
  return rest.length === 0 ? found : field(found['fields'] as CmsField[], rest.join('.'));
};

describe('the CMS configuration generated from the content model', () => {
  test.each(MDX_COLLECTIONS.map((collection) => [collection.name, collection] as const))(
    '%s: a canonical and a French collection whose fields are the schema fields, with their required flags',
    (_name, collection) => {
      for (const [cmsName, schema, file] of [
        [collection.name, collection.schema, 'index'],
        [collection.translations, collection.translationSchema, 'fr'],
      ] as const) {
        const cms = byName(cmsName);
        expect(cms.folder).toBe(`content/${collection.dir}`);
        expect(cms.path).toBe(`{{slug}}/${file}`);
        expect(cms.meta.path.index_file).toBe(file);
        const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as { properties: object; required?: string[] };
        const fields = cms.fields.filter((f) => f.name !== 'body');
        expect(fields.map((f) => f.name)).toEqual(Object.keys(json.properties));
        expect(fields.filter((f) => f.required).map((f) => f.name)).toEqual(json.required ?? []);
        expect(cms.fields.at(-1)).toMatchObject({ name: 'body', editor_components: ['callout', 'figure'] });
      }
    },
  );

  test('closed lists are selects labelled from the site, references are selects of the ids in content/', () => {
    const solutions = byName('solutions').fields;
    expect(field(solutions, 'status')).toMatchObject({ widget: 'select', required: true });
    expect(field(solutions, 'status')['options']).toContainEqual({ label: 'Active (active)', value: 'active' });
    expect(field(solutions, 'sectors')).toMatchObject({ widget: 'select', multiple: true, min: 1 });
    expect(field(solutions, 'sectors')['options']).toContainEqual({ label: 'Justice (justice)', value: 'justice' });
    expect(field(solutions, 'sectors')['options']).toEqual(
      expect.arrayContaining([
        { label: 'Environment (environment)', value: 'environment' },
        { label: 'Education (education)', value: 'education' },
      ]),
    );
    expect(field(solutions, 'sdgs')).toMatchObject({ widget: 'select', multiple: true, required: false, default: [] });
    expect(field(solutions, 'sdgs')['options']).toContainEqual({ label: '16', value: 16 });
    expect(field(solutions, 'leadInstitution')).toMatchObject({ widget: 'select', multiple: false, required: false });
    expect(field(solutions, 'leadInstitution')['options']).toContainEqual(expect.objectContaining({ value: 'rppa' }));
    expect(field(solutions, 'related')['options']).toContainEqual(expect.objectContaining({ value: 'umucyo' }));
    expect(field(byName('caseStudies').fields, 'country')['options']).toContainEqual({ label: 'Guinea (gn)', value: 'gn' });
    expect(field(byName('caseStudies').fields, 'stages.stage')['options']).toContainEqual({
      label: 'Study visit (study-visit)',
      value: 'study-visit',
    });
  });

  test('dates carry the pattern of their precision, URLs must be https, figures and sources are lists of objects', () => {
    const solutions = byName('solutions').fields;
    expect(field(solutions, 'lastReviewed')['pattern']).toEqual(['^\\d{4}-\\d{2}-\\d{2}$', 'write the date as YYYY-MM-DD']);
    expect(field(solutions, 'start.date')['pattern']).toEqual([
      '^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$',
      'write the date as YYYY, YYYY-MM or YYYY-MM-DD',
    ]);
    expect(field(solutions, 'sources.url')['pattern']).toEqual(['^https://', 'must start with https://']);
    expect(field(solutions, 'sources')).toMatchObject({ widget: 'list', min: 1, hint: 'Every page the facts come from; cite them by id.' });
    expect(field(solutions, 'sources.kind')['options']).toContainEqual({ label: 'press', value: 'press' });
    expect(field(solutions, 'figures.values')).toMatchObject({ widget: 'list', min: 1 });
    expect(field(solutions, 'figures.values.value')).toMatchObject({ widget: 'number', value_type: 'float', min: 0 });
    expect(field(solutions, 'figures.values.qualifier')).toMatchObject({ widget: 'select', default: 'exact', required: false });
  });

  test('a translation shows the English beside each text field and relabels items by id', () => {
    const fr = byName('solutionTranslations');
    expect(fr.filter).toEqual({ field: 'sources' });
    expect(field(fr.fields, 'title')).toMatchObject({ widget: 'translated-string', canonical: 'solutions', english: 'title' });
    expect(field(fr.fields, 'kinyarwandaMeaning')).toMatchObject({ english: 'kinyarwanda.meaning' });
    expect(field(fr.fields, 'labels')).toMatchObject({
      widget: 'translation-labels',
      relabels: [
        { field: 'figures', text: 'label' },
        { field: 'timeline', text: 'text' },
        { field: 'disagreements', text: 'text' },
        { field: 'whatItTook.legalBasis', text: 'text' },
        { field: 'whatItTook.prerequisites', text: 'text' },
        { field: 'whatItTook.costs', text: 'label' },
      ],
    });
    expect(field(byName('caseStudyTranslations').fields, 'labels')['relabels']).toContainEqual({ field: 'stages', text: 'text' });
  });

  test('collections are named in plain words, the French ones in French', () => {
    expect(byName('solutions')).toMatchObject({ label: 'Solutions (English)', label_singular: 'Solution' });
    expect(byName('caseStudies')).toMatchObject({ label: 'Case studies (English)', label_singular: 'Case study' });
    expect(byName('solutionTranslations')).toMatchObject({ label: 'Solutions en français (French)' });
    expect(byName('caseStudyTranslations')).toMatchObject({
      label: 'Études de cas en français (French)',
      label_singular: 'traduction d’une étude de cas',
    });
    expect(byName('eventTranslations').label).toBe('Événements en français (French)');
  });

  test('a stage is picked with what each stage means, uncorroborated is said in words', () => {
    const stages = byName('caseStudies').fields;
    const stage = field(stages, 'stages.stage');
    expect(stage.widget).toBe('select');
    expect(stage.hint).toContain('**Study visit**: A delegation of the country came to learn how the solution works.');
    expect(stage.hint).toContain('**Adapted**: The country put its own version of the solution into use, under a name of its own.');
    expect(field(stages, 'stages.uncorroborated')).toMatchObject({
      widget: 'string',
      required: false,
      label: 'No official source found (date checked)',
      hint: expect.stringMatching(/^Date you last looked for an official source and found none/),
      pattern: ['^\\d{4}-\\d{2}-\\d{2}$', 'write the date as YYYY-MM-DD'],
    });
    expect(field(byName('caseStudies').fields, 'country')['options']).toContainEqual({ label: 'Guinea (gn)', value: 'gn' });
  });

  test('a source kind says which kinds are official records', () => {
    expect(field(byName('solutions').fields, 'sources.kind').hint).toBe(
      'Who published the page. Official records: Rwandan government, Rwanda Cooperation, other government, UN / intergovernmental. Not official: press, academic, NGO / company, other.',
    );
  });

  test("every citation is picked among the entry's own sources (source-ref), one or several", () => {
    const caseStudy = byName('caseStudies').fields;
    expect(field(caseStudy, 'stages.source')).toMatchObject({
      widget: 'source-ref',
      multiple: false,
      required: true,
      hint: expect.stringContaining('Pick the source it comes from'),
    });
    expect(field(caseStudy, 'stages.source')).not.toHaveProperty('pattern');
    expect(field(caseStudy, 'stages.also')).toMatchObject({ widget: 'source-ref', multiple: true, required: false });
    expect(field(byName('solutions').fields, 'figures.values.source')).toMatchObject({ widget: 'source-ref' });
    expect(field(byName('solutions').fields, 'start.source')).toMatchObject({ widget: 'source-ref' });
    expect(field(byName('events').fields, 'source')).toMatchObject({
      widget: 'source-ref',
      hint: expect.stringMatching(/^Which source the date, place and hosts come from\. Pick/),
    });
    // No citation is left as a text field to type an id into.
    const strings = (fields: readonly CmsField[]): CmsField[] =>
      fields.flatMap((f) => [
        f,
        ...strings((f['fields'] as CmsField[] | undefined) ?? []),
        ...(f['field'] ? [f['field'] as CmsField] : []),
      ]);
    const all = config.collections.flatMap((collection) => strings(collection.fields));
    expect(all.filter((f) => f.name === 'source' || f.name === 'also').every((f) => f.widget === 'source-ref')).toBe(true);
    expect(all.filter((f) => f.widget === 'source-ref').length).toBeGreaterThan(8);
  });

  test.each(DATA_COLLECTIONS.map((collection) => [collection.name, collection] as const))(
    '%s: a folder collection of YAML files, one per entry, named after its id, whose fields are the schema fields',
    (name, collection) => {
      const cms = dataNamed(name);
      expect(cms).toMatchObject({
        folder: `content/${collection.dir}`,
        extension: 'yaml',
        format: 'yaml',
        create: true,
        delete: false,
        identifier_field: 'id',
        slug: '{{slug}}',
      });
      const json = z.toJSONSchema(collection.schema, { io: 'input', unrepresentable: 'any' }) as {
        properties: object;
        required?: string[];
      };
      expect(cms.fields.map((f) => f.name)).toEqual(Object.keys(json.properties));
      expect(cms.fields[0]).toMatchObject({ name: 'id', required: true, hint: expect.stringContaining('cannot change once published') });
      // Every field says what to write in it.
      expect(cms.fields.filter((f) => !f.hint).map((f) => f.name)).toEqual([]);
    },
  );

  test('countries, institutions and glossary terms are named in plain words, their references picked by name', () => {
    expect(dataNamed('countries')).toMatchObject({ label: 'Countries', label_singular: 'country' });
    expect(dataNamed('institutions')).toMatchObject({ label: 'Institutions', label_singular: 'institution' });
    expect(dataNamed('glossary')).toMatchObject({ label: 'Glossary terms', label_singular: 'glossary term' });
    // A country is picked by its name, among every ISO country: one without a file yet can be added.
    const country = field(dataNamed('countries').fields, 'id');
    expect(country).toMatchObject({ widget: 'select', label: 'Country' });
    expect(country['options']).toContainEqual({ label: 'Guinea (gn)', value: 'gn' });
    expect(country['options']).toContainEqual({ label: 'Mozambique (mz)', value: 'mz' });
    expect(field(dataNamed('countries').fields, 'region')['options']).toContainEqual({
      label: 'West Africa (west-africa)',
      value: 'west-africa',
    });
    expect(field(dataNamed('countries').fields, 'blocs')).toMatchObject({ widget: 'select', multiple: true });
    expect(field(dataNamed('institutions').fields, 'country')).toMatchObject({ widget: 'select', required: false });
    expect(field(dataNamed('institutions').fields, 'country')['options']).toContainEqual({ label: 'Rwanda (rw)', value: 'rw' });
    expect(field(dataNamed('institutions').fields, 'kind')).toMatchObject({ widget: 'select', required: true });
    expect(field(dataNamed('institutions').fields, 'figures.values.source')).toMatchObject({ widget: 'source-ref' });
    expect(field(dataNamed('glossary').fields, 'solutions')).toMatchObject({ widget: 'select', multiple: true });
    expect(field(dataNamed('glossary').fields, 'solutions')['options']).toContainEqual(expect.objectContaining({ value: 'umucyo' }));
    expect(field(byName('caseStudies').fields, 'country')['options']).toContainEqual({ label: 'Mozambique (mz)', value: 'mz' });
  });

  test('the YAML is what the CMS reads, without YAML aliases', () => {
    const yaml = cmsConfigYaml(settings);
    expect(yaml).not.toMatch(/[&*]a\d+/);
    expect(parse(yaml)).toEqual(JSON.parse(JSON.stringify(config)));
  });
});

describe('a fixture collection', () => {
  const base = MDX_COLLECTIONS.find((collection) => collection.name === 'solutions') as MdxCollection;
  const fixture = (schema: z.ZodObject): MdxCollection => ({ ...base, schema });

  test('adding a field to a schema adds it to the configuration, with its hint and required flag', () => {
    const before = cmsConfig(settings, [fixture(solutionSchema)]);
    const extended = solutionSchema.safeExtend({ motto: text(60).describe('The official motto, word for word.') });
    const after = cmsConfig(settings, [fixture(extended)]);
    const names = (c: typeof before) => c.collections[0]?.fields.map((f) => f.name);
    expect(names(after)).toEqual([...(names(before)?.slice(0, -1) ?? []), 'motto', 'body']);
    expect(field(after.collections[0]?.fields ?? [], 'motto')).toEqual({
      name: 'motto',
      label: 'Motto',
      widget: 'string',
      required: true,
      hint: 'The official motto, word for word.',
    });
  });

  test('a field the CMS cannot edit is an error naming the field and the fix', () => {
    const odd = solutionSchema.safeExtend({ odd: z.union([z.string(), z.number()]) });
    expect(() => cmsConfig(settings, [fixture(odd)])).toThrow(
      /field "odd" has a shape the CMS cannot edit .*map it in src\/admin\/config.ts/,
    );
  });
});
