/** `/{lang}/compare/adopters.json`: who took up each solution, as the comparison reads it (src/lib/compare.ts). */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { cataloguePaths } from '#src/data/catalogue.ts';
import { adoptersModel } from '#src/data/compare.ts';

export const getStaticPaths = (() => cataloguePaths()) satisfies GetStaticPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props: { catalogue } }) => Response.json(adoptersModel(catalogue));
