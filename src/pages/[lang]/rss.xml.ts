import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { cataloguePaths } from '#src/data/catalogue.ts';
import { feedItems } from '#src/data/feed.ts';
import { paths } from '#src/lib/routes.ts';

export const getStaticPaths = (() => cataloguePaths()) satisfies GetStaticPaths;

/** New and updated entries in this language, newest first (dated by their last review). */
export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({
  props: { catalogue },
  locals: { lang, t },
  site,
}) => {
  if (!site) return new Response(null, { status: 404 });
  return rss({
    title: t('site.name'),
    description: t('site.description'),
    // The channel links to this language's home page, under the base path when there is one.
    site: new URL(paths.home(lang), site).href,
    items: feedItems(catalogue),
    customData: `<language>${lang}</language>`,
  });
};
