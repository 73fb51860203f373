/**
 * The site's URL contract, in one place. Every path ends with a slash and includes the base path
 * the site is deployed under (`BASE_PATH`, e.g. `/homegrown/`), so no page writes a root-relative URL itself.
 */
import { LOCALES, type Locale } from '#src/config/locales.ts';
import { joinBase, normalizeBase, stripBase } from './base.ts';

/**
 * The base path of this build (`/` unless `BASE_PATH` is set, see astro.config.mjs). Pages render
 * in Node, where BASE_PATH is read directly; in the browser, Vite writes in Astro's BASE_URL.
 */
export const BASE = normalizeBase(typeof process === 'undefined' ? import.meta.env.BASE_URL : process.env['BASE_PATH']);

/** Any file of the site under the base: `/maps/world.svg` -> `/homegrown/maps/world.svg`. */
export function withBase(path: string): string {
  return joinBase(path, BASE);
}

/** A page's path without the base, as Pagefind's records and the locale switch need it. */
export function withoutBase(pathname: string): string {
  return stripBase(pathname, BASE);
}

export const paths = {
  home: (lang: Locale) => withBase(`/${lang}/`),
  solutions: (lang: Locale) => withBase(`/${lang}/solutions/`),
  solution: (lang: Locale, slug: string) => withBase(`/${lang}/solutions/${slug}/`),
  /** A static filter page: `/en/solutions/sector/justice/`. */
  solutionFacet: (lang: Locale, kind: string, value: string) => withBase(`/${lang}/solutions/${kind}/${value.toLowerCase()}/`),
  caseStudies: (lang: Locale) => withBase(`/${lang}/case-studies/`),
  caseStudy: (lang: Locale, slug: string) => withBase(`/${lang}/case-studies/${slug}/`),
  countries: (lang: Locale) => withBase(`/${lang}/countries/`),
  country: (lang: Locale, code: string) => withBase(`/${lang}/countries/${code.toLowerCase()}/`),
  /** "Countries like mine": `/fr/countries/language/fr/`. */
  countryFacet: (lang: Locale, kind: string, value: string) => withBase(`/${lang}/countries/${kind}/${value.toLowerCase()}/`),
  events: (lang: Locale) => withBase(`/${lang}/events/`),
  event: (lang: Locale, slug: string) => withBase(`/${lang}/events/${slug}/`),
  glossary: (lang: Locale) => withBase(`/${lang}/glossary/`),
  glossaryTerm: (lang: Locale, id: string) => withBase(`/${lang}/glossary/#${id}`),
  about: (lang: Locale) => withBase(`/${lang}/about/`),
  /** What each stage of a case study means and what evidence it needs; `stage` links its definition. */
  stages: (lang: Locale) => withBase(`/${lang}/stages/`),
  stage: (lang: Locale, stage: string) => withBase(`/${lang}/stages/#stage-${stage}`),
  /** A language's not-found page, also written as `/{lang}/404.html`; the root 404.html shows it under /fr/ where a host serves one 404.html. */
  notFound: (lang: Locale) => withBase(`/${lang}/not-found/`),
  search: (lang: Locale) => withBase(`/${lang}/search/`),
  /** The A to Z of every entry for visitors without JavaScript, a page of it (1-based): `/en/search/a-z/2/`. */
  searchAtoZ: (lang: Locale, page = 1) => withBase(`/${lang}/search/a-z/${page > 1 ? `${page}/` : ''}`),
  data: (lang: Locale) => withBase(`/${lang}/data/`),
  briefings: (lang: Locale) => withBase(`/${lang}/briefings/`),
  /** "Request a study visit"; `query` preselects (`c=gn&s=umucyo`, src/lib/visit-request.ts). */
  visitRequest: (lang: Locale, query = '') => withBase(`/${lang}/visit/${query ? `?${query}` : ''}`),
  briefing: (lang: Locale, code: string) => withBase(`/${lang}/briefings/${code.toLowerCase()}/`),
  briefingSolution: (lang: Locale, slug: string) => withBase(`/${lang}/briefings/solutions/${slug}/`),
  briefingDocx: (lang: Locale, code: string) => withBase(`/${lang}/briefings/${code.toLowerCase()}.docx`),
  briefingSolutionDocx: (lang: Locale, slug: string) => withBase(`/${lang}/briefings/solutions/${slug}.docx`),
  /** A case study on one printed page. */
  caseStudyPrint: (lang: Locale, slug: string) => withBase(`/${lang}/briefings/case-studies/${slug}/`),
  /** The briefing models the builder combines (src/lib/briefing-model.ts). */
  solutionModel: (lang: Locale, slug: string) => withBase(`/${lang}/briefings/solutions/${slug}.json`),
  caseStudyModel: (lang: Locale, slug: string) => withBase(`/${lang}/briefings/case-studies/${slug}.json`),
  countryModel: (lang: Locale, code: string) => withBase(`/${lang}/briefings/${code.toLowerCase()}.json`),
  /** Solutions or countries side by side; `solutions` preselects some: `/en/compare/?s=abunzi`. */
  compare: (lang: Locale, solutions: readonly string[] = []) =>
    withBase(`/${lang}/compare/`) + (solutions.length > 0 ? `?s=${solutions.join(',')}` : ''),
  /** Who took up each solution, as the comparison reads it (src/lib/compare.ts). */
  adoptersModel: (lang: Locale) => withBase(`/${lang}/compare/adopters.json`),
} as const;

/** The same page in another language: `/en/solutions/umucyo/` -> `/fr/solutions/umucyo/`. */
export function switchLocale(pathname: string, to: Locale): string {
  const [, first, ...rest] = withoutBase(pathname).split('/');
  if (first !== undefined && (LOCALES as readonly string[]).includes(first)) return withBase(['', to, ...rest].join('/'));
  return withBase(`/${to}/`);
}

/** Site-wide files outside the page routes, under the base. */
export const files = {
  favicon: () => withBase('/favicon.svg'),
  /** Print styles, loaded with media="print": they never hold up a page on screen. */
  printCss: () => withBase('/print.css'),
  feed: (lang: Locale) => withBase(`/${lang}/rss.xml`),
  sitemap: () => withBase('/sitemap-index.xml'),
  socialImage: (lang: Locale, kind: string, slug: string) => withBase(`/og/${lang}/${kind}/${slug}.png`),
  /** The one social image of every page that has none of its own (lists, countries, briefings, about...). */
  defaultSocialImage: (lang: Locale) => withBase(`/og/${lang}/default.png`),
  map: (path: string) => withBase(`/maps/${path}`),
  /** An adoption-over-time chart (src/pages/charts/): `en/solutions/umucyo.svg`. */
  chart: (path: string) => withBase(`/charts/${path}`),
  data: (file: string) => withBase(`/data/${file}`),
} as const;

/** `getStaticPaths` entries for a page that exists once per locale. */
export function localeParams() {
  return LOCALES.map((lang) => ({ params: { lang } }));
}

/** Entries per list page: keeps every list page within the page-weight budget at any catalogue size. */
export const PAGE_SIZE = 30;
