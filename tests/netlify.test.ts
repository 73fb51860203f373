/** netlify.toml: Netlify builds the site as the README says and serves each language's own 404 page. */
import { readFileSync } from 'node:fs';
import { parse } from 'smol-toml';
import { expect, test } from 'vitest';
import { TRANSLATION_LOCALES } from '#src/config/locales.ts';

const config = parse(readFileSync('netlify.toml', 'utf8')) as {
  build?: { command?: string; publish?: string; environment?: Record<string, string> };
  redirects?: { from: string; to: string; status?: number; force?: boolean; conditions?: { Language?: string[] } }[];
};

test('builds with npm run build into dist/, refusing placeholder settings', () => {
  expect(config.build?.command).toBe('npm run build');
  expect(config.build?.publish).toBe('dist');
  expect(config.build?.environment?.['DEPLOY']).toBe('1');
});

test.each(TRANSLATION_LOCALES)('a missing page under /%s/ gets that language’s 404.html, with status 404', (lang) => {
  const rule = config.redirects?.find((redirect) => redirect.from === `/${lang}/*`);
  expect(rule).toEqual({ from: `/${lang}/*`, to: `/${lang}/404.html`, status: 404 });
});

test.each(TRANSLATION_LOCALES)('/ sends a browser whose language is %s to its home, temporarily', (lang) => {
  const rule = config.redirects?.find((redirect) => redirect.from === '/' && redirect.to === `/${lang}/`);
  expect(rule).toEqual({ from: '/', to: `/${lang}/`, status: 302, force: true, conditions: { Language: [lang] } });
});

test('no rule overrides a page that exists, but the language rules of /', () => {
  expect(config.redirects?.filter((redirect) => redirect.force && !(redirect.from === '/' && redirect.conditions?.Language))).toEqual([]);
});
