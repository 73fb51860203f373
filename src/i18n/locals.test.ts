import { describe, expect, test } from 'vitest';
import { DEFAULT_LOCALE, localeConfig } from '#src/config/locales.ts';
import { localsFor } from './locals.ts';

describe('localsFor', () => {
  test('a page under /fr/ gets French strings and settings', () => {
    const locals = localsFor('fr');
    expect(locals.lang).toBe('fr');
    expect(locals.t('nav.solutions')).toBe('Solutions');
    expect(locals.t('nav.glossary')).toBe('Glossaire');
    expect(locals.locale).toBe(localeConfig('fr'));
  });

  test.each([undefined, 'xx', '404', 'EN'])('a page without a known language (%s) gets the default language', (param) => {
    const locals = localsFor(param);
    expect(locals.lang).toBe(DEFAULT_LOCALE);
    expect(locals.t('nav.glossary')).toBe('Glossary');
  });
});
