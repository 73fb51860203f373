/**
 * The Decap CMS configuration (`/admin/config.yml`), generated from the registry of the content
 * model (`src/schemas/collections.ts`) through the JSON Schemas of its zod schemas: one collection
 * per MDX collection and one per translation collection, with widgets, required fields and hints
 * taken from the schemas. `src/integrations/cms-admin.ts` writes it into the build and serves it
 * in development; `npm run cms:config` (scripts/cms-config.ts) prints it. Nothing here is written twice: a field added to
 * a schema appears in the CMS on the next build (config.test.ts).
 *
 * Countries, institutions and glossary terms are folder collections of YAML files, one per entry
 * (`content/countries/gn.yaml`), named after the entry's id.
 *
 * What Decap cannot express, and what is done instead (docs/cms.md):
 * - countries have no name in their files (names come from i18n-iso-countries), so a country is
 *   picked from a select of every ISO country by its English name, not by Decap's relation widget;
 *   institutions are picked from a select of those in content/ at build time;
 * - an MDX entry's id is its folder (`<slug>/index.mdx`), which Decap's relation widget cannot
 *   return (it gives `<slug>/index`): references to solutions are selects too;
 * - Decap's i18n writes `<slug>/index.fr.mdx` or `fr/<slug>/index.mdx` with the same fields in
 *   each language; our `fr.mdx` holds other fields, so translations are collections of their own,
 *   whose widgets show the English beside each field (`src/admin/admin-client.ts`).
 */
import type { z } from 'astro/zod';
import { stringify } from 'yaml';
import { CONTENT_COMPONENTS } from '#src/body/mdx-body.ts';
import { BLOC_LABELS, REGION_LABELS, SECTOR_LABELS } from '#src/i18n/labels.ts';
import { en } from '#src/i18n/en.ts';
import { fr } from '#src/i18n/fr.ts';
import { DEFAULT_LOCALE, TRANSLATION_LOCALES, type Locale } from '#src/config/locales.ts';
import {
  CANONICAL_FILE,
  CONTENT_DIR,
  DATA_COLLECTIONS,
  DATA_EXTENSION,
  MDX_COLLECTIONS,
  MEDIA_FOLDER,
  type DataCollection,
  type MdxCollection,
} from '#src/schemas/collections.ts';
import { editorJsonSchema } from '#src/schemas/json-schema.ts';
import { STAGES } from '#src/schemas/case-study.ts';
import { OFFICIAL_SOURCE_KINDS, SOURCE_KINDS } from '#src/schemas/source.ts';
import { paths } from '#src/lib/routes.ts';

/** The part of a JSON Schema this generator reads. */
interface JsonSchema {
  type?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  enum?: (string | number)[];
  default?: unknown;
  pattern?: string;
  format?: string;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  'x-reference'?: string;
  /** An ISO 3166-1 country code, picked by the country's name (src/schemas/country.ts). */
  'x-country'?: boolean;
  'x-date'?: string;
  /** A citation of one of the entry's own sources (`sourceId` in src/schemas/source.ts). */
  'x-source'?: boolean;
}

/** A Decap field (https://decapcms.org/docs/widgets/). */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  [option: string]: unknown;
}

export interface Choice {
  label: string;
  value: string | number;
}

export interface CmsSettings {
  /** `owner/name` of the GitHub repository the deployed CMS edits. */
  repo: string;
  /** The branch pull requests target. */
  branch: string;
  /** Where "View Live" and the header's link go: the public site, or the local dev server during `npm run cms`. */
  siteUrl: string;
  /** The OAuth proxy of the GitHub backend (docs/cms.md), e.g. https://auth.example.org. */
  authUrl?: string;
  /** decap-server's API, used when the CMS runs on localhost (`npm run cms`). */
  localBackendUrl?: string;
  /** The entries references may point to, by collection (ids known at build time). */
  choices: Record<string, readonly Choice[]>;
}

/** Where a translation field's English text is in the canonical entry, when not under the same name. */
const ENGLISH_FIELD: Record<string, string> = { kinyarwandaMeaning: 'kinyarwanda.meaning', theme: 'theme.text' };

