/** "Who else did this?" in a reader's language: names, links and stage labels for the pages. */
import type { Locale } from '#src/config/locales.ts';
import { compareNames } from '#src/lib/collate.ts';
import { paths } from '#src/lib/routes.ts';
import { inSentence } from '#src/i18n/typography.ts';
import { otherTakers, studiedBy, takersAmong, type CountryTake, type StudyFacts } from '#src/lib/who-else.ts';
import type { Stage } from '#src/schemas/case-study.ts';
import type { CaseStudyView } from './case-studies.ts';
import type { CountryView } from './countries.ts';

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

export const studyFacts = (studies: readonly CaseStudyView[]): StudyFacts[] =>
  studies.map((study) => ({
    slug: study.slug,
    country: study.data.country.id,
    solutions: study.data.solutions.map((ref) => ref.id),
    stages: study.data.stages,
  }));

function links(takes: readonly CountryTake[], names: ReadonlyMap<string, string>, lang: Locale): TakerLink[] {
  return takes
    .map((take) => ({
      code: take.country,
      name: names.get(take.country) ?? take.country.toUpperCase(),
      href:
        take.caseStudies.length === 1 && take.caseStudies[0]
          ? paths.caseStudy(lang, take.caseStudies[0])
          : paths.country(lang, take.country),
      stage: take.stage,
    }))
    .sort((a, b) => compareNames(a.name, b.name, lang));
}

/** For a case study: the other countries that took up each of its solutions, and the others of its region. */
export function whoElse(
  caseStudy: CaseStudyView,
  all: readonly CaseStudyView[],
  countries: readonly CountryView[],
  titles: ReadonlyMap<string, string>,
  lang: Locale,
) {
  const facts = studyFacts(all);
  const names = new Map(countries.map((c) => [c.code, c.name]));
  const code = caseStudy.data.country.id;
  const own = countries.find((c) => c.code === code);
  const neighbours = new Set(countries.filter((c) => own && c.entry.data.region === own.entry.data.region).map((c) => c.code));
  return {
    bySolution: caseStudy.data.solutions.map((ref) => ({
      slug: ref.id,
      /** For "Other countries that took up {solution}". */
      title: inSentence(titles.get(ref.id) ?? ref.id, lang),
      countries: links(otherTakers(facts, ref.id, code), names, lang),
    })),
    region: own
      ? {
          label: own.region,
          href: paths.countryFacet(lang, 'region', own.entry.data.region),
          countries: links(takersAmong(facts, neighbours, code), names, lang),
        }
      : undefined,
  };
}

/** What each country studied, by country code: each solution once, linked, with how far it went. */
export function studiedByCountry(
  all: readonly CaseStudyView[],
  titles: ReadonlyMap<string, string>,
  lang: Locale,
): Map<string, StudiedLink[]> {
  const facts = studyFacts(all);
  const result = new Map<string, StudiedLink[]>();
  for (const country of new Set(facts.map((f) => f.country))) {
    result.set(
      country,
      studiedBy(facts, country)
        .map(({ solution, stage }) => ({
          slug: solution,
          title: titles.get(solution) ?? solution,
          href: paths.solution(lang, solution),
          stage,
        }))
        .sort((a, b) => compareNames(a.title, b.title, lang)),
    );
  }
  return result;
}
