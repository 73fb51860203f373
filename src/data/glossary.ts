/** Glossary terms, sorted by term, each explanation punctuated as its language prints it. */
import type { CollectionEntry } from 'astro:content';
import type { Locale } from '#src/config/locales.ts';
import { typeset } from '#src/i18n/typography.ts';

export type GlossaryTerm = CollectionEntry<'glossary'>['data'];

const typesetEach = <T extends Record<Locale, string>>(texts: T): T =>
  Object.fromEntries(Object.entries(texts).map(([lang, text]) => [lang, typeset(text, lang as Locale)])) as T;

export function glossaryTerms(entries: readonly CollectionEntry<'glossary'>[]): GlossaryTerm[] {
  return entries
    .map(({ data }) => ({
      ...data,
      explanation: typesetEach(data.explanation),
      ...(data.literal ? { literal: typesetEach(data.literal) } : {}),
    }))
    .sort((a, b) => a.term.localeCompare(b.term, 'rw'));
}
