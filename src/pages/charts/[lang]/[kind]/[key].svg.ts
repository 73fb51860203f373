/**
 * The adoption-over-time charts as SVG files: one per solution with a case study
 * (`/charts/en/solutions/umucyo.svg`) and one per country with a case study
 * (`/charts/en/countries/gn.svg`), rendered from AdoptionChartSvg.astro by Astro's container.
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { experimental_AstroContainer } from 'astro/container';
import AdoptionChartSvg from '#src/components/AdoptionChartSvg.astro';
import { countryAdoption, solutionAdoption, type AdoptionChart } from '#src/data/adoption-charts.ts';
import { perLocale } from '#src/data/catalogue.ts';

export const getStaticPaths = (() =>
  perLocale((catalogue) => {
    const charts = [
      ...catalogue.solutions.map((solution) => ['solutions', solution.slug, solutionAdoption(catalogue, solution.slug)] as const),
      ...catalogue.countries.map((country) => ['countries', country.code, countryAdoption(catalogue, country.code)] as const),
    ];
    return charts.flatMap(([kind, key, chart]) =>
      chart ? [{ params: { lang: catalogue.lang, kind, key }, props: { chart: chart satisfies AdoptionChart } }] : [],
    );
  })) satisfies GetStaticPaths;

const container = await experimental_AstroContainer.create();

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props, locals }) =>
  new Response(await container.renderToString(AdoptionChartSvg, { props, locals }), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
