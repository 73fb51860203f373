/**
 * "What it took", as rows of sentences in the reader's language: the one shape the solution page,
 * the one-pager (printed and built), the Word file and the comparison all show, so they cannot
 * disagree. A row exists only when it has at least one line, and every line is a fact from the
 * model, never a placeholder.
 */
import type { Locale } from '#src/config/locales.ts';
import type { UiKey } from '#src/i18n/en.ts';
import { fill } from '#src/i18n/fill.ts';
import type { CostCurrency } from '#src/schemas/what-it-took.ts';
import { pilotToNational, type Span, type StageSpan } from './durations.ts';
import { formatDate, formatFigureValue, listOf, withColon } from './format.ts';

/** What a solution's model holds about what it took; text in the model's language, durations computed. */
export interface WhatItTookModel {
  legalBasis: { id: string; text: string; date: string; source: string }[];
  runBy: { name: string; url: string; source: string }[];
  prerequisites: { id: string; text: string; source: string }[];
  /** `qualifier` is the word printed before the value ("about"), or ''. */
  costs: {
    id: string;
    label: string;
    value: number;
    qualifier: string;
    currency: CostCurrency;
    paidBy: string[];
    asOf: string;
    source: string;
  }[];
  pilot?: { date: string; source: string } | undefined;
  national?: { date: string; source: string } | undefined;
  /** Computed from `pilot` and `national` (src/lib/durations.ts). */
  pilotToNational?: Span | undefined;
  /** Each adopter with at least one span computed from its case study's stages, by country name. */
  adopters: {
    country: string;
    /** Its case study's page; the stages and their sources are there. */
    url: string;
    visitToAgreement?: StageSpan | undefined;
    agreementToUse?: StageSpan | undefined;
  }[];
}

/**
 * A `whatItTook` block with its references as ids: the entry's parsed block (src/data/what-it-took.ts)
 * or an editor's draft of it (src/admin/preview-model.ts).
 */
export interface TookBlock {
  legalBasis: ReadonlyArray<{ id: string; text: string; date: string; source: string }>;
  runBy: ReadonlyArray<{ institution: string; source: string }>;
  prerequisites: ReadonlyArray<{ id: string; text: string; source: string }>;
  costs: ReadonlyArray<{
    id: string;
    label: string;
    value: number;
    /** `exact`, `about`, `more-than` or `at-least`. */
    qualifier: string;
    currency: CostCurrency;
    paidBy: readonly string[];
    asOf: string;
    source: string;
  }>;
  pilot?: { date: string; source: string } | undefined;
  national?: { date: string; source: string } | undefined;
}

export interface TookNames {
  /** The solution's lead institution: "Run by" names the others (the facts already name the lead). */
  lead?: string | undefined;
  /** An institution by id, or undefined when it is not known ("Run by" then leaves it out). */
  institution: (id: string) => { name: string; url: string } | undefined;
  /** The word printed before a cost of this qualifier ("about"), '' for an exact one. */
  qualifier: (qualifier: string) => string;
}

/**
 * The model of what it took from a block and its adopters' spans, or undefined when there is
 * neither: the pilot-to-national duration computed (src/lib/durations.ts), institutions named.
 */
export function tookModel(
  block: TookBlock | undefined,
  names: TookNames,
  adopters: WhatItTookModel['adopters'],
): WhatItTookModel | undefined {
  if (!block && adopters.length === 0) return undefined;
  return {
    legalBasis: (block?.legalBasis ?? []).map(({ id, text, date, source }) => ({ id, text, date, source })),
    runBy: (block?.runBy ?? []).flatMap((runner) => {
      if (runner.institution === names.lead) return [];
      const institution = names.institution(runner.institution);
      return institution ? [{ name: institution.name, url: institution.url, source: runner.source }] : [];
    }),
    prerequisites: (block?.prerequisites ?? []).map(({ id, text, source }) => ({ id, text, source })),
    costs: (block?.costs ?? []).map((cost) => ({
      id: cost.id,
      label: cost.label,
      value: cost.value,
      qualifier: cost.qualifier === 'exact' ? '' : names.qualifier(cost.qualifier),
      currency: cost.currency,
      paidBy: cost.paidBy.map((id) => names.institution(id)?.name ?? id),
      asOf: cost.asOf,
      source: cost.source,
    })),
    pilot: block?.pilot,
    national: block?.national,
    pilotToNational: block ? pilotToNational(block) : undefined,
    adopters,
  };
}

/** The interface strings the rows are written with (keys of src/i18n/). */
export const TOOK_KEYS = {
  tookHeading: 'took.heading',
  tookLegalBasis: 'took.legalBasis',
  tookRunBy: 'took.runBy',
  tookPrerequisites: 'took.prerequisites',
  tookCosts: 'took.costs',
  tookTimeToScale: 'took.timeToScale',
  tookAdopters: 'took.adopters',
  tookAdoptersNote: 'took.adoptersNote',
  tookPaidBy: 'took.paidBy',
  tookPilot: 'took.pilot',
  tookNational: 'took.national',
  tookPilotToNational: 'took.pilotToNational',
  tookVisitToAgreement: 'took.visitToAgreement',
  tookAgreementToUse: 'took.agreementToUse',
  tookMonthsOne: 'took.months.one',
  tookMonthsOther: 'took.months.other',
  tookYearsOne: 'took.years.one',
  tookYearsOther: 'took.years.other',
} as const satisfies Record<string, UiKey>;

