/** `npm run build` refuses bad content before it writes anything, and never leaves a half site. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { astroBuild as build, fixtureProject as project, scratchDir } from '../setup/fixture-project.ts';

test('a build with an invalid entry fails with file, field and fix, and leaves no dist/', () => {
  const root = project({ overlay: 'tests/fixtures/broken/mdx-import' });
  const { status, output } = build(root);
  expect(status).not.toBe(0);
  expect(output).toMatch(/content\/solutions\/umucyo\/index\.mdx:\d+: body: import and export statements are not allowed/);
  expect(output).toContain('nothing was built');
  expect(existsSync(join(root, 'dist'))).toBe(false);
});

test('a build that fails while writing pages leaves the previous dist/ exactly as it was', () => {
  const root = project();
  mkdirSync(join(root, 'dist'));
  writeFileSync(join(root, 'dist/index.html'), 'the site as last published');
  // A page that fails while the others are being written.
  writeFileSync(join(root, 'src/pages/zz-fails.astro'), "---\nthrow new Error('this page cannot be rendered');\n---\n");
  const { status, output } = build(root);
  expect(status).not.toBe(0);
  expect(output).toContain('this page cannot be rendered');
  expect(readdirSync(join(root, 'dist'))).toEqual(['index.html']);
  expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).toBe('the site as last published');
}, 300_000);

test('the deploy build (DEPLOY=1) refuses placeholder settings, naming the setting and the fix', () => {
  const root = scratchDir();
  const env = { ...process.env, DEPLOY: '1', SITE_URL: '' };
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', join(root, 'never-written')], {
    encoding: 'utf8',
    env,
  });
  const output = `${result.stdout}\n${result.stderr}`;
  expect(result.status).not.toBe(0);
  expect(output).toContain('src/site.config.ts: url is still a placeholder ("https://homegrown.example")');
  expect(output).toContain('set SITE_URL');
  expect(existsSync(join(root, 'never-written'))).toBe(false);
});
