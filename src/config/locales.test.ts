import { describe, expect, test } from 'vitest';
import { useTranslations } from '#src/i18n/ui.ts';
import { CONTENT_LOCALES, DEFAULT_LOCALE, inLocale, LOCALES, localeConfig, TEST_LOCALE } from './locales.ts';

describe('the locale table', () => {
  test.each(CONTENT_LOCALES)('%s: its tag is its key, its tags are valid BCP 47 and it has interface strings', (locale) => {
    const config = localeConfig(locale);
    expect(config.tag).toBe(locale);
    expect(Intl.getCanonicalLocales(config.htmlLang)).toEqual([config.htmlLang]);
    expect(Intl.DateTimeFormat.supportedLocalesOf(config.intl)).toEqual([config.intl]);
    expect(config.ogLocale).toMatch(/^[a-z]{2,3}_[A-Z]{2}$/);
    expect(useTranslations(locale)('site.name')).toBe('Homegrown');
  });

  test('the canonical language comes first, and a normal run has no test locale', () => {
    expect(LOCALES[0]).toBe(DEFAULT_LOCALE);
    expect(TEST_LOCALE).toBeUndefined();
    expect(LOCALES).toEqual(CONTENT_LOCALES);
  });

  test('a language without a value of its own gets the canonical one', () => {
    const values = { en: 'Health', fr: 'Santé' };
    expect(inLocale(values, 'fr')).toBe('Santé');
    expect(inLocale(values, 'xx' as typeof DEFAULT_LOCALE)).toBe('Health');
    expect(localeConfig('xx' as typeof DEFAULT_LOCALE).tag).toBe(DEFAULT_LOCALE);
  });
});
