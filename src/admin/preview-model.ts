/**
 * The CMS preview's briefing models (src/lib/briefing-model.ts) from a draft as the editor holds
 * it: the frontmatter as Decap has it (plain values, references as ids), possibly half filled.
 * The preview then renders them with the site's own renderer (src/lib/briefing-render.ts), so
 * that the preview is the one-pager and the case study's print view as the site prints them.
 * Nothing here throws on a missing or mistyped field: an editor previews an entry while writing it.
 */
import type { Locale } from '#src/config/locales.ts';
import type { UiKey } from '#src/i18n/en.ts';
import { SECTOR_LABELS, UNIT_LABELS, labelOf } from '#src/i18n/labels.ts';
import {
  disagreementModel,
  figureModel,
  MODEL_VERSION,
  stageModel,
  type CaseStudyModel,
  type DisagreementModel,
  type FigureModel,
  type SolutionModel,
} from '#src/lib/briefing-model.ts';
import { listAt, relabelEntry, withListAt } from '#src/lib/localize.ts';
import { tookModel, type TookBlock, type WhatItTookModel } from '#src/lib/what-it-took.ts';
import type { CostCurrency } from '#src/schemas/what-it-took.ts';
import { furthestStage } from '#src/lib/stages.ts';
import { STAGES, type Stage } from '#src/schemas/stages.ts';
import { CONTENT_MODEL } from '#src/schemas/content-model.ts';
import type { AsOfQualifier, FigureUnit } from '#src/schemas/claims.ts';
import type { Source } from '#src/schemas/source.ts';

type Data = Record<string, unknown>;

/** Names of the entries a draft refers to, by id (from the CMS's selects). */
export interface PreviewLookups {
  countries: ReadonlyMap<string, string>;
  institutions: ReadonlyMap<string, string>;
  solutions: ReadonlyMap<string, string>;
}

export interface PreviewContext {
  lang: Locale;
  t: (key: UiKey) => string;
  /** The entry's folder (Decap's meta path), or '' while the editor has not typed it. */
  slug: string;
  lookups: PreviewLookups;
  /** The site's base path (`/`, `/homegrown/`); routes.ts reads it from Vite, which the admin bundle is not built by. */
  base?: string;
}

const page = (context: PreviewContext, path: string) => `${context.base ?? '/'}${context.lang}/${path}/`;

const record = (value: unknown): Data => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Data) : {});
const list = (value: unknown): Data[] => (Array.isArray(value) ? value.map(record) : []);
const str = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(str).filter(Boolean) : []);
const optional = (value: unknown): string | undefined => str(value) || undefined;

/** The objects of a list being edited (and of their sides), without the empty items a half-filled form holds. */
const cleanItems = (items: readonly unknown[]): Data[] =>
  list(items).map((item) => (Array.isArray(item['sides']) ? { ...item, sides: list(item['sides']) } : item));

/** A reference as Decap stores it (`gn`), or as a parsed entry holds it (`{ id: 'gn' }`). */
const refId = (value: unknown): string => str(value) || str(record(value)['id']);

/** Names from the options of a CMS select: `Guinea (gn)` is named `Guinea`. */
export function optionNames(options: ReadonlyArray<{ value?: unknown; label?: unknown }>): Map<string, string> {
  return new Map(options.map((option) => [str(option.value), str(option.label).replace(/\s*\([^()]*\)$/, '') || str(option.value)]));
}

function sources(value: unknown): Source[] {
  return list(value)
    .filter((source) => str(source['id']) || str(source['title']) || str(source['url']))
    .map(
      (source) =>
        ({
          id: str(source['id']),
          kind: str(source['kind']),
          title: str(source['title']),
          publisher: str(source['publisher']),
          url: str(source['url']),
          published: optional(source['published']),
          accessed: str(source['accessed']),
          language: str(source['language']) || 'en',
        }) as Source,
    );
}

/** The draft's disagreements, each with the figure it is about ('' for none). */
function disagreements(value: unknown): (DisagreementModel & { figure: string })[] {
  return list(value).map((item) => ({
    figure: str(item['figure']),
    ...disagreementModel({
      id: str(item['id']),
      text: str(item['text']),
      sides: list(item['sides']).map((side) => ({
        id: str(side['id']),
        text: str(side['text']),
        source: str(side['source']),
        also: strings(side['also']),
      })),
    }),
  }));
}

function dated(value: unknown): { date: string; source: string } | undefined {
  const fact = record(value);
  return str(fact['date']) ? { date: str(fact['date']), source: str(fact['source']) } : undefined;
}

const isNumber = (value: unknown): boolean => typeof value === 'number' || (str(value).trim() !== '' && Number.isFinite(Number(value)));

/**
 * A draft's `whatItTook` as the site's model of it (src/lib/what-it-took.ts), items without their
 * text (or a cost without its amount or currency) left out; no adopters, which come from other entries.
 */
