/**
 * The shape of the open-data files under /data/. JSON Schemas for them are generated from these
 * zod schemas and published under /data/schema/, and every file is validated against its schema
 * at build time, so the published files and their schemas cannot disagree.
 */
import { z } from 'astro/zod';
import { SLUG_PATTERN } from '#src/schemas/slug.ts';
import { AS_OF_QUALIFIERS, FIGURE_UNITS, QUALIFIERS } from './claims.ts';
import { STAGES } from './case-study.ts';
import { BLOCS, REGIONS } from './country.ts';
import { INSTITUTION_KINDS } from './institution.ts';
import { SECTORS } from './primitives.ts';
import { SOLUTION_STATUSES } from './solution.ts';
import { SOURCE_KINDS, SOURCE_LANGUAGES } from './source.ts';
import type { Locale } from '#src/config/locales.ts';
import { COLUMN_TYPES, DICTIONARY_COLUMNS } from './open-data-dictionary.ts';

export const FORMAT_VERSION = 1;
/**
 * The languages of this format version, fixed by it (`title_en`, `title_fr`...): a new site
 * language enters the open data with a new format version, not silently.
 */
export const OPEN_DATA_LOCALES = { canonical: 'en', translated: 'fr' } as const satisfies Record<string, Locale>;

/** The key, in a field's metadata and in the published JSON Schema, of its French definition. */
export const FRENCH_DESCRIPTION = 'x-description-fr';

/**
 * A record's fields, each with its definition in English (`description`) and French: the data
 * dictionary reads them back from here, and the JSON Schemas publish them. A field without a
 * definition is a type error.
 */
function described<S extends Record<string, z.ZodType>>(shape: S, definitions: Record<keyof S, readonly [en: string, fr: string]>): S {
  return Object.fromEntries(
    Object.entries(shape).map(([key, schema]) => {
      const [en, fr] = definitions[key as keyof S];
      return [key, schema.meta({ description: en, [FRENCH_DESCRIPTION]: fr })];
    }),
  ) as S;
}

const date = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
  .describe('A date known to the year, month or day: YYYY, YYYY-MM or YYYY-MM-DD');
const id = z.string().regex(SLUG_PATTERN);
const bilingual = z
  .strictObject({ en: z.string(), fr: z.string().nullable() })
  .describe('English text, and French where translated (null otherwise)');

const source = z.strictObject({
  id,
  title: z.string(),
  publisher: z.string(),
  kind: z
    .enum(SOURCE_KINDS)
    .describe(
      'Who published it: rwanda-government, rwanda-cooperation, other-government, intergovernmental (UN, World Bank, AU...), press, academic, ngo-company or other',
    ),
  url: z.url({ protocol: /^https$/ }),
  archived: z
    .url({ protocol: /^https$/ })
    .nullable()
    .describe('A web archive copy of the page, when the entry gives one'),
  published: date.nullable(),
  accessed: date,
  language: z.enum(SOURCE_LANGUAGES),
});
const figure = z.strictObject({
  id,
  label: bilingual,
  unit: z.enum(FIGURE_UNITS),
  values: z.array(
    z.strictObject({
      value: z.number(),
      qualifier: z.enum(QUALIFIERS),
      asOf: date,
      asOfQualifier: z
        .enum(AS_OF_QUALIFIERS)
        .optional()
        .describe('end-of-year when the source gives the value at the end of the year asOf (absent otherwise)'),
      source: id,
    }),
  ),
});
const dated = z.strictObject({ id, date, text: bilingual, source: id });
const disagreement = z
  .strictObject({
    id,
    text: bilingual.describe('What is disputed'),
    sides: z
      .array(z.strictObject({ id, text: bilingual, source: id, also: z.array(id).describe('Further sources saying the same') }))
      .describe("Each source's account"),
    note: bilingual.nullable(),
    figure: id.nullable().describe('The key figure it is about, if any'),
  })
  .describe('A fact the sources disagree on ("Sources differ"), each side with its source');