/** The field of each relabelled item that holds its English text. */
const ITEM_TEXT: Record<string, string> = { figures: 'label', 'whatItTook.costs': 'label' };

/** Markdown toolbar: what an entry's body may hold (no images, no code: see src/body/mdx-body.ts). */
const MARKDOWN_BUTTONS = ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'];

/** Names of the body's components as editor components (`src/admin/cms-components.ts`). */
export const EDITOR_COMPONENTS = Object.keys(CONTENT_COMPONENTS).map((name) => name.toLowerCase());

/** English labels of the closed lists, by value, from the site's own labels. */
const LIST_LABELS: ReadonlyArray<Record<string, string>> = [
  Object.fromEntries(Object.entries(SECTOR_LABELS).map(([value, label]) => [value, label.en])),
  Object.fromEntries(Object.entries(REGION_LABELS).map(([value, label]) => [value, label.en])),
  Object.fromEntries(Object.entries(BLOC_LABELS).map(([value, label]) => [value, label.en])),
  ...['status', 'stage', 'sourceKind', 'qualifier'].map((prefix) =>
    Object.fromEntries(
      Object.entries(en)
        .filter(([key]) => key.startsWith(`${prefix}.`))
        .map(([key, label]) => [key.slice(prefix.length + 1), label]),
    ),
  ),
];

/** The stages' meanings, as the stages page (/{lang}/stages/) writes them. */
export const STAGE_HINT = STAGES.map((stage) => `**${en[`stage.${stage}`]}**: ${en[`stages.def.${stage}`]}`).join(' · ');

/** What `uncorroborated` means, in the editor's words. */
export const UNCORROBORATED_HINT =
  'Date you last looked for an official source and found none (YYYY-MM-DD). Leave empty when an official source is cited.';

/** Who published a source, in the site's words, and which kinds count as an official record. */
export const SOURCE_KIND_HINT = (() => {
  const label = (kind: string) => en[`sourceKind.${kind}` as keyof typeof en];
  const official = OFFICIAL_SOURCE_KINDS.map(label);
  const other = SOURCE_KINDS.filter((kind) => !OFFICIAL_SOURCE_KINDS.includes(kind)).map(label);
  return `Who published the page. Official records: ${official.join(', ')}. Not official: ${other.join(', ')}.`;
})();

/** Fields whose label and hint say more than their name and the schema's description, by name. */
const FIELD_WORDS: Record<string, { label?: string; hint?: string }> = {
  stage: { hint: STAGE_HINT },
  kind: { hint: SOURCE_KIND_HINT },
  uncorroborated: { label: 'No official source found (date checked)', hint: UNCORROBORATED_HINT },
};

/** Options of a closed list; numbers stay numbers, so that Decap writes `sdgs: [16]`, not `["16"]`. */
function options(values: readonly (string | number)[]): Choice[] {
  const labels = LIST_LABELS.find((table) => values.every((value) => String(value) in table));
  return values.map((value) => {
    const label = labels?.[String(value)];
    return { label: label && label !== String(value) ? `${label} (${String(value)})` : String(value), value };
  });
}

