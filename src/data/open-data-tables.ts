/**
 * The CSV tables of the open data, row by row: names beside codes in both languages, every date in
 * full beside its precision. Columns are those of the data dictionary
 * (src/schemas/open-data-dictionary.ts); a row missing one is a type error.
 */
import { inLocale, type Locale } from '#src/config/locales.ts';
import { BLOC_LABELS, REGION_LABELS, SDG_LABELS, SECTOR_LABELS } from '#src/i18n/labels.ts';
import { typeset } from '#src/i18n/typography.ts';
import { useTranslations } from '#src/i18n/ui.ts';
import { takesBySolution } from '#src/lib/adoptions.ts';
import { dateCells } from '#src/lib/csv.ts';
import { adopterDurations, pilotToNational } from '#src/lib/durations.ts';
import { paths } from '#src/lib/routes.ts';
import { furthestStage } from '#src/lib/stages.ts';
import type { Stage } from '#src/schemas/case-study.ts';
import type { AsOfQualifier } from '#src/schemas/claims.ts';
import { OPEN_DATA_LOCALES } from '#src/schemas/open-data.ts';
import type { CsvColumn, CsvFileName } from '#src/schemas/open-data-dictionary.ts';
import { getCatalogue, getCollections } from './catalogue.ts';
import { caseStudyRecords, countryRecords, solutionRecords } from './open-data.ts';
import { publicUrl } from './public-url.ts';
import { translationsIn } from './translations.ts';

type Cell = string | number | null;
export type CsvRow<F extends CsvFileName> = Record<CsvColumn<F>, Cell>;

const { canonical: EN, translated: FR } = OPEN_DATA_LOCALES;
const LIST = '; ';
/** Stages that mean a country took a solution up; a study visit or an agreement does not. */
const ADOPTED: ReadonlySet<Stage> = new Set(['adopted', 'adapted', 'scaled']);
const label = (labels: Record<Locale, string>, lang: Locale) => typeset(inLocale(labels, lang), lang);
const stageName = (stage: Stage, lang: Locale) => useTranslations(lang)(`stage.${stage}`);

async function solutionsTable(): Promise<CsvRow<'solutions.csv'>[]> {
  const [records, studies, { institutions, solutions }] = await Promise.all([solutionRecords(), caseStudyRecords(), getCollections()]);
  const adopters = takesBySolution(studies);
  const blocks = new Map(solutions.map((entry) => [entry.id, entry.data.whatItTook]));
  return records.map((s) => {
    const lead = institutions.find((entry) => entry.data.id === s.leadInstitution)?.data;
    const takes = adopters.get(s.slug) ?? [];
    return {
      slug: s.slug,
      title_en: s.title.en,
      title_fr: s.title.fr,
      summary_en: s.summary.en,
      summary_fr: s.summary.fr,
      kinyarwanda_name: s.kinyarwanda?.name ?? null,
      meaning_en: s.kinyarwanda?.meaning?.en ?? null,
      meaning_fr: s.kinyarwanda?.meaning?.fr ?? null,
      sectors: s.sectors.join(LIST),
      sectors_en: s.sectors.map((sector) => label(SECTOR_LABELS[sector], EN)).join(LIST),
      sectors_fr: s.sectors.map((sector) => label(SECTOR_LABELS[sector], FR)).join(LIST),
      sdgs: s.sdgs.join(LIST),
      sdgs_en: s.sdgs.map((goal) => (SDG_LABELS[goal] ? label(SDG_LABELS[goal], EN) : '')).join(LIST),
      sdgs_fr: s.sdgs.map((goal) => (SDG_LABELS[goal] ? label(SDG_LABELS[goal], FR) : '')).join(LIST),
      status: s.status,
      lead_institution: s.leadInstitution,
      lead_institution_en: lead ? lead.name.en : null,
      lead_institution_fr: lead ? typeset(lead.name.fr, FR) : null,
      ...dateCells('start', s.start?.date),
      ...dateCells('end', s.end?.date),
      countries: takes.length,
      adopting_countries: takes.filter((take) => take.stage !== undefined && ADOPTED.has(take.stage)).length,
      figures: s.figures.length,
      ...spanCells(blocks.get(s.slug)),
      ...dateCells('last_reviewed', s.lastReviewed),
      ...dateCells('checked', s.checked),
      url_en: s.url.en,
      url_fr: s.url.fr,
    };
  });
}

