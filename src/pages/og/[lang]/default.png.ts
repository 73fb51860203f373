import type { APIRoute, GetStaticPaths } from 'astro';
import { socialImage } from '#src/lib/social-image.ts';
import { localeParams } from '#src/lib/routes.ts';

/**
 * The one social preview image of each language that every page without its own reuses (lists,
 * countries, briefings, about...): images are drawn only for what people share one by one,
 * solutions and case studies (src/pages/og/[lang]/[kind]/[slug].png.ts).
 */
export const getStaticPaths = localeParams satisfies GetStaticPaths;

export const GET: APIRoute = async ({ locals: { t } }) => {
  const card = { kicker: t('site.name'), title: t('site.tagline'), summary: t('site.description'), site: t('site.name') };
  return new Response(new Uint8Array(await socialImage(card)), { headers: { 'Content-Type': 'image/png' } });
};