export type TookStrings = Record<keyof typeof TOOK_KEYS, string> & { lang: Locale };

export function tookStrings(lang: Locale, t: (key: UiKey) => string): TookStrings {
  const strings = Object.fromEntries(Object.entries(TOOK_KEYS).map(([name, key]) => [name, t(key)])) as Record<
    keyof typeof TOOK_KEYS,
    string
  >;
  return { ...strings, lang };
}

export type TookRowKey = 'legal-basis' | 'run-by' | 'prerequisites' | 'costs' | 'time-to-scale' | 'adopters';

/** One fact of a row: its sentence, the ids of the sources it cites, and a link where it has one. */
export interface TookLine {
  key: string;
  text: string;
  sources: string[];
  href?: string | undefined;
}

export interface TookRow {
  key: TookRowKey;
  label: string;
  lines: TookLine[];
}

/** "13 months", "1 year", "3 ans". */
export function formatSpan(span: Span, strings: TookStrings): string {
  const plural = new Intl.PluralRules(strings.lang).select(span.value) === 'one' ? 'One' : 'Other';
  const key = `took${span.unit === 'months' ? 'Months' : 'Years'}${plural}` as const;
  return fill(strings[key], { n: String(span.value) });
}

function spanSentence(template: string, span: Span, from: string, to: string, lang: Locale, strings: TookStrings): string {
  return fill(template, { span: formatSpan(span, strings), from: formatDate(from, lang), to: formatDate(to, lang) });
}

/** The rows of what it took, in the order a reader needs them; none when the model has nothing. */
export function whatItTookRows(model: WhatItTookModel | undefined, strings: TookStrings): TookRow[] {
  if (!model) return [];
  const { lang } = strings;
  const scale: TookLine[] = [];
  if (model.pilot && model.national && model.pilotToNational) {
    scale.push({
      key: 'pilot-to-national',
      text: spanSentence(strings.tookPilotToNational, model.pilotToNational, model.pilot.date, model.national.date, lang, strings),
      sources: [...new Set([model.pilot.source, model.national.source])],
    });
  } else {
    if (model.pilot)
      scale.push({
        key: 'pilot',
        text: `${withColon(strings.tookPilot, lang)} ${formatDate(model.pilot.date, lang)}`,
        sources: [model.pilot.source],
      });
    if (model.national)
      scale.push({
        key: 'national',
        text: `${withColon(strings.tookNational, lang)} ${formatDate(model.national.date, lang)}`,
        sources: [model.national.source],
      });
  }
  const rows: TookRow[] = [
    {
      key: 'legal-basis',
      label: strings.tookLegalBasis,
      lines: model.legalBasis.map((item) => ({
        key: item.id,
        text: `${item.text} (${formatDate(item.date, lang)})`,
        sources: [item.source],
      })),
    },
    {
      key: 'run-by',
      label: strings.tookRunBy,
      lines: model.runBy.map((runner) => ({ key: runner.url, text: runner.name, sources: [runner.source], href: runner.url })),
    },
    {
      key: 'prerequisites',
      label: strings.tookPrerequisites,
      lines: model.prerequisites.map((item) => ({ key: item.id, text: item.text, sources: [item.source] })),
    },
    {
      key: 'costs',
      label: strings.tookCosts,
      lines: model.costs.map((cost) => {
        const value = formatFigureValue(cost.value, cost.currency, lang);
        const paid = cost.paidBy.length > 0 ? `, ${fill(strings.tookPaidBy, { who: listOf(cost.paidBy, lang) })}` : '';
        const amount = cost.qualifier ? `${cost.qualifier} ${value}` : value;
        return {
          key: cost.id,
          text: `${withColon(cost.label, lang)} ${amount} (${formatDate(cost.asOf, lang)})${paid}`,
          sources: [cost.source],
        };
      }),
    },
    { key: 'time-to-scale', label: strings.tookTimeToScale, lines: scale },
    {
      key: 'adopters',
      label: strings.tookAdopters,
      lines: model.adopters.flatMap((adopter) =>
        (
          [
            [adopter.visitToAgreement, strings.tookVisitToAgreement],
            [adopter.agreementToUse, strings.tookAgreementToUse],
          ] as const
        ).flatMap(([span, template]) =>
          span
            ? [
                {
                  key: `${adopter.url}#${span.from.id}`,
                  text: `${withColon(adopter.country, lang)} ${spanSentence(template, span, span.from.date, span.to.date, lang, strings)}`,
                  sources: [],
                  href: adopter.url,
                },
              ]
            : [],
        ),
      ),
    },
  ];
  return rows.filter((row) => row.lines.length > 0);
}

/** The row the comparison shows as "time to scale": the solution's own, then its adopters'. */
export function timeToScaleLines(rows: readonly TookRow[]): TookLine[] {
  return rows.filter((row) => row.key === 'time-to-scale' || row.key === 'adopters').flatMap((row) => row.lines);
}
