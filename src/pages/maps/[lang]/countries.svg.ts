import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { perLocale } from '#src/data/catalogue.ts';
import { countriesMap } from '#src/data/maps.ts';

export const getStaticPaths = (() =>
  perLocale((catalogue) => [{ params: { lang: catalogue.lang }, props: { catalogue } }])) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
  new Response(countriesMap(props.catalogue), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
