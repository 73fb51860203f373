import type { APIRoute, GetStaticPaths } from 'astro';
import { solutionMap, solutionsWithMaps } from '#src/data/maps.ts';
import { LOCALES, isLocale } from '#src/config/locales.ts';

export const getStaticPaths = (async () =>
  (
    await Promise.all(LOCALES.map(async (lang) => (await solutionsWithMaps(lang)).map((slug) => ({ params: { lang, slug } }))))
  ).flat()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const lang = params['lang'] ?? '';
  if (!isLocale(lang) || !params['slug']) return new Response(null, { status: 404 });
  return new Response(await solutionMap(lang, params['slug']), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
