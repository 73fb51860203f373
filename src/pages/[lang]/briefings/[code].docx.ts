/** `/{lang}/briefings/<country>.docx`: a country briefing as a Word document. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { briefingDocxResponse, countryDocx } from '#src/data/briefing-docx.ts';
import { countryBriefings } from '#src/data/briefings.ts';
import { perLocale } from '#src/data/catalogue.ts';
import { generatedDate } from '#src/data/open-data.ts';
import { paths } from '#src/lib/routes.ts';

export const getStaticPaths = (() =>
  perLocale((catalogue) =>
    countryBriefings(catalogue).map((briefing) => ({
      params: { lang: catalogue.lang, code: briefing.country.code },
      props: { briefing },
    })),
  )) satisfies GetStaticPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props: { briefing }, locals: { lang }, site, url }) =>
  briefingDocxResponse(
    countryDocx(lang, briefing, new URL(paths.briefing(lang, briefing.country.code), site ?? url.origin).href, generatedDate()),
  );
