/** The site's URL contract, in one place. Every path ends with a slash. */
import { LOCALES, type Locale } from '../i18n/locales.ts';

export const paths = {
  home: (lang: Locale) => `/${lang}/`,
  solutions: (lang: Locale) => `/${lang}/solutions/`,
  solution: (lang: Locale, slug: string) => `/${lang}/solutions/${slug}/`,
  /** A static filter page: `/en/solutions/sector/justice/`. */
  solutionFacet: (lang: Locale, kind: string, value: string) => `/${lang}/solutions/${kind}/${value.toLowerCase()}/`,
  caseStudies: (lang: Locale) => `/${lang}/case-studies/`,
  caseStudy: (lang: Locale, slug: string) => `/${lang}/case-studies/${slug}/`,
  countries: (lang: Locale) => `/${lang}/countries/`,
  country: (lang: Locale, code: string) => `/${lang}/countries/${code.toLowerCase()}/`,
  /** "Countries like mine": `/fr/countries/language/fr/`. */
  countryFacet: (lang: Locale, kind: string, value: string) => `/${lang}/countries/${kind}/${value.toLowerCase()}/`,
  events: (lang: Locale) => `/${lang}/events/`,
  event: (lang: Locale, slug: string) => `/${lang}/events/${slug}/`,
  glossary: (lang: Locale) => `/${lang}/glossary/`,
  glossaryTerm: (lang: Locale, id: string) => `/${lang}/glossary/#${id}`,
  about: (lang: Locale) => `/${lang}/about/`,
  search: (lang: Locale) => `/${lang}/search/`,
  data: (lang: Locale) => `/${lang}/data/`,
  briefings: (lang: Locale) => `/${lang}/briefings/`,
  briefing: (lang: Locale, code: string) => `/${lang}/briefings/${code.toLowerCase()}/`,
  briefingSolution: (lang: Locale, slug: string) => `/${lang}/briefings/solutions/${slug}/`,
  briefingDocx: (lang: Locale, code: string) => `/${lang}/briefings/${code.toLowerCase()}.docx`,
  briefingSolutionDocx: (lang: Locale, slug: string) => `/${lang}/briefings/solutions/${slug}.docx`,
} as const;

/** The same page in another language: `/en/solutions/umucyo/` -> `/fr/solutions/umucyo/`. */
export function switchLocale(pathname: string, to: Locale): string {
  const [, first, ...rest] = pathname.split('/');
  if (first !== undefined && (LOCALES as readonly string[]).includes(first)) return ['', to, ...rest].join('/');
  return `/${to}/`;
}

/** `getStaticPaths` entries for a page that exists once per locale. */
export function localeParams() {
  return LOCALES.map((lang) => ({ params: { lang }, props: { lang } }));
}

/** Entries per list page: keeps every list page within the page-weight budget at any catalogue size. */
export const PAGE_SIZE = 30;