const URL_DEF = ['Addresses of its page: { en, fr }', 'Adresses de sa page : { en, fr }'] as const;
const TITLE_DEF = ['Title: { en, fr }, fr null until translated', 'Titre : { en, fr }, fr à null tant qu’il n’est pas traduit'] as const;
const SUMMARY_DEF = ['One-paragraph summary: { en, fr }', 'Résumé d’un paragraphe : { en, fr }'] as const;
const SOURCES_DEF = [
  'The sources the entry cites; other fields refer to them by id',
  'Les sources citées par la fiche ; les autres champs y renvoient par leur id',
] as const;
const REVIEWED_DEF = [
  'When an editor last reviewed the whole entry against its sources (YYYY, YYYY-MM or YYYY-MM-DD)',
  'Date de la dernière relecture de toute la fiche au regard de ses sources (AAAA, AAAA-MM ou AAAA-MM-JJ)',
] as const;
const CHECKED_DEF = [
  'When someone last looked in public sources for news about this entry (null if never)',
  'Date de la dernière recherche de nouvelles sur cette fiche dans les sources publiques (null si jamais)',
] as const;
const DISAGREEMENTS_DEF = [
  'Facts the sources disagree on, each side with its source',
  'Faits sur lesquels les sources divergent, chaque version avec sa source',
] as const;
const TIMELINE_DEF = ['Dated events, each with its source', 'Événements datés, chacun avec sa source'] as const;

export const solutionRecord = z.strictObject(
  described(
    {
      slug: id,
      url: bilingual,
      title: bilingual,
      summary: bilingual,
      kinyarwanda: z.strictObject({ name: z.string(), meaning: bilingual.nullable() }).nullable(),
      sectors: z.array(z.enum(SECTORS)),
      sdgs: z.array(z.number().int().min(1).max(17)),
      leadInstitution: id.nullable(),
      start: z.strictObject({ date, source: id }).nullable(),
      status: z.enum(SOLUTION_STATUSES),
      end: z.strictObject({ date, source: id }).nullable(),
      figures: z.array(figure),
      timeline: z.array(dated),
      disagreements: z.array(disagreement),
      related: z.array(id),
      sources: z.array(source),
      lastReviewed: date,
      checked: date.nullable(),
    },
    {
      slug: ['Identifier, as in its page address', 'Identifiant, tel qu’il figure dans l’adresse de sa page'],
      url: URL_DEF,
      title: TITLE_DEF,
      summary: SUMMARY_DEF,
      kinyarwanda: [
        'Its Kinyarwanda name and that name’s literal meaning, when it has one',
        'Son nom en kinyarwanda et le sens littéral de ce nom, s’il en a un',
      ],
      sectors: ['Sector codes (their names are in solutions.csv)', 'Codes des secteurs (leurs noms sont dans solutions.csv)'],
      sdgs: [
        'Numbers of the UN Sustainable Development Goals it contributes to',
        'Numéros des objectifs de développement durable de l’ONU auxquels elle contribue',
      ],
      leadInstitution: [
        'Id of the institution that leads it (in institutions.json), or null',
        'Id de l’institution qui la pilote (dans institutions.json), ou null',
      ],
      start: [
        'When it started (YYYY, YYYY-MM or YYYY-MM-DD) and the source saying so',
        'Date de son lancement (AAAA, AAAA-MM ou AAAA-MM-JJ) et la source qui l’indique',
      ],
      status: ['active, piloting or ended', 'active (en vigueur), piloting (en phase pilote) ou ended (arrêtée)'],
      end: ['When it ended, with its source (null unless ended)', 'Date de sa fin, avec sa source (null sauf si arrêtée)'],
      figures: ['Key figures, each with dated values and their sources', 'Chiffres clés, chacun avec des valeurs datées et leurs sources'],
      timeline: TIMELINE_DEF,
      disagreements: DISAGREEMENTS_DEF,
      related: ['Slugs of related solutions', 'Slugs des solutions liées'],
      sources: SOURCES_DEF,
      lastReviewed: REVIEWED_DEF,
      checked: CHECKED_DEF,
    },
  ),
);

