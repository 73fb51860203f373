/** Glossary terms, sorted by term. */
import { getCollection, type CollectionEntry } from 'astro:content';

export async function getGlossary(): Promise<CollectionEntry<'glossary'>['data'][]> {
  const entries = await getCollection('glossary');
  return entries.map((entry) => entry.data).sort((a, b) => a.term.localeCompare(b.term, 'rw'));
}
