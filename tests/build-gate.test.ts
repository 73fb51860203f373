/** `npm run build` refuses bad content before it writes anything to dist/. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, test } from 'vitest';

const root = mkdtempSync(join(tmpdir(), 'homegrown-build-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

test('a build with an invalid entry fails with file, field and fix, and leaves no dist/', () => {
  for (const item of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    if (existsSync(item)) cpSync(item, join(root, item), { recursive: true });
  }
  symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');
  cpSync('tests/fixtures/base/content', join(root, 'content'), { recursive: true });
  cpSync('tests/fixtures/broken/mdx-import/content', join(root, 'content'), { recursive: true });

  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: root, encoding: 'utf8' });
  const output = `${result.stdout}\n${result.stderr}`;
  expect(result.status).not.toBe(0);
  expect(output).toMatch(/content\/solutions\/umucyo\/index\.mdx:\d+: body: import and export statements are not allowed/);
  expect(output).toContain('nothing was built');
  expect(existsSync(join(root, 'dist'))).toBe(false);
});

test('the deploy build (DEPLOY=1) refuses placeholder settings, naming the setting and the fix', () => {
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