/** `leadInstitution` -> `Lead institution`. */
export function labelOf(name: string): string {
  if (name === 'sdgs') return 'SDGs';
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const jsonSchema = (schema: z.ZodType): JsonSchema => editorJsonSchema(schema) as JsonSchema;

function referenceField(base: CmsField, collection: string, settings: CmsSettings, multiple: boolean): CmsField {
  const choices = settings.choices[collection];
  if (!choices) throw new Error(`cms-config: no choices given for references to "${collection}"; pass them in settings.choices`);
  return { ...base, widget: 'select', multiple, options: [...choices] };
}

/**
 * A citation: Decap has no relation to the entry being edited, so the `source-ref` widget
 * (src/admin/source-ref.ts) offers the entry's own `sources` by title and stores the id.
 */
function sourceField(base: CmsField, multiple: boolean): CmsField {
  const hint = multiple
    ? 'Tick the sources that also support it; they are the sources listed in this entry (add one under Sources first).'
    : 'Pick the source it comes from among the sources listed in this entry (add one under Sources first).';
  return { ...base, widget: 'source-ref', multiple, hint: base.hint && !/^id of one of/.test(base.hint) ? `${base.hint} ${hint}` : hint };
}

/** The Decap field for one property of a schema. */
export function fieldOf(name: string, schema: JsonSchema, required: boolean, settings: CmsSettings): CmsField {
  const words = FIELD_WORDS[name];
  const hint =
    words?.hint ?? schema.description ?? (schema.items?.description && schema.type === 'array' ? schema.items.description : undefined);
  const base: CmsField = { name, label: words?.label ?? labelOf(name), widget: 'string', required, ...(hint ? { hint } : {}) };
  if (schema.default !== undefined && typeof schema.default !== 'object') base['default'] = schema.default;
  // An empty default keeps Decap from starting an optional list with one item made of defaults.
  if (schema.type === 'array' && !required) base['default'] = [];
  if (schema['x-reference']) return referenceField(base, schema['x-reference'], settings, false);
  if (schema['x-country']) return referenceField(base, 'countries', settings, false);
  if (schema['x-source']) return sourceField(base, false);
  if (schema['x-date']) return { ...base, pattern: [schema.pattern, `write the date as ${schema['x-date']}`] };
  if (schema.format === 'uri') return { ...base, pattern: [schema.pattern ?? '^https://', 'must start with https://'] };
  if (schema.enum) return { ...base, widget: 'select', options: options(schema.enum) };
  if (schema.type === 'number' || schema.type === 'integer') {
    return {
      ...base,
      widget: 'number',
      value_type: schema.type === 'integer' ? 'int' : 'float',
      ...(schema.minimum !== undefined ? { min: schema.minimum } : {}),
      ...(schema.maximum !== undefined ? { max: schema.maximum } : {}),
    };
  }
  if (schema.type === 'array' && schema.items) return listField(base, schema, settings);
  if (schema.type === 'object' && schema.properties) {
    // Decap checks the fields of an optional object even when it is left empty: they are optional
    // in the CMS (the object starts folded), and the content check reports a half-filled one.
    const fields = fieldsOf(schema, settings).map((field) => (required ? field : { ...field, required: false }));
    return { ...base, widget: 'object', collapsed: !required, fields };
  }
  // A map of ids to text (a translation's `labels`): Decap has no map widget; ours is in src/admin/admin-client.ts.
  if (schema.type === 'object' && typeof schema.additionalProperties === 'object') return { ...base, widget: 'translation-labels' };
  if (schema.type === 'string') {
    return {
      ...base,
      widget: (schema.maxLength ?? 0) > 200 ? 'text' : 'string',
      ...(schema.pattern ? { pattern: [schema.pattern, 'lower-case letters, digits and single hyphens, like "land-tenure"'] } : {}),
    };
  }
  throw new Error(`cms-config: field "${name}" has a shape the CMS cannot edit (${JSON.stringify(schema)}); map it in src/admin/config.ts`);
}

function listField(base: CmsField, schema: JsonSchema, settings: CmsSettings): CmsField {
  const items = schema.items as JsonSchema;
  const min = schema.minItems ? { min: schema.minItems } : {};
  if (items['x-reference']) return { ...referenceField(base, items['x-reference'], settings, true), ...min };
  if (items['x-source']) return { ...sourceField(base, true), ...min };
  if (items.enum) return { ...base, widget: 'select', multiple: true, options: options(items.enum), ...min };
  if (items.type === 'integer' && items.minimum !== undefined && items.maximum !== undefined && items.maximum - items.minimum < 50) {
    const values = Array.from({ length: items.maximum - items.minimum + 1 }, (_, index) => (items.minimum as number) + index);
    return { ...base, widget: 'select', multiple: true, options: options(values), ...min };
  }
  if (items.type === 'object' && items.properties) {
    const fields = fieldsOf(items, settings);
    const summary = ['label', 'text', 'title', 'id'].find((key) => key in (items.properties ?? {}));
    // A required list starts with one item (Decap creates it), shown open.
    return { ...base, widget: 'list', collapsed: !base.required, ...(summary ? { summary: `{{fields.${summary}}}` } : {}), ...min, fields };
  }
  return { ...base, widget: 'list', ...min, field: fieldOf('item', items, true, settings) };
}

/** The Decap fields of an object schema, in the schema's order. */
export function fieldsOf(schema: JsonSchema, settings: CmsSettings): CmsField[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, property]) => fieldOf(name, property, required.has(name), settings));
}

