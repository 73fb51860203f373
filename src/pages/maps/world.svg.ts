import type { APIRoute } from 'astro';
import { baseMap } from '#src/data/maps.ts';

export const GET: APIRoute = () => new Response(baseMap(), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