async function caseStudiesTable(): Promise<CsvRow<'case-studies.csv'>[]> {
  const [records, solutions, countries] = await Promise.all([caseStudyRecords(), solutionRecords(), countryRecords()]);
  const titles = new Map(solutions.map((s) => [s.slug, s.title]));
  const names = new Map(countries.map((c) => [c.code, c.name]));
  return records.flatMap((c) =>
    c.stages.map((stage) => {
      const source = c.sources.find((s) => s.id === stage.source);
      const also = stage.also.flatMap((id) => c.sources.filter((s) => s.id === id));
      return {
        case_study: c.slug,
        country: c.country,
        country_en: names.get(c.country)?.en ?? null,
        country_fr: names.get(c.country)?.fr ?? null,
        solutions: c.solutions.join(LIST),
        solutions_en: c.solutions.map((slug) => titles.get(slug)?.en ?? slug).join(LIST),
        solutions_fr: c.solutions.map((slug) => titles.get(slug)?.fr ?? titles.get(slug)?.en ?? slug).join(LIST),
        stage_id: stage.id,
        stage: stage.stage,
        stage_en: stageName(stage.stage, EN),
        stage_fr: stageName(stage.stage, FR),
        ...dateCells('date', stage.date),
        local_name: stage.localName,
        text_en: stage.text.en,
        text_fr: stage.text.fr,
        source_title: source?.title ?? null,
        source_url: source?.url ?? null,
        source_kind: source?.kind ?? null,
        source_archived: source?.archived ?? null,
        also_source_urls: also.map((s) => s.url).join(LIST),
        also_source_kinds: also.map((s) => s.kind).join(LIST),
        ...dateCells('uncorroborated', stage.uncorroborated),
        ...dateCells('checked', c.checked),
        url_en: c.url.en,
        url_fr: c.url.fr,
      };
    }),
  );
}

async function countriesTable(): Promise<CsvRow<'countries.csv'>[]> {
  const [records, studies, en, fr] = await Promise.all([countryRecords(), caseStudyRecords(), getCatalogue(EN), getCatalogue(FR)]);
  return records.map((country) => {
    const own = studies.filter((study) => study.country === country.code);
    const solutions = [...new Set(own.flatMap((study) => study.solutions))].sort();
    const perSolution = solutions.flatMap((slug) => {
      const stage = furthestStage(own.filter((study) => study.solutions.includes(slug)).flatMap((study) => study.stages));
      return stage ? [`${slug}=${stage}`] : [];
    });
    const dates = own.flatMap((study) => study.stages.map((stage) => stage.date)).sort();
    return {
      country: country.code,
      country_en: country.name.en,
      country_fr: country.name.fr,
      region: country.region,
      region_en: label(REGION_LABELS[country.region], EN),
      region_fr: label(REGION_LABELS[country.region], FR),
      blocs: country.blocs.join(LIST),
      blocs_en: country.blocs.map((bloc) => label(BLOC_LABELS[bloc], EN)).join(LIST),
      blocs_fr: country.blocs.map((bloc) => label(BLOC_LABELS[bloc], FR)).join(LIST),
      languages: country.languages.join(LIST),
      languages_en: (en.countriesByCode.get(country.code)?.languages ?? []).join(LIST),
      languages_fr: (fr.countriesByCode.get(country.code)?.languages ?? []).join(LIST),
      case_studies: own.map((study) => study.slug).join(LIST),
      furthest_stages: perSolution.join(LIST),
      furthest_stage: furthestStage(own.flatMap((study) => study.stages)) ?? null,
      ...dateCells('first_stage', dates[0]),
      ...dateCells('latest_stage', dates.at(-1)),
      url_en: publicUrl(paths.country(EN, country.code)),
      url_fr: publicUrl(paths.country(FR, country.code)),
    };
  });
}

/**
 * A figure's as-of date: a value its source gives at the end of a year is dated the 31st of
 * December of that year, with `end-of-year` as its precision.
 */
function asOfCells(asOf: string, qualifier: AsOfQualifier | undefined): Pick<CsvRow<'figures.csv'>, 'as_of' | 'as_of_precision'> {
  return qualifier === 'end-of-year' ? { as_of: `${asOf}-12-31`, as_of_precision: qualifier } : dateCells('as_of', asOf);
}

async function figuresTable(): Promise<CsvRow<'figures.csv'>[]> {
  return (await solutionRecords()).flatMap((s) =>
    s.figures.flatMap((figure) =>
      figure.values.map((point) => {
        const source = s.sources.find((item) => item.id === point.source);
        return {
          solution: s.slug,
          solution_en: s.title.en,
          solution_fr: s.title.fr,
          figure: figure.id,
          figure_en: figure.label.en,
          figure_fr: figure.label.fr,
          value: point.value,
          unit: figure.unit,
          qualifier: point.qualifier,
          ...asOfCells(point.asOf, point.asOfQualifier),
          source_title: source?.title ?? null,
          source_publisher: source?.publisher ?? null,
          source_url: source?.url ?? null,
        };
      }),
    ),
  );
}

