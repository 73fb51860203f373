/** `/{lang}/search/names.json`: the words "Did you mean" compares a query with, built from the content. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getNameVocabulary } from '#src/data/search-names.ts';
import { cataloguePaths } from '#src/data/catalogue.ts';

export const getStaticPaths = (() => cataloguePaths()) satisfies GetStaticPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) => Response.json(getNameVocabulary(props.catalogue));
