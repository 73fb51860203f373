/** What every page and component knows about its language (`Astro.locals`, set by src/middleware.ts). */
import { DEFAULT_LOCALE, isLocale, localeConfig, type Locale, type LocaleConfig } from '#src/config/locales.ts';
import { useTranslations, type UiKey } from './ui.ts';

export interface LocaleLocals {
  /** The page's language: its `[lang]` parameter, else the default language (`/`, the 404 page). */
  lang: Locale;
  /** Interface strings in that language: `t('nav.home')`. */
  t: (key: UiKey) => string;
  /** The language's settings (HTML tag, Intl formats, collation, typography). */
  locale: LocaleConfig;
}

export function localsFor(param: string | undefined): LocaleLocals {
  const lang = param !== undefined && isLocale(param) ? param : DEFAULT_LOCALE;
  return { lang, t: useTranslations(lang), locale: localeConfig(lang) };
}
