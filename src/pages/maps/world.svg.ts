import type { APIRoute } from 'astro';
import { baseMap } from '../../data/maps';

export const GET: APIRoute = () => new Response(baseMap(), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
