import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { perLocale } from '#src/data/catalogue.ts';
import { takesMap } from '#src/data/maps.ts';

/** A map per solution that some case study involves, from the catalogue's adopters of it. */
export const getStaticPaths = (() =>
  perLocale((catalogue) =>
    [...catalogue.adopters].map(([slug, takes]) => ({ params: { lang: catalogue.lang, slug }, props: { catalogue, takes } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
  new Response(takesMap(props.catalogue, props.takes), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
