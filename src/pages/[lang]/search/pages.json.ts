/** `/{lang}/search/pages.json`: titles and summaries the search page ranks results by (src/search/result-ranking.ts). */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getRankedPages } from '#src/data/search-names.ts';
import { cataloguePaths } from '#src/data/catalogue.ts';

export const getStaticPaths = (() => cataloguePaths()) satisfies GetStaticPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) => Response.json(getRankedPages(props.catalogue));
