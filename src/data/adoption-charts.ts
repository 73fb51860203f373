/**
 * The data of the "adoption over time" charts, from the catalogue's indexes: per solution, a row
 * per country that studied or took it up; per country, a row per solution it engaged with. The
 * chart (an SVG file under /charts/) and the table beside it on the page read the same rows.
 */
import { fill, useTranslations } from '#src/i18n/ui.ts';
import { CHART_OPTIONS, layoutAdoptionChart, layoutLegend, type ChartLayout, type LegendItem } from '#src/lib/adoption-chart.ts';
import { compareNames } from '#src/lib/collate.ts';
import { files, paths } from '#src/lib/routes.ts';
import { STAGES, type Stage } from '#src/schemas/case-study.ts';
import type { CaseStudyView } from './case-studies.ts';
import { caseStudyPrintLink, type PrintLink } from './print-links.ts';
import type { Catalogue } from './catalogue.ts';

export interface AdoptionMark {
  stage: Stage;
  date: string;
  /** The name the country gave its version (an adapted stage). */
  localName?: string | undefined;
}

export interface AdoptionRow {
  key: string;
  label: string;
  /** The case study that tells this row's story (the first, where several do), and its one-page print view. */
  href: string;
  print: PrintLink;
  /** That case study's title. */
  title: string;
  /** Oldest first; a stage two case studies share is listed once. */
  marks: AdoptionMark[];
}

export interface AdoptionChart {
  /** Accessible name of the chart on its page (the image's alt text). */
  alt: string;
  /** Title of the chart's file, which names its subject. */
  title: string;
  /** Header of the table's first column: "Country" or "Solution". */
  rowHeader: string;
  /** The chart's file. */
  src: string;
  rows: AdoptionRow[];
  /** Stages present, in lifecycle order, for the legend. */
  stages: Stage[];
  legend: LegendItem[];
  layout: ChartLayout;
}

/** One row from the case studies that share it (a country's, or a solution's). */
function rowOf(key: string, label: string, studies: readonly CaseStudyView[], lang: Catalogue['lang']): AdoptionRow {
  const marks = new Map<string, AdoptionMark>();
  for (const { stage, date, localName } of studies.flatMap((study) => study.data.stages)) {
    if (!marks.has(`${stage} ${date}`)) marks.set(`${stage} ${date}`, { stage, date, localName });
  }
  const sorted = [...marks.values()].sort((a, b) => a.date.localeCompare(b.date) || STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage));
  const first = studies[0];
  return {
    key,
    label,
    href: paths.caseStudy(lang, first?.slug ?? ''),
    print: caseStudyPrintLink(lang, { slug: first?.slug ?? '', textLocale: first?.textLocale ?? lang }),
    title: first?.data.title ?? label,
    marks: sorted,
  };
}

function chartOf(
  catalogue: Catalogue,
  rows: AdoptionRow[],
  options: { altKey: 'chart.alt.solution' | 'chart.alt.country'; subject: string; rowHeader: string; file: string },
): AdoptionChart | undefined {
  if (rows.length === 0) return undefined;
  const t = useTranslations(catalogue.lang);
  const present = new Set(rows.flatMap((row) => row.marks.map((mark) => mark.stage)));
  const stages = STAGES.filter((stage) => present.has(stage));
  const legend = layoutLegend(stages.map((stage) => ({ stage, label: t(`stage.${stage}`) })));
  const layout = layoutAdoptionChart(rows, { ...CHART_OPTIONS, top: legend.height + 4 });
  return {
    alt: fill(t(options.altKey), { subject: options.subject, from: layout.from, to: layout.to - 1 }),
    title: fill(t('chart.title'), { subject: options.subject }),
    rowHeader: options.rowHeader,
    src: files.chart(`${catalogue.lang}/${options.file}.svg`),
    rows,
    stages,
    legend: legend.items,
    layout,
  };
}

/** Each country that studied or took up a solution: a row, in the catalogue's order (by country name). */
export function solutionAdoption(catalogue: Catalogue, slug: string): AdoptionChart | undefined {
  const studies = catalogue.caseStudiesBySolution.get(slug) ?? [];
  const byCountry = Map.groupBy(studies, (study) => study.data.country.id);
  const rows = [...byCountry].map(([code, own]) => rowOf(code, own[0]?.countryName ?? code, own, catalogue.lang));
  const t = useTranslations(catalogue.lang);
  const subject = catalogue.solutionTitles.get(slug) ?? slug;
  return chartOf(catalogue, rows, { altKey: 'chart.alt.solution', subject, rowHeader: t('chart.country'), file: `solutions/${slug}` });
}

/** Each solution a country engaged with: a row, in the order of its first stage, then by title. */
export function countryAdoption(catalogue: Catalogue, code: string): AdoptionChart | undefined {
  const studies = catalogue.caseStudiesByCountry.get(code) ?? [];
  const bySolution = Map.groupBy(
    studies.flatMap((study) => study.data.solutions.map((ref) => ({ slug: ref.id, study }))),
    ({ slug }) => slug,
  );
  const rows = [...bySolution]
    .map(([slug, own]) =>
      rowOf(
        slug,
        catalogue.solutionTitles.get(slug) ?? slug,
        own.map(({ study }) => study),
        catalogue.lang,
      ),
    )
    .sort((a, b) => (a.marks[0]?.date ?? '').localeCompare(b.marks[0]?.date ?? '') || compareNames(a.label, b.label, catalogue.lang));
  const t = useTranslations(catalogue.lang);
  const subject = catalogue.countriesByCode.get(code)?.name ?? code;
  return chartOf(catalogue, rows, { altKey: 'chart.alt.country', subject, rowHeader: t('chart.solution'), file: `countries/${code}` });
}
