/**
 * Merges a canonical entry with its translation: the translation supplies text (title, summary,
 * labels by id), never facts. Missing text falls back to English and is flagged.
 */
import type { Locale } from '#src/config/locales.ts';
import { DEFAULT_LOCALE } from '#src/config/locales.ts';
import { CONTENT_MODEL, type MdxName } from '#src/schemas/content-model.ts';
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

/** Replaces the `text`/`label` of each item whose id the translation labels. */
export function relabel<T extends WithId & Partial<Record<TextFields, string>>>(items: readonly T[], labels: Record<string, string>): T[] {
  return items.map((item) => {
    // Own keys only: an item with `id: constructor` must not get Object's constructor as its text.
    const translated = Object.hasOwn(labels, item.id) ? labels[item.id] : undefined;
    if (translated === undefined) return item;
    return 'label' in item ? { ...item, label: translated } : { ...item, text: translated };
  });
}

/** Relabels every field of `collection` that the registry lets a translation relabel. */
export function relabelEntry<T extends object>(collection: MdxName, data: T, labels: Record<string, string>): T {
  const copy = { ...data } as Record<string, unknown>;
  for (const field of CONTENT_MODEL[collection].relabels) {
    const items: unknown = copy[field];
    if (Array.isArray(items)) copy[field] = relabel(items as WithId[], labels);
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

/** Items whose `text`/`label` is plain text shown as it is written, typeset for the language it is in. */
export function typesetItems<T extends Partial<Record<TextFields, string>>>(items: readonly T[], lang: Locale): T[] {
  return items.map((item) => ({
    ...item,
    ...(item.text === undefined ? {} : { text: typeset(item.text, lang) }),
    ...(item.label === undefined ? {} : { label: typeset(item.label, lang) }),
  }));
}