function whatItTook(value: unknown, lead: string, context: PreviewContext): WhatItTookModel | undefined {
  if (value === undefined || value === null) return undefined;
  const data = record(value);
  const cited = (item: Data) => ({ id: str(item['id']), source: str(item['source']) });
  const block: TookBlock = {
    legalBasis: list(data['legalBasis'])
      .filter((item) => str(item['text']))
      .map((item) => ({ ...cited(item), text: str(item['text']), date: str(item['date']) })),
    runBy: list(data['runBy'])
      .filter((item) => refId(item['institution']))
      .map((item) => ({ institution: refId(item['institution']), source: str(item['source']) })),
    prerequisites: list(data['prerequisites'])
      .filter((item) => str(item['text']))
      .map((item) => ({ ...cited(item), text: str(item['text']) })),
    costs: list(data['costs'])
      // The CMS offers the currencies as a select, so a currency is one of them or not chosen yet.
      .filter((cost) => isNumber(cost['value']) && Object.hasOwn(UNIT_LABELS, str(cost['currency'])))
      .map((cost) => ({
        ...cited(cost),
        label: str(cost['label']),
        value: Number(cost['value']),
        qualifier: str(cost['qualifier']) || 'exact',
        currency: str(cost['currency']) as CostCurrency,
        paidBy: (Array.isArray(cost['paidBy']) ? cost['paidBy'] : []).map(refId).filter(Boolean),
        asOf: str(cost['asOf']),
      })),
    pilot: dated(data['pilot']),
    national: dated(data['national']),
  };
  const { institutions } = context.lookups;
  return tookModel(
    block,
    {
      lead,
      institution: (id) => ({ name: institutions.get(id) ?? id, url: '' }),
      qualifier: (qualifier) => context.t(`qualifier.${qualifier}` as UiKey) || '',
    },
    [],
  );
}

/** A solution's draft as its one-pager shows it. */
export function solutionPreviewModel(draft: unknown, context: PreviewContext): SolutionModel {
  const data = record(draft);
  const { lang, t, lookups } = context;
  const slug = context.slug || 'new-entry';
  const kinyarwanda = record(data['kinyarwanda']);
  const status = str(data['status']);
  const lead = refId(data['leadInstitution']);
  const disputes = disagreements(data['disagreements']);
  const figures: FigureModel[] = list(data['figures']).map((figure) =>
    figureModel(
      {
        id: str(figure['id']),
        label: str(figure['label']),
        unit: (str(figure['unit']) || 'count') as FigureUnit,
        values: list(figure['values'])
          .filter((v) => typeof v['value'] === 'number' || str(v['value']) !== '')
          .map((v) => ({
            value: Number(v['value']),
            qualifier: str(v['qualifier']) || 'exact',
            asOf: str(v['asOf']),
            asOfQualifier: optional(v['asOfQualifier']) as AsOfQualifier | undefined,
            source: str(v['source']),
          })),
      },
      disputes.filter((d) => d.figure !== '' && d.figure === str(figure['id'])).map(({ figure: _, ...d }) => d),
      (qualifier) => t(`qualifier.${qualifier}` as UiKey) || '',
    ),
  );
  return {
    kind: 'solution',
    version: MODEL_VERSION,
    lang,
    textLocale: lang,
    slug,
    title: str(data['title']),
    summary: str(data['summary']),
    url: page(context, `solutions/${slug}`),
    kinyarwanda: str(kinyarwanda['name'])
      ? { name: str(kinyarwanda['name']), meaning: str(data['kinyarwandaMeaning']) || str(kinyarwanda['meaning']) }
      : undefined,
    sectors: strings(data['sectors']).map((id) => ({ id, label: labelOf(SECTOR_LABELS, id as keyof typeof SECTOR_LABELS, lang) || id })),
    status: { id: status, label: status ? t(`status.${status}` as UiKey) || status : '' },
    lead: lead ? { name: lookups.institutions.get(lead) ?? lead, url: '' } : undefined,
    start: dated(data['start']),
    end: dated(data['end']),
    sdgs: (Array.isArray(data['sdgs']) ? data['sdgs'] : []).map(Number).filter((n) => Number.isInteger(n)),
    figures,
    whatItTook: whatItTook(data['whatItTook'], lead, context),
    sources: sources(data['sources']),
  };
}

/** A dated item of a timeline (a solution's milestones, a case study's other milestones), as the entry's page lists it. */
export interface TimelineItem {
  id: string;
  date: string;
  text: string;
  source: string;
  also: string[];
}

/** What a draft's page shows beyond its briefing model: its timeline, the related solutions by name, and every "Sources differ" (those about a figure are also under it). */
export interface PreviewExtras {
  timeline: TimelineItem[];
  related: string[];
  disagreements: DisagreementModel[];
}

export function previewExtras(draft: unknown, context: PreviewContext): PreviewExtras {
  const data = record(draft);
  return {
    timeline: list(data['timeline'])
      .filter((item) => str(item['date']) || str(item['text']))
      .map((item) => ({
        id: str(item['id']),
        date: str(item['date']),
        text: str(item['text']),
        source: str(item['source']),
        also: strings(item['also']),
      })),
    related: (Array.isArray(data['related']) ? data['related'] : [])
      .map(refId)
      .filter(Boolean)
      .map((id) => context.lookups.solutions.get(id) ?? id),
    disagreements: disagreements(data['disagreements']),
  };
}

