/** Glossary terms, sorted by term. */
import type { CollectionEntry } from 'astro:content';

export type GlossaryTerm = CollectionEntry<'glossary'>['data'];

export function glossaryTerms(entries: readonly CollectionEntry<'glossary'>[]): GlossaryTerm[] {
  return entries.map((entry) => entry.data).sort((a, b) => a.term.localeCompare(b.term, 'rw'));
}