/** The computed pilot-to-national duration of a solution, or empty cells. */
function spanCells(block: Parameters<typeof pilotToNational>[0] | null | undefined) {
  const span = block ? pilotToNational(block) : undefined;
  return { pilot_to_national: span?.value ?? null, pilot_to_national_unit: span?.unit ?? null };
}

/** One row per fact of each solution's `whatItTook`, with its text in both languages and its source. */
async function whatItTookTable(): Promise<CsvRow<'what-it-took.csv'>[]> {
  const { solutions, solutionTranslations, institutions } = await getCollections();
  const fr = translationsIn(solutionTranslations, FR);
  const names = new Map(institutions.map((entry) => [entry.data.id, entry.data.name]));
  return [...solutions]
    .sort((a, b) => a.id.localeCompare(b.id))
    .flatMap(({ id, data }) => {
      const block = data.whatItTook;
      if (!block) return [];
      const labels = fr.get(id)?.data.labels ?? {};
      const french = (key: string) => (Object.hasOwn(labels, key) ? (labels[key] ?? null) : null);
      const row = (
        fact: string,
        item: string | null,
        text: { en: string | null; fr: string | null },
        date: string | undefined,
        source: string,
        cost?: { value: number; currency: string; qualifier: string; paidBy: string },
      ): CsvRow<'what-it-took.csv'> => {
        const cited = data.sources.find((entry) => entry.id === source);
        return {
          solution: id,
          solution_en: data.title,
          fact,
          item,
          text_en: text.en,
          text_fr: text.fr,
          ...dateCells('date', date),
          value: cost?.value ?? null,
          currency: cost?.currency ?? null,
          qualifier: cost?.qualifier ?? null,
          paid_by: cost?.paidBy ?? null,
          source_title: cited?.title ?? null,
          source_publisher: cited?.publisher ?? null,
          source_url: cited?.url ?? null,
        };
      };
      return [
        ...block.legalBasis.map((item) => row('legal-basis', item.id, { en: item.text, fr: french(item.id) }, item.date, item.source)),
        ...block.runBy.map((runner) => {
          const name = names.get(runner.institution.id);
          return row(
            'run-by',
            runner.institution.id,
            { en: name?.en ?? null, fr: name ? typeset(name.fr, FR) : null },
            undefined,
            runner.source,
          );
        }),
        ...block.prerequisites.map((item) => row('prerequisite', item.id, { en: item.text, fr: french(item.id) }, undefined, item.source)),
        ...block.costs.map((cost) =>
          row('cost', cost.id, { en: cost.label, fr: french(cost.id) }, cost.asOf, cost.source, {
            value: cost.value,
            currency: cost.currency,
            qualifier: cost.qualifier,
            paidBy: cost.paidBy.map((ref) => ref.id).join(LIST),
          }),
        ),
        ...(block.pilot ? [row('pilot', null, { en: null, fr: null }, block.pilot.date, block.pilot.source)] : []),
        ...(block.national ? [row('national', null, { en: null, fr: null }, block.national.date, block.national.source)] : []),
      ];
    });
}

/** One row per adopter and computable span (src/lib/durations.ts). */
async function adopterDurationsTable(): Promise<CsvRow<'adopter-durations.csv'>[]> {
  const [records, countries] = await Promise.all([caseStudyRecords(), countryRecords()]);
  const names = new Map(countries.map((c) => [c.code, c.name]));
  return records.flatMap((study) => {
    const spans = adopterDurations(study.stages);
    return (['visit-to-agreement', 'agreement-to-use'] as const).flatMap((kind) => {
      const span = kind === 'visit-to-agreement' ? spans.visitToAgreement : spans.agreementToUse;
      if (!span) return [];
      return [
        {
          case_study: study.slug,
          country: study.country,
          country_en: names.get(study.country)?.en ?? null,
          country_fr: names.get(study.country)?.fr ?? null,
          solutions: study.solutions.join(LIST),
          span: kind,
          value: span.value,
          unit: span.unit,
          from_stage: span.from.id,
          ...dateCells('from', span.from.date),
          to_stage: span.to.id,
          ...dateCells('to', span.to.date),
          url_en: study.url.en,
          url_fr: study.url.fr,
        },
      ];
    });
  });
}

const TABLES: { [F in CsvFileName]: () => Promise<CsvRow<F>[]> } = {
  'solutions.csv': solutionsTable,
  'case-studies.csv': caseStudiesTable,
  'countries.csv': countriesTable,
  'figures.csv': figuresTable,
  'what-it-took.csv': whatItTookTable,
  'adopter-durations.csv': adopterDurationsTable,
};

/** The rows of a published CSV file. */
export function csvTable<F extends CsvFileName>(file: F): Promise<CsvRow<F>[]> {
  return TABLES[file]();
}
