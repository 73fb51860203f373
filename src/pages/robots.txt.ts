import type { APIRoute } from 'astro';
import { files, withBase } from '#src/lib/routes.ts';

// The CMS page (/admin/, src/integrations/cms-admin.ts) is for editors, not for search engines.
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\nDisallow: ${withBase('/admin/')}\n\nSitemap: ${new URL(files.sitemap(), site).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