export const caseStudyRecord = z.strictObject(
  described(
    {
      slug: id,
      url: bilingual,
      title: bilingual,
      summary: bilingual,
      country: z.string().regex(/^[a-z]{2}$/),
      solutions: z.array(id),
      counterpart: id.nullable(),
      partners: z.array(id),
      stages: z.array(
        z.strictObject({
          id,
          stage: z.enum(STAGES),
          date,
          source: id,
          also: z.array(id).describe('Further sources supporting the same stage'),
          uncorroborated: date.nullable().describe('When someone looked for an official source for this stage and found none'),
          lastReported: date
            .nullable()
            .describe(
              'Publication date of the latest source reporting a stage beyond a study visit (null for a study visit or when no source is dated)',
            ),
          text: bilingual,
          localName: z.string().nullable(),
        }),
      ),
      furthestStage: z.enum(STAGES).nullable(),
      timeline: z.array(dated),
      adaptation: bilingual.nullable(),
      outcomes: z.array(z.strictObject({ id, text: bilingual, source: id })),
      disagreements: z.array(disagreement),
      sources: z.array(source),
      lastReviewed: date,
      checked: date.nullable(),
    },
    {
      slug: ['Identifier, as in its page address', 'Identifiant, tel qu’il figure dans l’adresse de sa page'],
      url: URL_DEF,
      title: TITLE_DEF,
      summary: SUMMARY_DEF,
      country: ['ISO 3166-1 alpha-2 code of the country, in lower case', 'Code ISO 3166-1 alpha-2 du pays, en minuscules'],
      solutions: ['Slugs of the Rwandan solutions concerned', 'Slugs des solutions rwandaises concernées'],
      counterpart: [
        'Id of the institution carrying it in the country (in institutions.json), or null',
        'Id de l’institution qui la porte dans le pays (dans institutions.json), ou null',
      ],
      partners: ['Ids of partner institutions', 'Ids des institutions partenaires'],
      stages: ['Lifecycle stages, each dated and sourced', 'Étapes, chacune datée et sourcée'],
      furthestStage: [
        'The furthest stage reached (discontinued when that came last)',
        'L’étape la plus avancée (discontinued si l’arrêt est venu en dernier)',
      ],
      timeline: TIMELINE_DEF,
      adaptation: ['How the country adapted the solution: { en, fr }', 'Comment le pays a adapté la solution : { en, fr }'],
      outcomes: ['Reported outcomes, each with its source', 'Résultats rapportés, chacun avec sa source'],
      disagreements: DISAGREEMENTS_DEF,
      sources: SOURCES_DEF,
      lastReviewed: REVIEWED_DEF,
      checked: CHECKED_DEF,
    },
  ),
);

export const countryRecord = z.strictObject(
  described(
    {
      code: z.string().regex(/^[a-z]{2}$/),
      name: z.strictObject({ en: z.string(), fr: z.string() }),
      region: z.enum(REGIONS),
      blocs: z.array(z.enum(BLOCS)),
      languages: z.array(z.string()),
      note: z.string().nullable(),
      sources: z.array(source),
    },
    {
      code: ['ISO 3166-1 alpha-2 code, in lower case', 'Code ISO 3166-1 alpha-2, en minuscules'],
      name: ['Common short name: { en, fr }', 'Nom usuel court : { en, fr }'],
      region: ['Region code (for example west-africa)', 'Code de la région (par exemple west-africa)'],
      blocs: ['Regional economic communities it belongs to', 'Communautés économiques régionales dont il est membre'],
      languages: ['Official languages, as ISO 639 codes', 'Langues officielles, en codes ISO 639'],
      note: ['An editor’s note, in English, or null', 'Note d’un rédacteur, en anglais, ou null'],
      sources: SOURCES_DEF,
    },
  ),
);

