/** The normal build (dist/) has only the table's languages: no trace of the test-only locale of tests/build/extra-locale.test.ts. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { CONTENT_LOCALES } from '#src/config/locales.ts';

const DIST = 'dist';
const TEST_LOCALE = 'xx';

test('the normal build has no trace of the test locale', () => {
  expect(existsSync(join(DIST, TEST_LOCALE))).toBe(false);
  const home = readFileSync(join(DIST, 'en/index.html'), 'utf8');
  expect(home).not.toContain(`hreflang="${TEST_LOCALE}"`);
  expect(home).not.toContain('⟦');
  const entry = JSON.parse(readFileSync(join(DIST, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
  expect(Object.keys(entry.languages).sort()).toEqual([...CONTENT_LOCALES].sort());
});
