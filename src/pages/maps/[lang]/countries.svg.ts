import type { APIRoute, GetStaticPaths } from 'astro';
import { countriesMap } from '#src/data/maps.ts';
import { isLocale } from '#src/config/locales.ts';
import { localeParams } from '#src/lib/routes.ts';

export const getStaticPaths = (() => localeParams()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const lang = params['lang'] ?? '';
  if (!isLocale(lang)) return new Response(null, { status: 404 });
  return new Response(await countriesMap(lang), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
