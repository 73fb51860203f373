/** `/{lang}/search/pages.json`: titles and summaries the search page ranks results by (src/search/result-ranking.ts). */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getRankedPages } from '#src/data/search-names.ts';
import { localeParams } from '#src/lib/routes.ts';

export const getStaticPaths = (() => localeParams()) satisfies GetStaticPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) => Response.json(await getRankedPages(props.lang));
