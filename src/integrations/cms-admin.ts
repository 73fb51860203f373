/**
 * The CMS page, `/admin/`: written into the build after the search index (so Pagefind never sees
 * it; it is no Astro page, so the sitemap never lists it and the public pages' CSP is untouched),
 * and served by the dev server for `npm run cms`. Decap's bundle is copied from node_modules at
 * build time, never committed; the configuration is generated from the content model
 * (src/admin/config.ts); the page's own script is bundled from src/admin/admin-client.ts.
 * Its settings come from the environment (src/admin/settings.ts).
 */
import { cp, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { cmsConfigYaml, translationCollectionName } from '#src/admin/config.ts';
import { cmsAuthOrigin, cmsSettings } from '#src/admin/settings.ts';
import { ADMIN_CSS, adminPage } from '#src/admin/admin-page.ts';
import { MDX_COLLECTIONS } from '#src/schemas/collections.ts';
import { TRANSLATION_LOCALES } from '#src/config/locales.ts';
import { normalizeBase } from '#src/lib/base.ts';
import { siteConfig } from '#src/site.config.ts';

export const ADMIN_DIR = 'admin';

/** The page's script, bundled for the browser. */
export async function adminScript(root: string): Promise<string> {
  const result = await build({
    entryPoints: [join(root, 'src/admin/admin-client.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    write: false,
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  return result.outputFiles[0]?.text ?? '';
}

const DECAP_DIST = 'node_modules/decap-cms-app/dist';

function pageOptions(base: string, previewStyles: readonly string[]) {
  return {
    base,
    previewStyles,
    canonical: MDX_COLLECTIONS.map((collection) => collection.name),
    translations: MDX_COLLECTIONS.flatMap((collection) =>
      TRANSLATION_LOCALES.map((lang) => ({ name: translationCollectionName(collection, lang), lang })),
    ),
    authOrigin: cmsAuthOrigin(),
    contact: siteConfig.contact,
  };
}

/** The stylesheets a public page links, for the preview. */
export async function siteStyles(outDir: string, base: string): Promise<string[]> {
  const html = await readFile(join(outDir, 'en', 'index.html'), 'utf8').catch(() => '');
  const hrefs = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((match) => match[1] ?? '');
  return hrefs.filter((href) => href.startsWith(base));
}

/**
 * Writes the CMS into `<outDir>/admin/`: the page, its stylesheet, the configuration, its script
 * and Decap's bundle. `siteHome` is where "Back to the site" points when the CMS is on another
 * origin than the site. Returns how many Decap files it copied.
 */
export async function writeAdmin(
  root: string,
  outDir: string,
  { base, previewStyles, siteHome }: { base: string; previewStyles: readonly string[]; siteHome?: string },
): Promise<number> {
  const adminDir = join(outDir, ADMIN_DIR);
  await mkdir(join(adminDir, 'decap'), { recursive: true });
  const decapFiles = (await readdir(join(root, DECAP_DIST))).filter((name) => /\.js$|\.txt$/.test(name));
  await Promise.all(decapFiles.map((name) => cp(join(root, DECAP_DIST, name), join(adminDir, 'decap', name))));
  await writeFile(join(adminDir, 'index.html'), adminPage({ ...pageOptions(base, previewStyles), siteHome }));
  await writeFile(join(adminDir, 'admin.css'), ADMIN_CSS);
  await writeFile(join(adminDir, 'config.yml'), cmsConfigYaml(await cmsSettings(root)));
  await writeFile(join(adminDir, 'cms.js'), await adminScript(root));
  return decapFiles.length;
}

export function cmsAdmin(): AstroIntegration {
  let root = '';
  let base = '/';
  return {
    name: 'homegrown:cms-admin',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = normalizeBase(config.base);
      },
      'astro:server:setup': ({ server }) => {
        const prefix = `${base}${ADMIN_DIR}/`;
        server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
          const path = (req.url ?? '').split('?')[0] ?? '';
          if (path === `${base}${ADMIN_DIR}`) {
            res.writeHead(301, { Location: prefix }).end();
            return;
          }
          if (!path.startsWith(prefix)) return next();
          const file = path.slice(prefix.length);
          const send = (type: string, body: string | Buffer): void =>
            void res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' }).end(body);
          const respond = async (): Promise<void> => {
            if (file === '' || file === 'index.html') {
              // `npm run cms` passes its guarded backend's address (token included) in DECAP_SERVER_URL.
              const local = process.env['DECAP_SERVER_URL'];
              const page = {
                ...pageOptions(base, [`${base}src/styles/global.css?direct`]),
                localBackendOrigin: local ? new URL(local).origin : undefined,
              };
              return send('text/html; charset=utf-8', adminPage(page));
            }
            if (file === 'admin.css') return send('text/css; charset=utf-8', ADMIN_CSS);
            if (file === 'config.yml') return send('text/yaml; charset=utf-8', cmsConfigYaml(await cmsSettings(root)));
            if (file === 'cms.js') return send('text/javascript; charset=utf-8', await adminScript(root));
            if (file.startsWith('decap/') && /^[\w.-]+\.js$/.test(file.slice(6))) {
              return send('text/javascript; charset=utf-8', await readFile(join(root, DECAP_DIST, file.slice(6))));
            }
            next();
          };
          respond().catch((error: unknown) => {
            res.writeHead(500, { 'Content-Type': 'text/plain' }).end(String(error));
          });
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // CMS_ADMIN_ORIGIN: the editor lives on an origin of its own (docs/security.md), built by
        // `npm run build:admin`; the public site then holds no /admin/ at all.
        if (process.env['CMS_ADMIN_ORIGIN']) {
          logger.info(`the CMS is built apart for ${process.env['CMS_ADMIN_ORIGIN']} (npm run build:admin); no ${ADMIN_DIR}/ in the site`);
          return;
        }
        const count = await writeAdmin(root, outDir, { base, previewStyles: await siteStyles(outDir, base) });
        logger.info(`wrote the CMS to ${ADMIN_DIR}/ (${count} Decap files)`);
      },
    },
  };
}
