import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { feedItems } from '#src/data/feed.ts';
import { isLocale } from '#src/config/locales.ts';
import { useTranslations } from '#src/i18n/ui.ts';
import { localeParams, paths } from '#src/lib/routes.ts';

export const getStaticPaths = (() => localeParams()) satisfies GetStaticPaths;

/** New and updated entries in this language, newest first (dated by their last review). */
export const GET: APIRoute = async ({ params, site }) => {
  const lang = params['lang'] ?? '';
  if (!isLocale(lang) || !site) return new Response(null, { status: 404 });
  const t = useTranslations(lang);
  return rss({
    title: t('site.name'),
    description: t('site.description'),
    // The channel links to this language's home page, under the base path when there is one.
    site: new URL(paths.home(lang), site).href,
    items: await feedItems(lang),
    customData: `<language>${lang}</language>`,
  });
};
