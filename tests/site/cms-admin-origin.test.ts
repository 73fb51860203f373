/** The CMS built for an origin of its own (npm run build:admin), from the built site in dist/. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { siteConfig } from '#src/site.config.ts';

const out = join(mkdtempSync(join(tmpdir(), 'homegrown-admin-')), 'dist-admin');
afterAll(() => rmSync(join(out, '..'), { recursive: true, force: true }));

test('dist-admin/ holds the whole CMS, its preview styles and favicon, and links back to the public site', () => {
  execFileSync(process.execPath, ['scripts/build-admin.ts', 'dist', out], { encoding: 'utf8', env: { ...process.env, BASE_PATH: '' } });
  for (const file of [
    'admin/index.html',
    'admin/config.yml',
    'admin/cms.js',
    'admin/admin.css',
    'admin/decap/decap-cms-app.js',
    'favicon.svg',
  ]) {
    expect(existsSync(join(out, file)), file).toBe(true);
  }
  const page = readFileSync(join(out, 'admin/index.html'), 'utf8');
  expect(page).toContain(`<a href="${siteConfig.url}/en/">Back to the site</a>`);
  const styles = /data-preview-styles="([^"]+)"/.exec(page)?.[1]?.split(' ') ?? [];
  expect(styles.length).toBeGreaterThan(0);
  for (const href of styles) expect(existsSync(join(out, href)), href).toBe(true);
  expect(page).not.toMatch(/localhost|127\.0\.0\.1/);
});