function bodyField(): CmsField {
  return {
    name: 'body',
    label: 'Text',
    widget: 'markdown',
    required: true,
    buttons: MARKDOWN_BUTTONS,
    editor_components: EDITOR_COMPONENTS,
    modes: ['rich_text', 'raw'],
    sanitize_preview: true,
  };
}

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

const SINGULAR: Record<string, string> = { solutions: 'Solution', caseStudies: 'Case study', events: 'Event' };

/** The page of an entry, for Decap's "View Live" (`preview_path`, after `site_url`): `{{dirname}}` is the entry's folder. */
const PAGE_OF: Record<string, (lang: Locale, slug: string) => string> = {
  solutions: paths.solution,
  caseStudies: paths.caseStudy,
  events: paths.event,
};

function previewPath(collection: MdxCollection, lang: Locale): { preview_path?: string } {
  const page = PAGE_OF[collection.name];
  return page ? { preview_path: page(lang, '{{dirname}}').replace(/^\//, '') } : {};
}

/**
 * How a translation collection is named in its own language, so that a translator finds it in the
 * list of collections by its French name ("Études de cas en français"), and how one entry of it is
 * named ("New traduction d’une étude de cas"). Labels of the collections, from the site's own.
 */
const TRANSLATED_NAMES: Record<string, Record<string, { plural: string; singular: string }>> = {
  fr: {
    solutions: { plural: `${fr['nav.solutions']} en français`, singular: 'traduction d’une solution' },
    caseStudies: { plural: `${fr['nav.caseStudies']} en français`, singular: 'traduction d’une étude de cas' },
    events: { plural: `${fr['nav.events']} en français`, singular: 'traduction d’un événement' },
  },
};

function canonicalCollection(collection: MdxCollection, settings: CmsSettings) {
  const folder = `${CONTENT_DIR}/${collection.dir}`;
  return {
    name: collection.name,
    label: `${SINGULAR[collection.name] ? en[`nav.${collection.name}` as keyof typeof en] : labelOf(collection.name)} (English)`,
    label_singular: SINGULAR[collection.name] ?? labelOf(collection.name),
    description: `English entries with every fact: ${folder}/<folder name>/${CANONICAL_FILE}.`,
    folder,
    path: `{{slug}}/${CANONICAL_FILE.replace(/\.mdx$/, '')}`,
    extension: 'mdx',
    format: 'frontmatter',
    create: true,
    delete: false,
    // A translation always has `labels`, a canonical entry never: only canonical files are listed.
    filter: { field: 'labels' },
    identifier_field: 'title',
    summary: '{{title}}',
    ...previewPath(collection, DEFAULT_LOCALE),
    meta: {
      path: {
        label: 'Folder name (the address of the page)',
        widget: 'string',
        index_file: CANONICAL_FILE.replace(/\.mdx$/, ''),
        hint: 'Lower-case letters, digits and hyphens, e.g. "land-tenure-regularization". It cannot change once published.',
      },
    },
    fields: [...fieldsOf(jsonSchema(collection.schema), settings), bodyField()],
  };
}

/** The CMS collection of a collection's translations into `lang` (`solutionTranslations` while there is one language to translate into). */
export function translationCollectionName(collection: MdxCollection, lang: string): string {
  return TRANSLATION_LOCALES.length === 1 ? collection.translations : `${collection.translations}_${lang}`;
}

function translationCollection(collection: MdxCollection, settings: CmsSettings, lang: string) {
  const folder = `${CONTENT_DIR}/${collection.dir}`;
  const fields = fieldsOf(jsonSchema(collection.translationSchema), settings).map((field): CmsField => {
    if (field.name === 'labels') {
      return {
        ...field,
        widget: 'translation-labels',
        canonical: collection.name,
        relabels: collection.relabels.map((name) => ({ field: name, text: ITEM_TEXT[name] ?? 'text' })),
        hint: 'The text of each figure, milestone, stage, outcome and disagreement (its question, each side, and its note as <id>-note) of the English entry, by its id. Leave one empty to show the English.',
      };
    }
    if ((field.widget === 'string' || field.widget === 'text') && !field['pattern']) {
      return {
        ...field,
        widget: `translated-${field.widget}`,
        canonical: collection.name,
        english: ENGLISH_FIELD[field.name] ?? field.name,
      };
    }
    return field;
  });
  const language = LANGUAGE_NAMES.of(lang) ?? lang;
  const own = TRANSLATED_NAMES[lang]?.[collection.name];
  return {
    name: translationCollectionName(collection, lang),
    label: own ? `${own.plural} (${language})` : `${labelOf(collection.name)}: ${language}`,
    label_singular: own?.singular ?? `${SINGULAR[collection.name] ?? labelOf(collection.name)} in ${language}`,
    description: `${language} text of an English entry, beside it: ${folder}/<folder name>/${lang}.mdx. Facts (dates, figures, sources) stay in the English entry.`,
    folder,
    path: `{{slug}}/${lang}`,
    extension: 'mdx',
    format: 'frontmatter',
    create: true,
    delete: false,
    // A canonical entry always has `sources`, a translation never: only translations are listed.
    filter: { field: 'sources' },
    identifier_field: 'title',
    summary: '{{title}} ({{dirname}})',
    ...previewPath(collection, lang as Locale),
    meta: {
      path: {
        label: 'Folder name of the English entry',
        widget: 'string',
        index_file: lang,
        hint: 'The folder of the entry you translate, e.g. "umucyo": its English text is then shown beside each field.',
      },
    },
    fields: [...fields, { ...bodyField(), widget: 'translated-markdown', canonical: collection.name, english: 'body' }],
  };
}

/** What each data collection holds, for the CMS's list of collections; its name is the content model's (`words`). */
const DATA_ABOUT: Record<DataCollection['name'], { summary: string; about: string }> = {
  countries: {
    summary: '{{id}}',
    about:
      'Each country that studied or adopted a solution, one file each, named by its ISO code. Add the country here before its first case study. Its name comes from its code; blocs and languages only as a cited page lists them.',
  },
  institutions: {
    summary: '{{name.en}}',
    about: 'Rwandan institutions, partners and foreign counterparts that solutions and case studies name, one file each.',
  },
  glossary: {
    summary: '{{term}}',
    about: 'Kinyarwanda terms with their meaning in each language, one file each. A literal meaning only where a cited source gives one.',
  },
};

/** The hint of a data entry's id: its file's name, fixed once published. */
const DATA_ID_HINT: Record<DataCollection['name'], string> = {
  countries: 'Pick the country by its name. It becomes the file name (its ISO code) and cannot change once published.',
  institutions:
    'A short name in lower-case letters, digits and hyphens, e.g. "rppa". It becomes the file name and cannot change once published.',
  glossary:
    'The term in lower-case letters, digits and hyphens, e.g. "umuganda". It becomes the file name and cannot change once published.',
};

/** Hints of the data entries' fields whose schema says nothing of them. */
const DATA_FIELD_HINT: Record<string, string> = {
  sources: 'Every page the facts of this entry come from: its title, publisher, address and the day you read it.',
  figures: 'Key figures about it, each value with its date and the source it comes from (add the source under Sources first).',
};

/** A data collection: one YAML file per entry, `<dir>/<id>.yaml`, named after the entry's id. */
function dataCollection(collection: DataCollection, settings: CmsSettings) {
  const folder = `${CONTENT_DIR}/${collection.dir}`;
  const words = { ...collection.words, ...DATA_ABOUT[collection.name] };
  const fields = fieldsOf(jsonSchema(collection.schema), settings).map((field): CmsField => {
    if (field.name === 'id')
      return { ...field, label: collection.name === 'countries' ? 'Country' : 'Id', hint: DATA_ID_HINT[collection.name] };
    const hint = field.hint ?? DATA_FIELD_HINT[field.name];
    return hint ? { ...field, hint } : field;
  });
  return {
    name: collection.name,
    label: words.plural,
    label_singular: words.singular,
    description: `${words.about} Files: ${folder}/<id>${DATA_EXTENSION}.`,
    folder,
    extension: DATA_EXTENSION.slice(1),
    format: 'yaml',
    create: true,
    delete: false,
    // The file is named after the id (slugified, which leaves a valid id as it is).
    identifier_field: 'id',
    slug: '{{slug}}',
    summary: words.summary,
    ...(collection.name === 'countries' ? { preview_path: paths.country(DEFAULT_LOCALE, '{{slug}}').replace(/^\//, '') } : {}),
    fields,
  };
}

/** The collections whose drafts `npm run cms` names by folder alone (src/admin/branch-names.ts). */
export const CMS_SLUG_NAMING = {
  collections: MDX_COLLECTIONS.map((collection) => collection.name),
  indexFile: CANONICAL_FILE.replace(/\.mdx$/, ''),
} as const;

/** The whole Decap configuration, as an object. */
export function cmsConfig(
  settings: CmsSettings,
  collections: readonly MdxCollection[] = MDX_COLLECTIONS,
  dataCollections: readonly DataCollection[] = DATA_COLLECTIONS,
) {
  return {
    backend: {
      name: 'github',
      repo: settings.repo,
      branch: settings.branch,
      // Each draft is a branch and a pull request labelled decap-cms/draft, /pending_review, /pending_publish.
      cms_label_prefix: 'decap-cms/',
      // Editors without write access work on a fork of their own, through pull requests (README
      // "The CMS on the deployed site"): no one needs write access to edit content.
      open_authoring: true,
      ...(settings.authUrl
        ? { base_url: new URL(settings.authUrl).origin, auth_endpoint: new URL(settings.authUrl).pathname.replace(/^\//, '') || 'auth' }
        : {}),
      squash_merges: true,
      commit_messages: {
        create: 'content: create {{collection}} "{{slug}}" (CMS)',
        update: 'content: update {{collection}} "{{slug}}" (CMS)',
        delete: 'content: delete {{collection}} "{{slug}}" (CMS)',
        uploadMedia: 'content: upload "{{path}}" (CMS)',
        deleteMedia: 'content: delete "{{path}}" (CMS)',
        openAuthoring: '{{message}}',
      },
    },
    // Only `npm run cms` names a local backend (its guarded decap-server, token in the address);
    // the deployed CMS never tries one.
    ...(settings.localBackendUrl ? { local_backend: { url: settings.localBackendUrl } } : {}),
    publish_mode: 'editorial_workflow',
    site_url: settings.siteUrl,
    display_url: settings.siteUrl,
    // Entries hold no images (src/body/mdx-body.ts); Decap requires a media folder all the same. It
    // is outside public/, so nothing uploaded is ever served, and the content check accepts only
    // PNG, JPEG and WebP files in it (src/checks/media-files.ts).
    media_folder: MEDIA_FOLDER,
    public_folder: '/media',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [
      ...collections.flatMap((collection) => [
        canonicalCollection(collection, settings),
        ...TRANSLATION_LOCALES.map((lang) => translationCollection(collection, settings, lang)),
      ]),
      ...dataCollections.map((collection) => dataCollection(collection, settings)),
    ],
  };
}

export type CmsConfig = ReturnType<typeof cmsConfig>;

/** The configuration as YAML, as Decap reads it. */
export function cmsConfigYaml(settings: CmsSettings, collections?: readonly MdxCollection[]): string {
  return `# Generated by src/admin/config.ts from src/schemas/: do not edit.\n${stringify(cmsConfig(settings, collections), { lineWidth: 0, aliasDuplicateObjects: false })}`;
}
