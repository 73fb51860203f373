/**
 * A comparison as a tree (src/lib/briefing-tree.ts), rendered like the briefings: solutions or
 * countries as the columns of one table whose row labels stay in view while it scrolls sideways
 * inside itself, and one numbered list of sources under it. The page's script builds it in the
 * browser from the models the build wrote (src/client/compare.ts).
 */
import type { UiKey } from '#src/i18n/en.ts';
import { fill } from '#src/i18n/fill.ts';
import type { Source } from '#src/schemas/source.ts';
import { citationNumbers, type SolutionModel } from './briefing-model.ts';
import { citations, renderSources, type BriefingStrings, type Citer } from './briefing-render.ts';
import { el, type Child, type TreeElement } from './briefing-tree.ts';
import { solutionRows, type AdopterModel, type CountryRecord } from './compare.ts';
import { formatAsOf, formatDate, formatFigureValue, listOf, withColon } from './format.ts';
import { mergeSources } from './merge-sources.ts';
import { paths } from './routes.ts';
import { timeToScaleLines, whatItTookRows, type TookLine } from './what-it-took.ts';

/** The interface strings a comparison prints, besides the briefing's. */
const KEYS = {
  caption: 'compare.caption',
  adopters: 'compare.adopters',
  scroll: 'compare.scroll',
} as const satisfies Record<string, UiKey>;

export type CompareStrings = Record<keyof typeof KEYS, string>;

export function compareStrings(t: (key: UiKey) => string): CompareStrings {
  return Object.fromEntries(Object.entries(KEYS).map(([name, key]) => [name, t(key)])) as CompareStrings;
}

/** The anchor of source number `n` under a comparison. */
const anchor = (kind: string, n: number) => `compare-${kind}-source-${n}`;

const citerOf = (kind: string, entrySources: readonly Source[], all: readonly Source[]): Citer => ({
  number: citationNumbers(entrySources, all),
  href: (n) => `#${anchor(kind, n)}`,
});

/** Widths by number of columns: two fit a phone; three or four scroll inside the table's frame. */
const TABLE_WIDTH: Record<number, string> = { 3: 'compare-3', 4: 'compare-4' };

interface Column {
  key: string;
  head: Child;
  lang?: string | undefined;
}

interface Row {
  key: string;
  label: string;
  cells: Child[];
}

/** Whether a cell shows anything. */
const hasContent = (cell: Child): boolean =>
  Array.isArray(cell) ? (cell as readonly Child[]).some(hasContent) : cell !== false && cell !== null && cell !== undefined && cell !== '';

/**
 * The table: a column per compared item and a group of rows per fact. On a phone each fact's
 * label heads its group across the columns (so two columns share the whole width); from `sm` up
 * it is the row's header at the left. Either way the label stays in view while a wide table
 * scrolls sideways inside its frame.
 */
function table(caption: string, columns: readonly Column[], rows: readonly Row[], words: CompareStrings): Child[] {
  return [
    // Three or four columns are wider than a phone: say that the table scrolls.
    columns.length > 2 &&
      el('p', { class: 'compare-hint no-print mt-2 text-sm text-muted', 'data-compare-scroll-hint': true }, words.scroll),
    el(
      'div',
      // Positioned, so that the citations' screen-reader text scrolls with the table instead of widening the page.
      { class: 'compare-scroll relative mt-4 overflow-x-auto', 'data-compare-scroll': true },
      el(
        'table',
        { class: `compare-table w-full text-left text-sm ${TABLE_WIDTH[columns.length] ?? ''}` },
        el('caption', { class: 'sr-only' }, caption),
        el(
          'thead',
          {},
          el(
            'tr',
            { class: 'compare-head' },
            el('td', { class: 'compare-label' }),
            columns.map((column) =>
              el('th', { scope: 'col', class: 'font-bold', lang: column.lang, 'data-compare-column': column.key }, column.head),
            ),
          ),
        ),
        // A fact none of them has gets no row.
        rows
          .filter((row) => row.cells.some(hasContent))
          .map((row) =>
            el(
              'tbody',
              { 'data-compare-row': row.key },
              el(
                'tr',
                { class: 'compare-group' },
                el('th', { scope: 'rowgroup', colspan: columns.length, class: 'font-semibold' }, el('span', {}, row.label)),
              ),
              el(
                'tr',
                { class: 'align-top' },
                el('th', { scope: 'row', class: 'compare-label font-semibold' }, row.label),
                row.cells.map((cell, i) => el('td', { class: 'compare-cell', lang: columns[i]?.lang }, cell)),
              ),
            ),
          ),
      ),
    ),
  ];
}

