/**
 * Interface strings of the test-only locale (`EXTRA_TEST_LOCALE=xx`, see src/config/locales.ts and
 * tests/build/extra-locale.test.ts): the English strings, each marked "⟦…⟧" so that a test can see that
 * a page's interface comes from this file while its content falls back to English.
 */
import { en, type UiKey } from './en.ts';

export const testLocale = Object.fromEntries(Object.entries<string>(en).map(([key, value]) => [key, `⟦${value}⟧`])) as Record<
  UiKey,
  string
>;
