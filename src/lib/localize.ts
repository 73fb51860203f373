/**
 * Merges a canonical entry with its translation: the translation supplies text (title, summary,
 * labels by id), never facts. Missing text falls back to English and is flagged.
 */
import type { Locale } from '#src/config/locales.ts';
import { DEFAULT_LOCALE } from '#src/config/locales.ts';
import { CONTENT_MODEL, NOTE_LABEL_SUFFIX, type MdxName } from '#src/schemas/content-model.ts';
import { typeset } from '#src/i18n/typography.ts';

export interface TranslationText {
  title: string;
  summary: string;
  labels: Record<string, string>;
  lastReviewed: string;
}

export interface Localized<T> {
  data: T;
  locale: Locale;
  /** The language the entry's text is actually shown in. */
  textLocale: Locale;
  /** True when the reader asked for a language this entry has no translation in. */
  fallback: boolean;
  /** True when the translation was reviewed before the canonical entry's latest review. */
  stale: boolean;
}

type WithId = { id: string };
type TextFields = 'text' | 'label';
/** An item a translation may relabel: its text or label, nested items (a disagreement's sides), a note. */
type Labelled = WithId & Partial<Record<TextFields, string>> & { sides?: readonly Labelled[]; note?: string | undefined };

/** The label key of an item's note: `<id>-note`. */
const noteKey = (id: string) => `${id}${NOTE_LABEL_SUFFIX}`;

/**
 * Replaces the `text`/`label` of each item whose id the translation labels; with the same rule,
 * the items nested in its `sides`, and its `note` by the key `<id>-note`.
 */
export function relabel<T extends Labelled>(items: readonly T[], labels: Record<string, string>): T[] {
  return items.map((item) => {
    // Own keys only: an item with `id: constructor` must not get Object's constructor as its text.
    const own = (key: string): string | undefined => (Object.hasOwn(labels, key) ? labels[key] : undefined);
    const translated = own(item.id);
    let out: T = translated === undefined ? item : 'label' in item ? { ...item, label: translated } : { ...item, text: translated };
    if (item.sides) out = { ...out, sides: relabel(item.sides, labels) };
    const note = own(noteKey(item.id));
    if (item.note !== undefined && note !== undefined) out = { ...out, note };
    return out;
  });
}

/** One text of an entry that a translation may give, under `labels`, by its key. */
export interface LabelledText {
  key: string;
  /** The field of the entry it is in (`figures`, `disagreements`...). */
  field: string;
  english: string;
}

/**
 * Every text of `fields` a translation may relabel, in order, with the key it is labelled by:
 * what the content check expects a translation to cover and the CMS shows beside each label.
 */
export function labelledTexts(fields: readonly string[], data: Record<string, unknown>): LabelledText[] {
  const walk = (field: string, items: readonly Labelled[]): LabelledText[] =>
    items.flatMap((item) => [
      { key: item.id, field, english: item.label ?? item.text ?? '' },
      ...walk(field, item.sides ?? []),
      ...(item.note === undefined ? [] : [{ key: noteKey(item.id), field, english: item.note }]),
    ]);
  return fields.flatMap((field) => {
    const items = listAt(data, field);
    return items ? walk(field, items as Labelled[]) : [];
  });
}

/** The list at `field` of `data`; `a.b` is the list `b` inside the object `a`. Undefined when there is none. */
function listAt(data: Record<string, unknown>, field: string): unknown[] | undefined {
  const value = field
    .split('.')
    .reduce<unknown>((at, key) => (at !== null && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined), data);
  return Array.isArray(value) ? value : undefined;
}

/** A copy of `data` with the list at `field` (`a.b` inside object `a`) replaced. */
function withListAt(data: Record<string, unknown>, field: string, items: unknown[]): Record<string, unknown> {
  const [head = '', ...rest] = field.split('.');
  if (rest.length === 0) return { ...data, [head]: items };
  const inner = data[head];
  if (inner === null || typeof inner !== 'object') return data;
  return { ...data, [head]: withListAt(inner as Record<string, unknown>, rest.join('.'), items) };
}

/** Relabels every field of `collection` that the registry lets a translation relabel. */
export function relabelEntry<T extends object>(collection: MdxName, data: T, labels: Record<string, string>): T {
  let copy = { ...data } as Record<string, unknown>;
  for (const field of CONTENT_MODEL[collection].relabels) {
    const items = listAt(copy, field);
    if (items) copy = withListAt(copy, field, relabel(items as Labelled[], labels));
  }
  return copy as T;
}

export function localize<T extends { title: string; summary: string; lastReviewed: string }, Tr extends TranslationText = TranslationText>(
  canonical: T,
  translation: Tr | undefined,
  locale: Locale,
  apply: (data: T, translation: Tr) => T = (data) => data,
): Localized<T> {
  if (locale === DEFAULT_LOCALE || !translation) {
    const data = { ...canonical, title: typeset(canonical.title, DEFAULT_LOCALE), summary: typeset(canonical.summary, DEFAULT_LOCALE) };
    return { data, locale, textLocale: DEFAULT_LOCALE, fallback: locale !== DEFAULT_LOCALE, stale: false };
  }
  // Titles and summaries are plain text (bodies get smart punctuation when rendered): typeset them here.
  const merged = apply(
    { ...canonical, title: typeset(translation.title, locale), summary: typeset(translation.summary, locale) },
    translation,
  );
  return { data: merged, locale, textLocale: locale, fallback: false, stale: translation.lastReviewed < canonical.lastReviewed };
}

type Typeset = Partial<Record<TextFields, string>> & { sides?: readonly Typeset[]; note?: string | undefined };

/** Items whose `text`/`label` (and sides' text, and note) is plain text shown as it is written, typeset for the language it is in. */
export function typesetItems<T extends Typeset>(items: readonly T[], lang: Locale): T[] {
  return items.map((item) => ({
    ...item,
    ...(item.text === undefined ? {} : { text: typeset(item.text, lang) }),
    ...(item.label === undefined ? {} : { label: typeset(item.label, lang) }),
    ...(item.sides === undefined ? {} : { sides: typesetItems(item.sides, lang) }),
    ...(item.note === undefined ? {} : { note: typeset(item.note, lang) }),
  }));
}
