/**
 * What a static host reads from the published folder besides the pages, written into every build:
 * - `_headers` (Cloudflare Pages, Netlify): security and caching headers from
 *   src/lib/host-headers.ts, with the admin page's policy from `adminCsp()`, so the two never differ;
 * - `<lang>/404.html` for each language but the default: Cloudflare Pages serves the nearest
 *   `404.html` up the folder tree, and Netlify does under `netlify.toml`'s 404 rules, so a missing
 *   `/fr/...` page gets the French page with no script. `404.html` at the root stays for every
 *   other path, and for hosts that serve one 404 for all (GitHub Pages), where its script shows
 *   the visitor's language (src/client/not-found.ts).
 * Runs after the CMS page is written and before the output replaces dist/.
 */
import { copyFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { adminCsp } from '#src/admin/admin-page.ts';
import { cmsAuthOrigin } from '#src/admin/settings.ts';
import { TRANSLATION_LOCALES } from '#src/config/locales.ts';
import { normalizeBase } from '#src/lib/base.ts';
import { headerRules, headersFile } from '#src/lib/host-headers.ts';

export function hostFiles(): AstroIntegration {
  let base = '/';
  return {
    name: 'homegrown:host-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normalizeBase(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        await writeFile(join(outDir, '_headers'), headersFile(headerRules({ base, adminPolicy: adminCsp(cmsAuthOrigin()) })));
        // The not-found page each language already has (`/fr/not-found/`), where hosts look for it.
        await Promise.all(
          TRANSLATION_LOCALES.map((lang) => copyFile(join(outDir, lang, 'not-found', 'index.html'), join(outDir, lang, '404.html'))),
        );
        logger.info(`wrote _headers and 404.html for ${TRANSLATION_LOCALES.join(', ')}`);
      },
    },
  };
}
