/**
 * The layer rule (eslint.layers.js) refuses an import that climbs a layer or crosses to another
 * room of the same layer, and lets an import down a layer through.
 */
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

const eslint = new ESLint();

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
}

describe('the layer rule', () => {
  test.each([
    ['src/schemas/probe.ts', "export { SLUG_PATTERN } from '#src/lib/routes.ts';", 'src/schemas/ (layer 1) must not import src/lib/'],
    ['src/i18n/probe.ts', "export { paths } from '#src/lib/routes.ts';", 'src/i18n/ (layer 2) must not import src/lib/'],
    ['src/lib/probe.ts', "export { gateMdx } from '#src/body/mdx-gate.ts';", 'src/lib/ (layer 3) must not import src/body/'],
    ['src/body/probe.ts', "export { startSearch } from '#src/search/search.ts';", 'src/body/ (layer 4) must not import src/search/'],
    [
      'src/data/probe.ts',
      "export { default } from '#src/components/SourceList.astro';",
      'src/data/ (layer 6) must not import src/components/',
    ],
    ['src/site.config.ts', "export { paths } from '#src/lib/routes.ts';", 'src/config/ (layer 0) must not import src/lib/'],
    ['src/lib/probe.ts', "export { siteConfig } from '../site.config.ts';", 'through #src/'],
    ['scripts/probe.ts', "export { serveDist } from '../tests/setup/static-server.ts';", 'scripts/ must not import tests/'],
  ])('%s: %s is refused', async (file, code, message) => {
    const messages = await restrictedImports(file, code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(message);
  });

  test.each([
    ['src/lib/probe.ts', "export { slug } from '#src/schemas/primitives.ts';"],
    ['src/data/probe.ts', "export { vocabulary } from '#src/search/did-you-mean.ts';"],
    ['src/pages/probe.ts', "export { getSolutions } from '#src/data/solutions.ts';"],
    ['src/lib/probe.test.ts', "export { getSolutions } from '#src/data/solutions.ts';"],
  ])('%s: %s is allowed', async (file, code) => {
    expect(await restrictedImports(file, code)).toEqual([]);
  });
});