const isStage = (value: string): value is Stage => (STAGES as readonly string[]).includes(value);

/** A case study's draft as its print view shows it (the story is the body, which the preview shows itself). */
export function caseStudyPreviewModel(draft: unknown, context: PreviewContext): CaseStudyModel {
  const data = record(draft);
  const { lang, t, lookups } = context;
  const slug = context.slug || 'new-entry';
  const country = refId(data['country']);
  const stages = list(data['stages']).flatMap((stage) => {
    const id = str(stage['stage']);
    if (!isStage(id)) return [];
    return [
      stageModel(
        {
          id: str(stage['id']),
          stage: id,
          date: str(stage['date']),
          localName: optional(stage['localName']),
          text: str(stage['text']),
          source: str(stage['source']),
          also: strings(stage['also']),
          lastReported: optional(stage['lastReported']),
        },
        t(`stage.${id}` as UiKey) || id,
      ),
    ];
  });
  const furthest = furthestStage(stages);
  const cited = (items: unknown) =>
    list(items).map((item) => ({ id: str(item['id']), text: str(item['text']), source: str(item['source']) }));
  return {
    kind: 'case-study',
    version: MODEL_VERSION,
    lang,
    textLocale: lang,
    slug,
    title: str(data['title']),
    summary: str(data['summary']),
    url: page(context, `case-studies/${slug}`),
    printUrl: page(context, `briefings/case-studies/${slug}`),
    country: { code: country, name: lookups.countries.get(country) ?? country },
    solutions: (Array.isArray(data['solutions']) ? data['solutions'] : [])
      .map(refId)
      .filter(Boolean)
      .map((id) => ({ slug: id, title: lookups.solutions.get(id) ?? id })),
    counterpart: refId(data['counterpart'])
      ? (lookups.institutions.get(refId(data['counterpart'])) ?? refId(data['counterpart']))
      : undefined,
    partners: (Array.isArray(data['partners']) ? data['partners'] : [])
      .map(refId)
      .filter(Boolean)
      .map((id) => lookups.institutions.get(id) ?? id),
    furthest: furthest ? { id: furthest, label: t(`stage.${furthest}`) } : undefined,
    stages,
    timeline: list(data['timeline']).map((item) => ({ ...cited([item])[0]!, date: str(item['date']) })),
    adaptation: optional(data['adaptation']),
    story: [],
    outcomes: cited(data['outcomes']),
    disagreements: disagreements(data['disagreements']),
    sources: sources(data['sources']),
  };
}

/**
 * A translation's draft over its English entry: the facts of the English entry, the translation's
 * title, summary, Kinyarwanda meaning and labels (src/lib/localize.ts, as the site merges them).
 */
export function translatedDraft(collection: 'solutions' | 'caseStudies', english: unknown, translation: unknown): Data {
  const canonical = record(english);
  const text = record(translation);
  const labels = Object.fromEntries(Object.entries(record(text['labels'])).filter(([, value]) => str(value) !== '')) as Record<
    string,
    string
  >;
  // Half-filled lists hold empty items: relabel only objects (and their sides); `a.b` is a list inside `a`.
  const cleaned = CONTENT_MODEL[collection].relabels.reduce<Data>((data, field) => {
    const items = listAt(data, field);
    return items ? withListAt(data, field, cleanItems(items)) : data;
  }, canonical);
  const relabelled = relabelEntry(collection, cleaned, labels);
  return {
    ...relabelled,
    title: str(text['title']) || str(canonical['title']),
    summary: str(text['summary']) || str(canonical['summary']),
    ...(str(text['kinyarwandaMeaning']) ? { kinyarwandaMeaning: str(text['kinyarwandaMeaning']) } : {}),
  };
}

/** Which lookup a reference field's options fill, by the field's name. */
const REFERENCE_FIELDS: Record<string, keyof PreviewLookups> = {
  country: 'countries',
  counterpart: 'institutions',
  partners: 'institutions',
  leadInstitution: 'institutions',
  solutions: 'solutions',
  related: 'solutions',
};

/** The names of countries, institutions and solutions, from the selects of the CMS configuration (`/admin/config.yml`, parsed). */
export function lookupsFromConfig(config: unknown): PreviewLookups {
  const found: Record<keyof PreviewLookups, Map<string, string>> = { countries: new Map(), institutions: new Map(), solutions: new Map() };
  const walk = (fields: unknown): void => {
    for (const field of list(fields)) {
      const target = REFERENCE_FIELDS[str(field['name'])];
      if (target && Array.isArray(field['options']))
        for (const [id, name] of optionNames(list(field['options']))) found[target].set(id, name);
      walk(field['fields']);
    }
  };
  for (const collection of list(record(config)['collections'])) walk(collection['fields']);
  return found;
}