/** Every source of the comparison once, numbered as the table cites them. */
function sourceList(sources: readonly Source[], strings: BriefingStrings, heading: string, id: string): TreeElement {
  return renderSources(sources, strings, {
    level: 3,
    id: `compare-${id}`,
    heading,
    anchor: (_source, n) => anchor(id, n),
    className: 'compare-sources mt-6',
  });
}

/** The lines of one row of what a solution took, as the page and the one-pager write them. */
const tookLines = (model: SolutionModel, key: 'legal-basis' | 'costs', strings: BriefingStrings) =>
  whatItTookRows(model.whatItTook, strings).find((row) => row.key === key)?.lines ?? [];

/** A cell of lines, each with its citations (or its link, for an adopter's duration); empty when there are none. */
function tookCell(lines: readonly TookLine[], cite: Citer, strings: BriefingStrings): Child {
  return (
    lines.length > 0 &&
    el(
      'ul',
      { class: 'space-y-1' },
      lines.map((line) =>
        el(
          'li',
          { 'data-took': line.key },
          line.href ? el('a', { href: line.href }, line.text) : line.text,
          citations(cite, strings, line.sources),
        ),
      ),
    )
  );
}

/**
 * Solutions side by side: the problem each solved, how it works, when it started, who leads it,
 * its status, its key figures (each at its latest date), the countries that studied or took it
 * up with the furthest stage each reached, and its sources. A fact a solution lacks leaves its
 * cell empty.
 */