export const institutionRecord = z.strictObject(
  described(
    {
      id,
      name: z.strictObject({ en: z.string(), fr: z.string() }),
      short: z.string().nullable(),
      kind: z.enum(INSTITUTION_KINDS),
      country: z.string().nullable(),
      url: z.url({ protocol: /^https$/ }),
    },
    {
      id: ['Identifier', 'Identifiant'],
      name: ['Name: { en, fr }', 'Nom : { en, fr }'],
      short: ['Short name or acronym, or null', 'Sigle ou nom court, ou null'],
      kind: [
        'government, agency, company, un, development-partner or ngo',
        'government (gouvernement), agency (agence), company (entreprise), un (ONU), development-partner (partenaire de développement) ou ngo (ONG)',
      ],
      country: [
        'ISO 3166-1 alpha-2 code of its country, or null for an international body',
        'Code ISO 3166-1 alpha-2 de son pays, ou null pour un organisme international',
      ],
      url: ['Its website', 'Son site web'],
    },
  ),
);

export const glossaryRecord = z.strictObject(
  described(
    {
      id,
      term: z.string(),
      literal: z.strictObject({ en: z.string(), fr: z.string() }).nullable(),
      explanation: z.strictObject({ en: z.string(), fr: z.string() }),
      solutions: z.array(id),
      sources: z.array(source),
    },
    {
      id: ['Identifier', 'Identifiant'],
      term: ['The Kinyarwanda term', 'Le terme kinyarwanda'],
      literal: ['Its literal translation: { en, fr }, or null', 'Sa traduction littérale : { en, fr }, ou null'],
      explanation: ['What it means here: { en, fr }', 'Ce qu’il désigne ici : { en, fr }'],
      solutions: ['Slugs of the solutions it names', 'Slugs des solutions qu’il désigne'],
      sources: SOURCES_DEF,
    },
  ),
);

/** The fields every JSON file wraps its items in. */
export const FILE_FIELDS = {
  formatVersion: [
    'Version of this format; a change that breaks a reader gets a new number',
    'Version de ce format ; tout changement qui casse un lecteur reçoit un nouveau numéro',
  ],
  generated: ['Date the file was generated (YYYY-MM-DD)', 'Date de génération du fichier (AAAA-MM-JJ)'],
  schema: [
    "Its JSON Schema: an https URL, or a path from the site's root in a copy built without its public address",
    'Son schéma JSON : une URL https, ou un chemin depuis la racine du site dans une copie construite sans son adresse publique',
  ],
  licence: ['Licence of the data', 'Licence des données'],
  items: ['The records, described field by field in the dictionary', 'Les enregistrements, décrits champ par champ dans le dictionnaire'],
} as const;

/** A published file: format version, generation date, its schema's URL and the items. */
export function dataFile<T extends z.ZodType>(item: T) {
  return z.strictObject(
    described(
      {
        formatVersion: z.literal(FORMAT_VERSION),
        generated: date,
        schema: z.union([z.url({ protocol: /^https$/ }), z.string().regex(/^\/[^/]/)]),
        licence: z.string(),
        items: z.array(item),
      },
      FILE_FIELDS,
    ),
  );
}

export const DATA_FILES = {
  solutions: dataFile(solutionRecord),
  'case-studies': dataFile(caseStudyRecord),
  countries: dataFile(countryRecord),
  institutions: dataFile(institutionRecord),
  glossary: dataFile(glossaryRecord),
} as const;
export type DataFileName = keyof typeof DATA_FILES;

/** A row of the data dictionary (/data/dictionary.csv), an item of /data/dictionary.json. */
export const dictionaryRecord = z.strictObject(
  described(
    {
      file: z.string(),
      column: z.string(),
      type: z.enum(COLUMN_TYPES),
      definition_en: z.string(),
      definition_fr: z.string(),
    },
    Object.fromEntries(Object.entries(DICTIONARY_COLUMNS).map(([name, { en, fr }]) => [name, [en, fr] as const])) as Record<
      keyof typeof DICTIONARY_COLUMNS,
      readonly [string, string]
    >,
  ),
);

/** /data/dictionary.json: the dictionary's rows in the same wrapper as the data files. */
export const DICTIONARY_FILE = dataFile(dictionaryRecord);

/** Every file published with a JSON Schema under /data/schema/, by the name of its schema. */
export const SCHEMA_FILES = { ...DATA_FILES, dictionary: DICTIONARY_FILE } as const;
export type SchemaFileName = keyof typeof SCHEMA_FILES;
