import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { DEFAULT_LOCALE } from '#src/config/locales.ts';
import { getCatalogue } from '#src/data/catalogue.ts';
import { adoptersMap } from '#src/data/maps.ts';

/**
 * A map per solution that some case study involves, from the catalogue's adopters of it: one file
 * for every language, as it has no words (the page gives them).
 */
export const getStaticPaths = (async () =>
  [...(await getCatalogue(DEFAULT_LOCALE)).adopters].map(([slug, takes]) => ({
    params: { slug },
    props: { takes },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
  new Response(adoptersMap(props.takes), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
