/** Looks up translation entries (`<slug>/<lang>`) for a canonical collection. */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '#src/config/locales.ts';
import type { TranslationName } from '#src/schemas/content-model.ts';

type TranslationCollection = TranslationName;

/** Translations of one collection in one language, by slug. */
export async function translationsIn<C extends TranslationCollection>(
  collection: C,
  lang: Locale,
): Promise<Map<string, CollectionEntry<C>>> {
  const entries = await getCollection(collection);
  const suffix = `/${lang}`;
  return new Map(entries.filter((entry) => entry.id.endsWith(suffix)).map((entry) => [entry.id.slice(0, -suffix.length), entry]));
}
