/** /admin/ in the built site: the CMS page, its own CSP, kept away from readers' tools; the public pages untouched. */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { globSync } from 'tinyglobby';
import { describe, expect, test } from 'vitest';
import { cmsConfigYaml } from '#src/admin/config.ts';
import { cmsSettings } from '#src/admin/settings.ts';

const admin = readFileSync('dist/admin/index.html', 'utf8');

describe('/admin/', () => {
  test('says in English and French what it is for, and asks robots not to index it', () => {
    expect(admin).toMatch(/<html lang="en">/);
    expect(admin).toContain('each change becomes a pull request that is checked and reviewed before it is published');
    expect(admin).toMatch(/<p lang="fr"[^>]*>\s*<strong>Rédaction de Homegrown :<\/strong> ajoutez ou corrigez une fiche ici/);
    expect(admin).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(admin).not.toContain('data-pagefind-body');
  });

  test("has its own CSP, which allows what Decap needs and nothing from other sites but GitHub, nor from the editor's machine", () => {
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(admin)?.[1] ?? '';
    expect(csp).toContain("script-src 'self' 'unsafe-eval'");
    expect(csp).toMatch(/connect-src 'self' https:\/\/api\.github\.com(?: https:\/\/[^ ;]+)?;/);
    expect(csp).not.toMatch(/localhost|127\.0\.0\.1/);
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/script-src[^;]*(https:|\*)/);
  });

  test('its configuration is the one the content model gives (no drift between build and schemas)', async () => {
    expect(readFileSync('dist/admin/config.yml', 'utf8')).toBe(cmsConfigYaml(await cmsSettings('.')));
  });

  test('the deployed configuration tries no local backend, keeps media out of public/, and lets editors work from forks', () => {
    const config = readFileSync('dist/admin/config.yml', 'utf8');
    expect(config).not.toMatch(/local_backend/);
    expect(config).toMatch(/^media_folder: content\/media$/m);
    expect(config).toMatch(/^ {2}open_authoring: true$/m);
  });

  test('Decap is copied into the build from node_modules, never committed', () => {
    expect(existsSync('dist/admin/decap/decap-cms-app.js')).toBe(true);
    expect(execFileSync('git', ['ls-files', '*decap-cms-app*'], { encoding: 'utf8' })).toBe('');
  });

  test('is not in the sitemap, is disallowed in robots.txt, and no public page loads the CMS or relaxes its CSP', () => {
    const sitemaps = globSync('dist/sitemap-*.xml').map((file) => readFileSync(file, 'utf8'));
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const sitemap of sitemaps) expect(sitemap).not.toContain('/admin/');
    expect(readFileSync('dist/robots.txt', 'utf8')).toMatch(/^Disallow: \/admin\/$/m);
    const pages = globSync('dist/**/*.html', { ignore: ['dist/admin/**'] });
    expect(pages.length).toBeGreaterThan(100);
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      expect(html, page).not.toContain("'unsafe-eval'");
      expect(html, page).not.toContain('/admin/');
    }
  });
});
