/** Institutions by id, with their name, description and figures in the reader's language. */
import type { CollectionEntry } from 'astro:content';
import { inLocale, type Locale } from '#src/config/locales.ts';
import { typeset } from '#src/i18n/typography.ts';
import type { Figure } from '#src/schemas/claims.ts';
import type { Source } from '#src/schemas/source.ts';

export interface InstitutionView {
  id: string;
  name: string;
  short: string | undefined;
  url: string;
  description: string | undefined;
  figures: Figure[];
  sources: Source[];
}

function toView({ data }: CollectionEntry<'institutions'>, lang: Locale): InstitutionView {
  return {
    id: data.id,
    name: inLocale(data.name, lang),
    short: data.short,
    url: data.url,
    description: data.description?.[lang] === undefined ? undefined : typeset(data.description[lang], lang),
    figures: data.figures.map((figure) => ({ ...figure, label: inLocale(figure.label, lang) })),
    sources: data.sources ?? [],
  };
}

/** Every institution in `lang`, by id. */
export function institutionViews(entries: readonly CollectionEntry<'institutions'>[], lang: Locale): Map<string, InstitutionView> {
  return new Map(entries.map((entry) => [entry.data.id, toView(entry, lang)]));
}

/** The institution the about page and the home page's headline figures describe. */
export const COORDINATING_INSTITUTION = 'rwanda-cooperation';
