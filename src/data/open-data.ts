/** The open-data files: every collection in both languages, validated against its published schema. */
import type { z } from 'astro/zod';
import type { Locale } from '#src/config/locales.ts';
import { DATA_FILES, FORMAT_VERSION, OPEN_DATA_LOCALES, type DataFileName, type SchemaFileName } from '#src/schemas/open-data.ts';
import type { Source } from '#src/schemas/source.ts';
import { furthestStage, lastReported } from '#src/lib/stages.ts';
import type { Disagreement } from '#src/schemas/claims.ts';
import { NOTE_LABEL_SUFFIX } from '#src/schemas/content-model.ts';
import { files, paths } from '#src/lib/routes.ts';
import { getCollections } from './catalogue.ts';
import { countryName } from './countries.ts';
import { publicUrl } from './public-url.ts';
import { translationsIn } from './translations.ts';

export const DATA_LICENCE = 'CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)';

/** Date of generation, to the day; `SOURCE_DATE_EPOCH` (seconds) makes rebuilds identical. */
export function generatedDate(): string {
  const epoch = process.env['SOURCE_DATE_EPOCH'];
  return (epoch ? new Date(Number(epoch) * 1000) : new Date()).toISOString().slice(0, 10);
}

// Absolute on a site built with its public address; a path from the site's root otherwise (`npm
// start`), rather than an address on the placeholder host that reaches no one.
const absolute = publicUrl;
const sourceOut = (s: Source) => ({ ...s, archived: s.archived ?? null, published: s.published ?? null });
const { canonical: EN, translated: FR } = OPEN_DATA_LOCALES;
/** The format's pair: English text, and French where translated. */
const both = (en: string, fr: string | undefined) => ({ en, fr: fr ?? null });

interface Text {
  title: string;
  summary: string;
}

/**
 * What every solution and case-study record starts with: slug, URLs, title and summary in both
 * languages; and `label`, which pairs an item's English text with its French relabel.
 */
function recordHead(
  id: string,
  data: Text,
  t: (Text & { labels: Record<string, string> }) | undefined,
  path: (lang: Locale, slug: string) => string,
) {
  return {
    head: {
      slug: id,
      url: { en: absolute(path(EN, id)), fr: absolute(path(FR, id)) },
      title: both(data.title, t?.title),
      summary: both(data.summary, t?.summary),
    },
    label: (key: string, en: string) => both(en, t && Object.hasOwn(t.labels, key) ? t.labels[key] : undefined),
  };
}

/** An entry's disagreements in the format: each text paired with its French relabel (`<id>-note` for the note). */
function disagreementsOut(items: readonly Disagreement[], label: (key: string, en: string) => { en: string; fr: string | null }) {
  return items.map((item) => ({
    id: item.id,
    text: label(item.id, item.text),
    sides: item.sides.map((side) => ({ id: side.id, text: label(side.id, side.text), source: side.source, also: side.also ?? [] })),
    note: item.note === undefined ? null : label(`${item.id}${NOTE_LABEL_SUFFIX}`, item.note),
    figure: item.figure ?? null,
  }));
}

async function solutions() {
  const { solutions: entries, solutionTranslations } = await getCollections();
  const fr = translationsIn(solutionTranslations, FR);
  return [...entries]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map(({ id, data }) => {
      const t = fr.get(id)?.data;
      const { head, label } = recordHead(id, data, t, paths.solution);
      return {
        ...head,
        kinyarwanda: data.kinyarwanda
          ? {
              name: data.kinyarwanda.name,
              meaning: data.kinyarwanda.meaning ? both(data.kinyarwanda.meaning, t?.kinyarwandaMeaning) : null,
            }
          : null,
        sectors: data.sectors,
        sdgs: data.sdgs,
        leadInstitution: data.leadInstitution?.id ?? null,
        start: data.start ?? null,
        status: data.status,
        end: data.end ?? null,
        figures: data.figures.map((f) => ({ ...f, label: label(f.id, f.label) })),
        timeline: data.timeline.map((item) => ({ ...item, text: label(item.id, item.text) })),
        disagreements: disagreementsOut(data.disagreements, label),
        related: data.related.map((ref) => ref.id),
        sources: data.sources.map(sourceOut),
        lastReviewed: data.lastReviewed,
        checked: data.checked ?? null,
      };
    });
}

async function caseStudies() {
  const { caseStudies: entries, caseStudyTranslations } = await getCollections();
  const fr = translationsIn(caseStudyTranslations, FR);
  return [...entries]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map(({ id, data }) => {
      const t = fr.get(id)?.data;
      const { head, label } = recordHead(id, data, t, paths.caseStudy);
      return {
        ...head,
        country: data.country.id,
        solutions: data.solutions.map((ref) => ref.id),
        counterpart: data.counterpart?.id ?? null,
        partners: data.partners.map((ref) => ref.id),
        stages: data.stages.map((s) => ({
          ...s,
          also: s.also ?? [],
          uncorroborated: s.uncorroborated ?? null,
          lastReported: lastReported(s, data.sources) ?? null,
          text: label(s.id, s.text),
          localName: s.localName ?? null,
        })),
        furthestStage: furthestStage(data.stages) ?? null,
        timeline: data.timeline.map((item) => ({ ...item, text: label(item.id, item.text) })),
        adaptation: data.adaptation ? both(data.adaptation, t?.adaptation) : null,
        outcomes: data.outcomes.map((o) => ({ ...o, text: label(o.id, o.text) })),
        disagreements: disagreementsOut(data.disagreements, label),
        sources: data.sources.map(sourceOut),
        lastReviewed: data.lastReviewed,
        checked: data.checked ?? null,
      };
    });
}

async function countries() {
  return (await getCollections()).countries
    .map(({ data }) => ({
      code: data.id,
      name: { en: countryName(data.id, EN), fr: countryName(data.id, FR) },
      region: data.region,
      blocs: data.blocs,
      languages: data.languages,
      note: data.note ?? null,
      sources: data.sources.map(sourceOut),
    }))
    .sort((a, b) => a.code.localeCompare(b.code));
}

async function institutions() {
  return (await getCollections()).institutions
    .map(({ data }) => ({
      id: data.id,
      name: data.name,
      short: data.short ?? null,
      kind: data.kind,
      country: data.country ?? null,
      url: data.url,
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

async function glossary() {
  return (await getCollections()).glossary
    .map(({ data }) => ({
      ...data,
      literal: data.literal ?? null,
      solutions: data.solutions.map((ref) => ref.id),
      sources: data.sources.map(sourceOut),
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

const BUILDERS: Record<DataFileName, () => Promise<unknown[]>> = {
  solutions,
  'case-studies': caseStudies,
  countries,
  institutions,
  glossary,
};

export const schemaPath = (name: SchemaFileName) => files.data(`schema/${name}.schema.json`);

/** A data file, validated against the schema it declares; a mismatch fails the build. */
export async function dataFile(name: DataFileName): Promise<z.output<(typeof DATA_FILES)[DataFileName]>> {
  const file = {
    formatVersion: FORMAT_VERSION,
    generated: generatedDate(),
    schema: absolute(schemaPath(name)),
    licence: DATA_LICENCE,
    items: await BUILDERS[name](),
  };
  return DATA_FILES[name].parse(file);
}

export { solutions as solutionRecords, caseStudies as caseStudyRecords, countries as countryRecords };
