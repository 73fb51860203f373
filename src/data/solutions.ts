/** Solutions in a reader's language: canonical facts with translated text where there is some. */
import type { CollectionEntry } from 'astro:content';
import type { Locale } from '#src/config/locales.ts';
import { sortByName } from '#src/lib/collate.ts';
import { localize, relabelEntry, typesetItems, type Localized } from '#src/lib/localize.ts';
import { translationsIn } from './translations.ts';

type SolutionData = CollectionEntry<'solutions'>['data'];

export interface SolutionView extends Localized<SolutionData> {
  slug: string;
  /** Literal meaning of the Kinyarwanda name in the text's language. */
  meaning: string | undefined;
  /** The entry whose MDX body is shown (the translation, or the English entry as a fallback). */
  bodyEntry: CollectionEntry<'solutions'> | CollectionEntry<'solutionTranslations'>;
  file: string;
}

/** Every solution in `lang`, sorted by title. */
export function solutionViews(
  entries: readonly CollectionEntry<'solutions'>[],
  translationEntries: readonly CollectionEntry<'solutionTranslations'>[],
  lang: Locale,
): SolutionView[] {
  const translations = translationsIn(translationEntries, lang);
  const views = entries.map((entry): SolutionView => {
    const translation = translations.get(entry.id);
    const view = localize(entry.data, translation?.data, lang, (data, t) => relabelEntry('solutions', data, t.labels));
    return {
      ...view,
      data: {
        ...view.data,
        figures: typesetItems(view.data.figures, view.textLocale),
        timeline: typesetItems(view.data.timeline, view.textLocale),
        disagreements: typesetItems(view.data.disagreements, view.textLocale),
        ...(view.data.whatItTook && {
          whatItTook: {
            ...view.data.whatItTook,
            legalBasis: typesetItems(view.data.whatItTook.legalBasis, view.textLocale),
            prerequisites: typesetItems(view.data.whatItTook.prerequisites, view.textLocale),
            costs: typesetItems(view.data.whatItTook.costs, view.textLocale),
          },
        }),
      },
      slug: entry.id,
      meaning: translation && !view.fallback ? (translation.data.kinyarwandaMeaning ?? undefined) : entry.data.kinyarwanda?.meaning,
      bodyEntry: translation ?? entry,
      file: entry.filePath ?? '',
    };
  });
  return sortByName(views, (solution) => solution.data.title, lang);
}
