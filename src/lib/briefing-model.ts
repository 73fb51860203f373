/**
 * The briefing models: what the build writes as JSON for each solution's one-pager, each case
 * study and each country (`/{lang}/briefings/solutions/{slug}.json`,
 * `/{lang}/briefings/case-studies/{slug}.json`, `/{lang}/briefings/{code}.json`), and what the
 * server and the browser combine into one briefing with one numbered list of sources. The
 * printed page (src/lib/briefing-render.ts) and the Word file (src/lib/briefing-docx.ts) are both
 * made from a combined `BriefingDoc`, so they cannot disagree.
 *
 * Every text is already in the reader's language (a model file is per language); dates are
 * `YYYY`, `YYYY-MM` or `YYYY-MM-DD` and formatted where they are shown.
 */
import type { Locale } from '#src/config/locales.ts';
import type { Stage } from '#src/schemas/case-study.ts';
import type { AsOfQualifier, FigureUnit } from '#src/schemas/claims.ts';
import type { Source } from '#src/schemas/source.ts';
import { mergeSources } from './merge-sources.ts';
import type { WhatItTookModel } from './what-it-took.ts';

export type { WhatItTookModel };

/** Raised when a model file no longer matches this code: the browser then asks for a reload. */
export const MODEL_VERSION = 2;

export interface Labelled<T extends string = string> {
  id: T;
  label: string;
}

/** A fact with its date and the id of the source that gives it. */
export interface DatedFact {
  date: string;
  source: string;
}

/** "Sources differ": what is disputed and each side with its sources. */
export interface DisagreementModel {
  id: string;
  text: string;
  sides: { id: string; text: string; sources: string[] }[];
}

export interface FigureModel {
  id: string;
  label: string;
  unit: FigureUnit;
  /**
   * Every value, oldest first; `qualifier` is the word printed before it ("about"), or '';
   * `asOfQualifier` is `end-of-year` when the source gives the value at the end of that year.
   */
  values: { value: number; qualifier: string; asOf: string; asOfQualifier?: AsOfQualifier; source: string }[];
  /** Where the sources differ about this figure. */
  disagreements: DisagreementModel[];
}

/** A solution as its one-pager shows it. */
export interface SolutionModel {
  kind: 'solution';
  version: typeof MODEL_VERSION;
  lang: Locale;
  /** The language the text is in (English when the entry has no translation yet). */
  textLocale: Locale;
  slug: string;
  title: string;
  summary: string;
  /** The solution's page on this site (a path from the site's root). */
  url: string;
  kinyarwanda?: { name: string; meaning: string } | undefined;
  sectors: Labelled[];
  status: Labelled;
  lead?: { name: string; url: string } | undefined;
  start?: DatedFact | undefined;
  end?: DatedFact | undefined;
  sdgs: number[];
  /** The first sentences under "The problem it solved" and "How it works". */
  problem?: string | undefined;
  how?: string | undefined;
  /** Every key figure of the entry; a one-pager shows the first few (`pagerFigures`). */
  figures: FigureModel[];
  /** What it took (laws, institutions, prerequisites, costs, durations), where sources give it. */
  whatItTook?: WhatItTookModel | undefined;
  sources: Source[];
}

