/** Case studies in a reader's language, with their country's name and furthest stage. */
import type { CollectionEntry } from 'astro:content';
import type { Locale } from '#src/config/locales.ts';
import { compareNames } from '#src/lib/collate.ts';
import { localize, relabelEntry, typesetItems, type Localized } from '#src/lib/localize.ts';
import { typeset } from '#src/i18n/typography.ts';
import { furthestStage, lastReported } from '#src/lib/stages.ts';
import type { Stage } from '#src/schemas/case-study.ts';
import { countryName } from './countries.ts';
import { translationsIn } from './translations.ts';

type CaseStudyData = CollectionEntry<'caseStudies'>['data'];

/** A stage as pages show it: with the date of the latest source that reports it (`lastReported`). */
export type StageView = CaseStudyData['stages'][number] & { lastReported: string | undefined };

export interface CaseStudyView extends Localized<Omit<CaseStudyData, 'stages'> & { stages: StageView[] }> {
  slug: string;
  countryName: string;
  furthest: Stage | undefined;
  /** Date of the latest stage, for "latest case studies". */
  latest: string;
  bodyEntry: CollectionEntry<'caseStudies'> | CollectionEntry<'caseStudyTranslations'>;
}

/** Every case study in `lang`, sorted by country name, then title. */
export function caseStudyViews(
  entries: readonly CollectionEntry<'caseStudies'>[],
  translationEntries: readonly CollectionEntry<'caseStudyTranslations'>[],
  lang: Locale,
): CaseStudyView[] {
  const translations = translationsIn(translationEntries, lang);
  return entries
    .map((entry): CaseStudyView => {
      const translation = translations.get(entry.id);
      const view = localize(entry.data, translation?.data, lang, (data, t) => ({
        ...relabelEntry('caseStudies', data, t.labels),
        adaptation: t.adaptation ?? data.adaptation,
      }));
      const { data, textLocale } = view;
      return {
        ...view,
        data: {
          ...data,
          adaptation: data.adaptation === undefined ? undefined : typeset(data.adaptation, textLocale),
          stages: typesetItems(data.stages, textLocale).map((stage) => ({ ...stage, lastReported: lastReported(stage, data.sources) })),
          timeline: typesetItems(data.timeline, textLocale),
          outcomes: typesetItems(data.outcomes, textLocale),
          disagreements: typesetItems(data.disagreements, textLocale),
        },
        slug: entry.id,
        countryName: countryName(entry.data.country.id, lang),
        furthest: furthestStage(entry.data.stages),
        latest: entry.data.stages.at(-1)?.date ?? '',
        bodyEntry: translation ?? entry,
      };
    })
    .sort((a, b) => compareNames(a.countryName, b.countryName, lang) || compareNames(a.data.title, b.data.title, lang));
}
