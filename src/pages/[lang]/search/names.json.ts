/** `/{lang}/search/names.json`: the words "Did you mean" compares a query with, built from the content. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getNameVocabulary } from '#src/data/search-names.ts';
import { localeParams } from '#src/lib/routes.ts';

export const getStaticPaths = (() => localeParams()) satisfies GetStaticPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) => Response.json(await getNameVocabulary(props.lang));
