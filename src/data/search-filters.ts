/** The search page's filter checkboxes: every value the index can hold, labelled in the page's language. */
import { REGION_LABELS, SECTOR_LABELS } from '#src/i18n/labels.ts';
import { inLocale } from '#src/config/locales.ts';
import { useTranslations } from '#src/i18n/ui.ts';
import { compareNames } from '#src/lib/collate.ts';
import { SEARCH_FILTERS, SEARCH_TYPES, type SearchFilter } from '#src/search/search-tags.ts';
import { STAGES } from '#src/schemas/case-study.ts';
import type { Catalogue } from './catalogue.ts';

export interface FilterGroup {
  key: SearchFilter;
  options: { value: string; label: string }[];
}

export function getSearchFilters({ lang, solutions, countries }: Catalogue): FilterGroup[] {
  const t = useTranslations(lang);
  const sectors = [...new Set(solutions.flatMap((s) => s.data.sectors))];
  const sdgs = [...new Set(solutions.flatMap((s) => s.data.sdgs))].sort((a, b) => a - b);
  const regions = [...new Set(countries.map((c) => c.entry.data.region))];
  const options: Record<SearchFilter, { value: string; label: string }[]> = {
    type: SEARCH_TYPES.map((value) => ({ value, label: t(`searchType.${value}`) })),
    sector: sectors
      .map((value) => ({ value, label: inLocale(SECTOR_LABELS[value], lang) }))
      .sort((a, b) => compareNames(a.label, b.label, lang)),
    sdg: sdgs.map((value) => ({ value: String(value), label: `${t('facet.sdgPrefix')} ${value}` })),
    country: countries.map((c) => ({ value: c.code, label: c.name })),
    stage: STAGES.map((value) => ({ value, label: t(`stage.${value}`) })),
    region: regions
      .map((value) => ({ value, label: inLocale(REGION_LABELS[value], lang) }))
      .sort((a, b) => compareNames(a.label, b.label, lang)),
  };
  return SEARCH_FILTERS.map((key) => ({ key, options: options[key] }));
}
