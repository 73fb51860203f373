import type { APIRoute } from 'astro';
import { adoptionsGeoJson } from '#src/data/geo.ts';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(await adoptionsGeoJson(), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/geo+json; charset=utf-8' },
  });