export function renderSolutionComparison(
  solutions: readonly SolutionModel[],
  adopters: Readonly<Record<string, readonly AdopterModel[]>>,
  strings: BriefingStrings,
  words: CompareStrings,
): TreeElement {
  const { lang } = strings;
  const all = mergeSources(solutions.map((s) => s.sources));
  const cite = new Map(solutions.map((s) => [s.slug, citerOf('solutions', s.sources, all)]));
  const each = (cell: (model: SolutionModel, cite: Citer) => Child): Child[] =>
    solutions.map((model) => cell(model, cite.get(model.slug) as Citer));
  const rows: Row[] = [
    { key: 'problem', label: strings.problem, cells: each((m) => m.problem && el('p', {}, m.problem)) },
    { key: 'how', label: strings.how, cells: each((m) => m.how && el('p', {}, m.how)) },
    {
      key: 'start',
      label: strings.start,
      cells: each(
        (m, c) =>
          m.start && el('span', { 'data-compare-start': true }, formatDate(m.start.date, lang), citations(c, strings, [m.start.source])),
      ),
    },
    {
      key: 'lead',
      label: strings.lead,
      cells: each(
        (m) =>
          m.lead && el('a', { href: m.lead.url, rel: 'noreferrer' }, m.lead.name, el('span', { class: 'sr-only' }, ` ${strings.external}`)),
      ),
    },
    { key: 'status', label: strings.status, cells: each((m) => m.status.label) },
    {
      key: 'legal-basis',
      label: strings.tookLegalBasis,
      cells: each((m, c) => tookCell(tookLines(m, 'legal-basis', strings), c, strings)),
    },
    { key: 'costs', label: strings.tookCosts, cells: each((m, c) => tookCell(tookLines(m, 'costs', strings), c, strings)) },
    {
      key: 'time-to-scale',
      label: strings.tookTimeToScale,
      cells: each((m, c) => tookCell(timeToScaleLines(whatItTookRows(m.whatItTook, strings)), c, strings)),
    },
    {
      key: 'figures',
      label: strings.figures,
      cells: each(
        (m, c) =>
          m.figures.length > 0 &&
          el(
            'ul',
            { class: 'space-y-1' },
            m.figures.flatMap((figure) => {
              const latest = figure.values.at(-1);
              if (!latest) return [];
              const value = formatFigureValue(latest.value, figure.unit, lang);
              return el(
                'li',
                { 'data-figure': figure.id },
                `${withColon(figure.label, lang)} `,
                el('strong', {}, latest.qualifier ? `${latest.qualifier} ${value}` : value),
                ` (${formatAsOf(latest.asOf, lang, latest.asOfQualifier)})`,
                citations(c, strings, [latest.source]),
              );
            }),
          ),
      ),
    },
    {
      key: 'adopters',
      label: words.adopters,
      cells: each((m) => {
        const list = adopters[m.slug] ?? [];
        return (
          list.length > 0 &&
          el(
            'ul',
            { class: 'space-y-1' },
            list.map((a) =>
              el(
                'li',
                { 'data-adopter': a.code },
                el('a', { href: a.url }, a.name),
                a.stage && ' ',
                a.stage && el('span', { class: 'stage-badge', 'data-stage': a.stage.id }, a.stage.label),
              ),
            ),
          )
        );
      }),
    },
    {
      key: 'sources',
      label: strings.sources,
      cells: each((m, c) =>
        citations(
          c,
          strings,
          m.sources.map((s) => s.id),
        ),
      ),
    },
  ];
  const titles = solutions.map((s) => s.title);
  return el(
    'div',
    { class: 'comparison', 'data-comparison': 'solutions' },
    table(
      fill(words.caption, { items: listOf(titles, lang) }),
      solutions.map((m) => ({
        key: m.slug,
        lang: m.textLocale,
        head: el('a', { href: m.url, 'data-compare-title': true }, m.title),
      })),
      rows,
      words,
    ),
    sourceList(all, strings, strings.sources, 'solutions'),
  );
}

/**
 * Countries side by side: a row per solution any of them studied or took up (by its first
 * stage), and in each country's column its stages in it, dated, oldest first, with their sources.
 */
export function renderCountryComparison(
  countries: readonly CountryRecord[],
  strings: BriefingStrings,
  words: CompareStrings,
  collate: (a: string, b: string) => number,
): TreeElement {
  const { lang } = strings;
  const studies = countries.flatMap((c) => c.caseStudies);
  const all = mergeSources(studies.map((s) => s.sources));
  const rows = solutionRows(countries, collate).map((row): Row => ({
    key: row.slug,
    label: row.title,
    cells: row.cells.map(
      (cell) =>
        cell.length > 0 &&
        el(
          'ul',
          { class: 'space-y-1' },
          cell.map(({ caseStudy, stage }) =>
            el(
              'li',
              { 'data-stage': stage.stage },
              el('strong', {}, formatDate(stage.date, lang)),
              `${withColon('', lang)} `,
              el('a', { href: caseStudy.url, class: 'stage-badge', 'data-stage': stage.stage }, stage.label),
              stage.localName && ` (${stage.localName})`,
              citations(citerOf('countries', caseStudy.sources, all), strings, stage.sources),
            ),
          ),
        ),
    ),
  }));
  return el(
    'div',
    { class: 'comparison', 'data-comparison': 'countries' },
    table(
      fill(words.caption, {
        items: listOf(
          countries.map((c) => c.name),
          lang,
        ),
      }),
      countries.map((c) => ({
        key: c.code,
        head: el('a', { href: paths.country(lang, c.code), 'data-compare-title': true }, c.name),
      })),
      rows,
      words,
    ),
    sourceList(all, strings, strings.sources, 'countries'),
  );
}
