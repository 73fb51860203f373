import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { perLocale } from '#src/data/catalogue.ts';
import { useTranslations } from '#src/i18n/ui.ts';
import { socialImage } from '#src/lib/social-image.ts';

/** A social preview image per solution and case study, in each language. */
export const getStaticPaths = (() =>
  perLocale(({ lang, solutions, caseStudies }) => {
    const t = useTranslations(lang);
    const site = t('site.name');
    // A page shown in English for want of a translation uses the English image: one image
    // per text actually written, not per page (images were the largest build cost at scale).
    return [
      ...solutions
        .filter((s) => !s.fallback)
        .map((s) => ({
          params: { lang, kind: 'solutions', slug: s.slug },
          props: { kicker: t('searchType.solution'), title: s.data.title, summary: s.data.summary, site },
        })),
      ...caseStudies
        .filter((c) => !c.fallback)
        .map((c) => ({
          params: { lang, kind: 'case-studies', slug: c.slug },
          props: { kicker: t('searchType.case-study'), title: c.data.title, summary: c.data.summary, site },
        })),
    ];
  })) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) =>
  new Response(new Uint8Array(await socialImage(props)), { headers: { 'Content-Type': 'image/png' } });
