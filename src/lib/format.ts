/** Formatting of dates known to a given precision, numbers and key-figure values, per locale. */
import { UNIT_LABELS } from '#src/i18n/labels.ts';
import { inLocale, localeConfig, type DatePhrase, type Locale } from '#src/config/locales.ts';
import type { AsOfQualifier, FigureUnit } from '#src/schemas/claims.ts';
import { precisionOf, type PartialDate } from '#src/schemas/dates.ts';

// Intl formatters are costly to create (a build formats hundreds of thousands of dates at scale),
// so each is made once per language and precision.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

/** `2016-07` -> "July 2016" / "juillet 2016"; `2016` -> "2016"; `2016-07-01` -> "1 July 2016" / « 1er juillet 2016 ». */
export function formatDate(date: PartialDate, locale: Locale): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const value = new Date(Date.UTC(year, month - 1, day));
  const precision = precisionOf(date);
  if (precision === 'year') return String(year);
  const options: Intl.DateTimeFormatOptions =
    precision === 'month'
      ? { month: 'long', year: 'numeric', timeZone: 'UTC' }
      : { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
  const formatter = cached(`date:${locale}:${precision}`, () => new Intl.DateTimeFormat(localeConfig(locale).intl, options));
  const firstOfMonth = localeConfig(locale).typography.firstOfMonth;
  if (precision === 'month' || day !== 1 || !firstOfMonth) return formatter.format(value);
  return formatter
    .formatToParts(value)
    .map((part) => (part.type === 'day' ? firstOfMonth : part.value))
    .join('');
}

/** A date with the words that introduce it: "published 2 October 2019", « publié le 2 octobre 2019 », « publié en 2025 ». */
export function formatDatePhrase(phrase: DatePhrase, date: PartialDate, locale: Locale): string {
  return localeConfig(locale).datePhrases[phrase][precisionOf(date)].replace('{date}', formatDate(date, locale));
}

/**
 * A figure's date with its preposition: "as of September 2025", « en septembre 2025 », « au 27 juin 2016 »;
 * a year its source gives as the end of that year (`end-of-year`): "as of end 2018", « à fin 2018 ».
 */
export function formatAsOf(date: PartialDate, locale: Locale, qualifier?: AsOfQualifier): string {
  if (qualifier === 'end-of-year') return localeConfig(locale).asOfEndOfYear.replace('{date}', formatDate(date, locale));
  return formatDatePhrase('asOf', date, locale);
}

/** What separates the items of a list written in running text: "; ", in French « ; » with a narrow no-break space. */
export function listSeparator(locale: Locale): string {
  return `${localeConfig(locale).typography.spaceBeforePunctuation}; `;
}

/** 1958634 -> "1,958,634" / "1 958 634" (narrow no-break spaces in French). */
export function formatNumber(value: number, locale: Locale): string {
  return cached(`number:${locale}`, () => new Intl.NumberFormat(localeConfig(locale).intl, { maximumFractionDigits: 2 })).format(value);
}

/** A figure's value with its unit: "US$806,000,000", "96.15%", "3 493", "100 jours". */
export function formatFigureValue(value: number, unit: FigureUnit, locale: Locale): string {
  const number = formatNumber(value, locale);
  const label = inLocale(UNIT_LABELS[unit], locale);
  const currencyBefore = localeConfig(locale).currencyBefore;
  switch (unit) {
    case 'count':
      return number;
    case 'percent':
      return `${number}${label}`;
    case 'usd':
      return currencyBefore ? `${label}${number}` : `${number} ${label}`;
    case 'rwf':
      return currencyBefore ? `${label} ${number}` : `${number} ${label}`;
    default:
      return `${number} ${label}`;
  }
}

/** Quotation marks as each language writes them: “text” / « text ». */
export function quote(text: string, locale: Locale): string {
  const [open, close] = localeConfig(locale).typography.quotes;
  return `${open}${text}${close}`;
}

/** A label followed by a colon, spaced as each language writes it: "Source:" / "Source :". */
export function withColon(label: string, locale: Locale): string {
  return `${label}${localeConfig(locale).typography.spaceBeforePunctuation}:`;
}

/** Titles joined as each language lists them: "A, B and C" / "A, B et C". */
export function listOf(items: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(localeConfig(locale).intl, { style: 'long', type: 'conjunction' }).format(items);
}
