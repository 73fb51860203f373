/**
 * `npm run build:admin`: the CMS on an origin of its own (docs/security.md "The CMS on its own
 * origin"), after `CMS_ADMIN_ORIGIN=https://admin.example.org npm run build` (which leaves
 * /admin/ out of the public site). Writes `dist-admin/`, to publish at that origin's root: the CMS
 * at `/admin/`, with the site's favicon and stylesheets (for the preview) copied beside it, and
 * "Back to the site" pointing at the public site. The GitHub token Decap keeps in localStorage
 * then lives on an origin that serves nothing but the CMS.
 */
import { cp, mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { writeAdmin, siteStyles } from '#src/integrations/cms-admin.ts';
import { normalizeBase } from '#src/lib/base.ts';
import { siteConfig } from '#src/site.config.ts';

const root = resolve('.');
const site = resolve(process.argv[2] ?? 'dist');
const out = resolve(process.argv[3] ?? 'dist-admin');
const siteBase = normalizeBase(process.env['BASE_PATH']);
const styles = await siteStyles(site, siteBase);

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
await cp(join(site, 'favicon.svg'), join(out, 'favicon.svg'));
for (const href of styles) await cp(join(site, href.slice(siteBase.length)), join(out, href.slice(siteBase.length)));
const count = await writeAdmin(root, out, {
  base: '/',
  previewStyles: styles.map((href) => `/${href.slice(siteBase.length)}`),
  siteHome: new URL(siteBase, siteConfig.url).href,
});
console.log(`wrote the CMS to ${out}/admin/ (${count} Decap files), for ${process.env['CMS_ADMIN_ORIGIN'] ?? 'its own origin'}`);