/** One block of a case study's story, from its body: plain text, no markup. */
export type StoryBlock =
  | { kind: 'heading'; depth: 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  /** A highlighted note of the body ("What is not known", "Adoption or inspiration?"). */
  | { kind: 'note'; tone: 'note' | 'caution' | 'disputed'; title: string; paragraphs: string[] };

export interface StageModel {
  id: string;
  stage: Stage;
  label: string;
  date: string;
  /** The name the country gave its version (Guinea's TELEMO). */
  localName?: string | undefined;
  text: string;
  /** The stage's source first, then the others (`also`). */
  sources: string[];
  /** Date of the latest source that reports the stage, where later than the stage. */
  lastReported?: string | undefined;
}

/**
 * The parts of the models made from an entry's items, the same from a parsed entry
 * (src/data/briefings.ts) and from an editor's draft (src/admin/preview-model.ts).
 */

/** A disagreement: each side's own source first, then the others (`also`). */
export function disagreementModel(item: {
  id: string;
  text: string;
  sides: ReadonlyArray<{ id: string; text: string; source: string; also?: readonly string[] | undefined }>;
}): DisagreementModel {
  return {
    id: item.id,
    text: item.text,
    // A draft's citation may not be picked yet (src/admin/preview-model.ts): no empty id is kept.
    sides: item.sides.map((side) => ({ id: side.id, text: side.text, sources: [side.source, ...(side.also ?? [])].filter(Boolean) })),
  };
}

/** A key figure: each value's qualifier as the word printed before it (`word`; '' for `exact`), and the disagreements about it. */
export function figureModel(
  figure: {
    id: string;
    label: string;
    unit: FigureUnit;
    values: ReadonlyArray<{ value: number; qualifier: string; asOf: string; asOfQualifier?: AsOfQualifier | undefined; source: string }>;
  },
  disagreements: readonly DisagreementModel[],
  word: (qualifier: string) => string,
): FigureModel {
  return {
    id: figure.id,
    label: figure.label,
    unit: figure.unit,
    values: figure.values.map((v) => ({
      value: v.value,
      qualifier: v.qualifier === 'exact' ? '' : word(v.qualifier),
      asOf: v.asOf,
      ...(v.asOfQualifier ? { asOfQualifier: v.asOfQualifier } : {}),
      source: v.source,
    })),
    disagreements: [...disagreements],
  };
}

/** A stage, labelled in the model's language: its own source first, then the others (`also`). */
export function stageModel(
  stage: {
    id: string;
    stage: Stage;
    date: string;
    localName?: string | undefined;
    text: string;
    source: string;
    also?: readonly string[] | undefined;
    lastReported?: string | undefined;
  },
  label: string,
): StageModel {
  return {
    id: stage.id,
    stage: stage.stage,
    label,
    date: stage.date,
    localName: stage.localName,
    text: stage.text,
    sources: [stage.source, ...(stage.also ?? [])].filter(Boolean),
    lastReported: stage.lastReported,
  };
}

/** A country's adoption record, as its one-page print and briefings show it. */
export interface CaseStudyModel {
  kind: 'case-study';
  version: typeof MODEL_VERSION;
  lang: Locale;
  textLocale: Locale;
  slug: string;
  title: string;
  summary: string;
  url: string;
  /** Its one-page print view. */
  printUrl: string;
  country: { code: string; name: string };
  solutions: { slug: string; title: string }[];
  counterpart?: string | undefined;
  partners: string[];
  furthest?: Labelled<Stage> | undefined;
  stages: StageModel[];
  timeline: { id: string; date: string; text: string; source: string }[];
  adaptation?: string | undefined;
  story: StoryBlock[];
  outcomes: { id: string; text: string; source: string }[];
  disagreements: DisagreementModel[];
  sources: Source[];
}

/** What a country's briefing adds to its case studies and solutions. */
export interface CountryModel {
  kind: 'country';
  version: typeof MODEL_VERSION;
  lang: Locale;
  code: string;
  name: string;
  /** The formal name ("Republic of The Gambia"); the same as `name` where there is none. */
  officialName: string;
  /** Its case studies (slugs), in the order briefings show them. */
  caseStudies: string[];
  /** The solutions its case studies name (slugs), in the order its briefing shows them. */
  solutions: string[];
  /** Solutions it could consider next, each with why, in sentences. */
  suggestions: { slug: string; title: string; url: string; reasons: string[] }[];
  /** Kinyarwanda terms of its solutions. */
  terms: { term: string; literal?: string | undefined; explanation: string }[];
}

/** A briefing put together from models: what both the page and the Word file are made from. */
export interface BriefingDoc {
  lang: Locale;
  country?: CountryModel | undefined;
  caseStudies: CaseStudyModel[];
  solutions: SolutionModel[];
  /** Every source of the briefing, once, numbered in this order (1-based). */
  sources: Source[];
  /** When it was made (`YYYY-MM-DD`) and the address it was made from. */
  date: string;
  url: string;
}

/** A one-pager shows at most this many key figures, so that it fits on one A4 page. */
export const ONE_PAGER_FIGURES = 4;

/** The figures a one-pager shows: the first few, each at its two most recent dates. */
export function pagerFigures(model: SolutionModel): FigureModel[] {
  return model.figures.slice(0, ONE_PAGER_FIGURES).map((figure) => {
    const dates = [...new Set(figure.values.map((v) => v.asOf))].sort().slice(-2);
    return { ...figure, values: figure.values.filter((v) => dates.includes(v.asOf)) };
  });
}

/**
 * One briefing from models: the country's case studies first, then the solutions in the order
 * chosen; their sources merged into one list (one source per URL, in first-seen order).
 */
export function combineBriefing(parts: {
  lang: Locale;
  country?: CountryModel | undefined;
  caseStudies: readonly CaseStudyModel[];
  solutions: readonly SolutionModel[];
  date: string;
  url: string;
}): BriefingDoc {
  const caseStudies = [...parts.caseStudies];
  const solutions = [...parts.solutions];
  const sources = mergeSources([...caseStudies.map((c) => c.sources), ...solutions.map((s) => s.sources)]);
  return { lang: parts.lang, country: parts.country, caseStudies, solutions, sources, date: parts.date, url: parts.url };
}

/** The number of each source of an entry in a list of sources (matched by URL), by the entry's source id. */
export function citationNumbers(entrySources: readonly Source[], numbered: readonly Source[]): (id: string) => number | undefined {
  const byUrl = new Map(numbered.map((s, i) => [s.url, i + 1]));
  const byId = new Map(entrySources.map((s) => [s.id, byUrl.get(s.url)]));
  return (id) => byId.get(id);
}

/** A row of the table "What {country} studied or adopted": every stage of every case study, by date. */
export interface LifecycleRow {
  caseStudy: CaseStudyModel;
  stage: StageModel;
}

export function lifecycleRows(caseStudies: readonly CaseStudyModel[]): LifecycleRow[] {
  return caseStudies
    .flatMap((caseStudy) => caseStudy.stages.map((stage) => ({ caseStudy, stage })))
    .sort((a, b) => a.stage.date.localeCompare(b.stage.date));
}

/** The country's suggested next solutions that the briefing does not already hold. */
export function nextSuggestions(doc: Pick<BriefingDoc, 'country' | 'solutions'>): CountryModel['suggestions'] {
  const held = new Set(doc.solutions.map((s) => s.slug));
  return (doc.country?.suggestions ?? []).filter((s) => !held.has(s.slug));
}

/** The names a country gave its versions of the solutions (TELEMO), once each. */
export function localNames(caseStudy: CaseStudyModel): string[] {
  return [...new Set(caseStudy.stages.flatMap((s) => (s.localName ? [s.localName] : [])))];
}
