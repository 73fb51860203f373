/** `/{lang}/briefings/<country>.docx`: a country briefing as a Word document. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { briefingDocxResponse, countryDocx } from '#src/data/briefing-docx.ts';
import { countryBriefings } from '#src/data/briefings.ts';
import { perLocale } from '#src/data/catalogue.ts';
import { generatedDate } from '#src/data/open-data.ts';
import { paths } from '#src/lib/routes.ts';

export const getStaticPaths = (() =>
  perLocale(({ lang, ...catalogue }) =>
    countryBriefings({ lang, ...catalogue }).map((briefing) => ({
      params: { lang, code: briefing.country.code },
      props: { lang, briefing },
    })),
  )) satisfies GetStaticPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props: { lang, briefing }, site, url }) =>
  briefingDocxResponse(
    countryDocx(lang, briefing, new URL(paths.briefing(lang, briefing.country.code), site ?? url.origin).href, generatedDate()),
  );
