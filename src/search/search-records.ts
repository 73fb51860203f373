/** Glossary terms as Pagefind custom records: each term is its own result, in each language. */
import { inLocale, localeConfig, LOCALES } from '#src/config/locales.ts';
import { useTranslations } from '#src/i18n/ui.ts';
import type { GlossaryTerm } from '#src/schemas/glossary.ts';
import { paths, withoutBase } from '#src/lib/routes.ts';

export interface SearchRecord {
  url: string;
  content: string;
  /** The Pagefind index it joins: the pages' `<html lang>`. */
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

export function glossaryRecords(terms: readonly GlossaryTerm[]): SearchRecord[] {
  return LOCALES.flatMap((lang) => {
    const t = useTranslations(lang);
    return terms.map((term) => ({
      // Pagefind adds the base path to every result itself (its `baseUrl` option).
      url: withoutBase(paths.glossaryTerm(lang, term.id)),
      content: [term.term, term.literal && inLocale(term.literal, lang), inLocale(term.explanation, lang)].filter(Boolean).join('. '),
      language: localeConfig(lang).htmlLang,
      meta: { title: term.term, type: t('searchType.glossary-term') },
      filters: { type: ['glossary-term'] },
    }));
  });
}
