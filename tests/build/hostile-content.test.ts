/**
 * Property test: whatever text editors write, the built site holds nothing the output invariant
 * forbids (tests/setup/output-invariant.ts). fast-check writes hostile strings (issue #25's
 * payloads first, then generated ones) into every text field and body of the small fixture
 * catalogue, builds it, and checks the whole output. One build per batch of strings: each run
 * fills every field at once, and a failure is reported as it is, without shrinking (a build is
 * too slow to shrink over).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, expect, test } from 'vitest';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { typeset } from '#src/i18n/typography.ts';
import { readEntry } from '#src/lib/frontmatter.ts';
import { HOSTILE_CORPUS, hostileString, writeHostileCatalogue } from '../setup/hostile-catalogue.ts';
import { outputProblems } from '../setup/output-invariant.ts';

const SITE = 'https://homegrown.example';
/** Generated batches after the corpus; each is one build of the fixture catalogue. */
const GENERATED_RUNS = Number(process.env['HOSTILE_RUNS'] ?? 4);

const root = mkdtempSync(join(tmpdir(), 'homegrown-hostile-'));
for (const item of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
  if (existsSync(item)) cpSync(item, join(root, item), { recursive: true });
}
symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function buildAndCheck(pool: readonly string[]): Promise<string[]> {
  await writeHostileCatalogue(root, pool);
  const env = { ...process.env, SITE_URL: SITE, BASE_PATH: '', DEPLOY: '' };
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], {
    cwd: root,
    encoding: 'utf8',
    env,
  });
  if (result.status !== 0) return [`the build failed:\n${result.stdout}\n${result.stderr}`.slice(-3000)];
  return [...(await outputProblems(join(root, 'dist'), new URL(`${SITE}/`))), ...titleProblems()];
}

/** Text of an element and its descendants, as a browser's textContent. */
function textContent(node: DefaultTreeAdapterTypes.Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterTypes.TextNode).value;
  return 'childNodes' in node ? node.childNodes.map(textContent).join('') : '';
}

function findElement(node: DefaultTreeAdapterTypes.Node, tag: string): DefaultTreeAdapterTypes.Element | undefined {
  if ('tagName' in node && node.tagName === tag) return node;
  for (const child of 'childNodes' in node ? node.childNodes : []) {
    const found = findElement(child, tag);
    if (found) return found;
  }
  return undefined;
}

/** The strings did reach the pages, as text: the solution page's heading is its hostile title, character for character. */
function titleProblems(): string[] {
  const { title } = readEntry(readFileSync(join(root, 'content/solutions/umucyo/index.mdx'), 'utf8')).data;
  const h1 = findElement(parse(readFileSync(join(root, 'dist/en/solutions/umucyo/index.html'), 'utf8')), 'h1');
  const heading = h1 ? textContent(h1) : '';
  return heading === typeset(String(title), 'en')
    ? []
    : [`the solution page's <h1> reads ${JSON.stringify(heading)}, not its title ${JSON.stringify(title)}`];
}

test('hostile strings in every text field never reach the output unescaped', async () => {
  const batch = fc.array(hostileString, { minLength: 40, maxLength: 40 });
  await fc.assert(
    fc.asyncProperty(batch, async (pool) => {
      expect(await buildAndCheck(pool)).toEqual([]);
    }),
    { examples: [[[...HOSTILE_CORPUS]]], numRuns: GENERATED_RUNS, endOnFailure: true },
  );
}, 900_000);
