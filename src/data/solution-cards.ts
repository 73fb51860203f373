/**
 * Solution cards for the list and facet pages, and the facets themselves (sector, SDG, status,
 * adopting country), each value with its count and its static page.
 */
import { labelOf, SECTOR_LABELS } from '#src/i18n/labels.ts';
import { inLocale, type Locale } from '#src/config/locales.ts';
import { useTranslations } from '#src/i18n/ui.ts';
import { countValues, withValue, type FacetLink } from '#src/lib/facets.ts';
import { paths } from '#src/lib/routes.ts';
import type { Catalogue } from './catalogue.ts';
import { countryName } from './countries.ts';

export interface SolutionCard {
  slug: string;
  title: string;
  kinyarwanda: string | undefined;
  summary: string;
  textLocale: Locale;
  sectorLabels: string[];
  countryCount: number;
  facets: Record<FacetKind, string[]>;
}

export const FACET_KINDS = ['sector', 'sdg', 'status', 'country'] as const;
export type FacetKind = (typeof FACET_KINDS)[number];

export function getSolutionCards({ lang, solutions, adopters }: Catalogue): SolutionCard[] {
  return solutions.map((solution) => {
    const countries = (adopters.get(solution.slug) ?? []).map((take) => take.country);
    return {
      slug: solution.slug,
      title: solution.data.title,
      kinyarwanda: solution.data.kinyarwanda?.name,
      summary: solution.data.summary,
      textLocale: solution.textLocale,
      sectorLabels: solution.data.sectors.map((sector) => inLocale(SECTOR_LABELS[sector], lang)),
      countryCount: countries.length,
      facets: {
        sector: solution.data.sectors,
        sdg: solution.data.sdgs.map(String),
        status: [solution.data.status],
        country: countries,
      },
    };
  });
}

export function facetLabel(kind: FacetKind, value: string, lang: Locale): string {
  const t = useTranslations(lang);
  switch (kind) {
    case 'sector':
      return labelOf(SECTOR_LABELS, value, lang);
    case 'sdg':
      return `${t('facet.sdgPrefix')} ${value}`;
    case 'status':
      return t(`status.${value}` as 'status.active');
    case 'country':
      return countryName(value, lang);
  }
}

/** Every facet with its values (only those some solution has), labelled and linked. */
export function facetsOf(cards: readonly SolutionCard[], lang: Locale): { kind: FacetKind; values: FacetLink[] }[] {
  return FACET_KINDS.map((kind) => ({
    kind,
    values: countValues(cards, (card) => card.facets[kind]).map(({ value, count }) => ({
      value,
      count,
      label: facetLabel(kind, value, lang),
      href: paths.solutionFacet(lang, kind, value),
    })),
  }));
}

export function cardsWith(cards: readonly SolutionCard[], kind: FacetKind, value: string): SolutionCard[] {
  return withValue(cards, (card) => card.facets[kind], value);
}
