/** "Who else did this?" in a reader's language: names, links and stage labels for the pages. */
import { compareNames } from '#src/lib/collate.ts';
import { paths } from '#src/lib/routes.ts';
import { inSentence } from '#src/i18n/typography.ts';
import type { CountryTake } from '#src/lib/adoptions.ts';
import type { Stage } from '#src/schemas/case-study.ts';
import type { CaseStudyView } from './case-studies.ts';
import type { Catalogue } from './catalogue.ts';

/** A country that took something up, ready to link. */
export interface TakerLink {
  code: string;
  name: string;
  /** Its case study when there is one, otherwise its country page. */
  href: string;
  stage: Stage | undefined;
}

/** A solution a country studied, ready to link, with how far the country went. */
export interface StudiedLink {
  slug: string;
  title: string;
  href: string;
  stage: Stage | undefined;
}

function links({ lang, countriesByCode }: Catalogue, takes: readonly CountryTake[]): TakerLink[] {
  return takes
    .map((take) => ({
      code: take.country,
      name: countriesByCode.get(take.country)?.name ?? take.country.toUpperCase(),
      href:
        take.caseStudies.length === 1 && take.caseStudies[0]
          ? paths.caseStudy(lang, take.caseStudies[0])
          : paths.country(lang, take.country),
      stage: take.stage,
    }))
    .sort((a, b) => compareNames(a.name, b.name, lang));
}

/** For a case study: the other countries that took up each of its solutions, and the others of its region. */
export function whoElse(catalogue: Catalogue, caseStudy: CaseStudyView) {
  const { lang, countriesByCode, countriesByRegion, solutionTitles, adopters, takes } = catalogue;
  const code = caseStudy.data.country.id;
  const own = countriesByCode.get(code);
  const neighbours = own ? (countriesByRegion.get(own.entry.data.region) ?? []).filter((c) => c.code !== code) : [];
  return {
    bySolution: caseStudy.data.solutions.map((ref) => ({
      slug: ref.id,
      /** For "Other countries that took up {solution}". */
      title: inSentence(solutionTitles.get(ref.id) ?? ref.id, lang),
      countries: links(
        catalogue,
        (adopters.get(ref.id) ?? []).filter((take) => take.country !== code),
      ),
    })),
    region: own
      ? {
          label: own.region,
          href: paths.countryFacet(lang, 'region', own.entry.data.region),
          countries: links(
            catalogue,
            neighbours.flatMap((c) => takes.get(c.code) ?? []),
          ),
        }
      : undefined,
  };
}

/** What a country studied: each solution once, linked, with how far the country went with it. */
export function studiedBy(catalogue: Catalogue, country: string): StudiedLink[] {
  const { lang, solutionTitles, adopters } = catalogue;
  const solutions = new Set(
    (catalogue.caseStudiesByCountry.get(country) ?? []).flatMap((study) => study.data.solutions.map((ref) => ref.id)),
  );
  return [...solutions]
    .map((solution) => ({
      slug: solution,
      title: solutionTitles.get(solution) ?? solution,
      href: paths.solution(lang, solution),
      stage: adopters.get(solution)?.find((take) => take.country === country)?.stage,
    }))
    .sort((a, b) => compareNames(a.title, b.title, lang));
}
