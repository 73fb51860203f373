/** Events in a reader's language, newest first. */
import type { CollectionEntry } from 'astro:content';
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

/** Every event in `lang`, newest first. */
export function eventViews(
  entries: readonly CollectionEntry<'events'>[],
  translationEntries: readonly CollectionEntry<'eventTranslations'>[],
  lang: Locale,
): EventView[] {
  const translations = translationsIn(translationEntries, lang);
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
