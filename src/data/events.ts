/** Events in a reader's language, newest first. */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '#src/config/locales.ts';
import { localize, relabelEntry, type Localized } from '#src/lib/localize.ts';
import { translationsIn } from './translations.ts';

type EventData = CollectionEntry<'events'>['data'];

export interface EventView extends Localized<EventData> {
  slug: string;
  /** The theme in the reader's language when the translation gives one. */
  themeText: string | undefined;
  bodyEntry: CollectionEntry<'events'> | CollectionEntry<'eventTranslations'>;
}

export async function getEvents(lang: Locale): Promise<EventView[]> {
  const [entries, translations] = await Promise.all([getCollection('events'), translationsIn('eventTranslations', lang)]);
  return entries
    .map((entry): EventView => {
      const translation = translations.get(entry.id);
      const view = localize(entry.data, translation?.data, lang, (data, t) => relabelEntry('events', data, t.labels));
      return {
        ...view,
        slug: entry.id,
        themeText: (translation && !view.fallback ? translation.data.theme : undefined) ?? entry.data.theme?.text,
        bodyEntry: translation ?? entry,
      };
    })
    .sort((a, b) => b.data.date.localeCompare(a.data.date));
}
