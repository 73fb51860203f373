/** The built site holds nothing but what the invariant allows (tests/setup/output-invariant.ts). */
import { expect, test } from 'vitest';
import { normalizeBase } from '#src/lib/base.ts';
import { siteConfig } from '#src/site.config.ts';
import { outputProblems } from '../setup/output-invariant.ts';

test('every page, image, feed, CSV and JSON file in dist/ passes the output invariant', async () => {
  const site = new URL(normalizeBase(process.env['BASE_PATH']), siteConfig.url);
  expect(await outputProblems('dist', site)).toEqual([]);
});
