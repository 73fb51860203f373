/** Everything a printed briefing needs: country briefings and per-solution one-pagers. */
import { SECTION_HEADINGS, sectionLead } from '#src/body/body-sections.ts';
import { mergeSources } from '#src/lib/merge-sources.ts';
import { suggestNext, type Suggestion } from '#src/lib/suggest.ts';
import type { Source } from '#src/schemas/source.ts';
import type { CaseStudyView } from './case-studies.ts';
import { perLocale, type Catalogue } from './catalogue.ts';
import type { CountryView } from './countries.ts';
import type { GlossaryTerm } from './glossary.ts';
import { COORDINATING_INSTITUTION, type InstitutionView } from './institutions.ts';
import type { SolutionView } from './solutions.ts';

export interface OnePager {
  solution: SolutionView;
  lead: InstitutionView | undefined;
  /** The first sentences under "The problem it solved", when the entry has that section. */
  problem: string | undefined;
  /** The first sentences under "How it works". */
  how: string | undefined;
  /** The key figures a one-pager shows: the first four of the entry. */
  figures: SolutionView['data']['figures'];
  /** Who to contact in Rwanda: the lead institution and the coordinating institution. */
  contacts: InstitutionView[];
}

/** A one-pager shows at most this many key figures, so that it fits on one A4 page. */
const ONE_PAGER_FIGURES = 4;

export function onePagers({ solutions, institutions }: Catalogue): OnePager[] {
  const coordinator = institutions.get(COORDINATING_INSTITUTION);
  return solutions.map((solution) => {
    const lead = solution.data.leadInstitution ? institutions.get(solution.data.leadInstitution.id) : undefined;
    const contacts = [lead, coordinator].filter((i): i is InstitutionView => i !== undefined && i.id !== undefined);
    const html = solution.bodyEntry.rendered?.html ?? '';
    return {
      solution,
      lead,
      problem: sectionLead(html, SECTION_HEADINGS.problem),
      how: sectionLead(html, SECTION_HEADINGS.how),
      figures: solution.data.figures.slice(0, ONE_PAGER_FIGURES),
      contacts: [...new Map(contacts.map((c) => [c.id, c])).values()],
    };
  });
}

/** The one-pagers' static paths, every solution in every language: the page and its Word file. */
export function onePagerPaths() {
  return perLocale((catalogue) =>
    onePagers(catalogue).map((pager) => ({
      params: { lang: catalogue.lang, slug: pager.solution.slug },
      props: { pager },
    })),
  );
}

export interface LifecycleRow {
  caseStudy: CaseStudyView;
  solutions: string[];
  stage: CaseStudyView['data']['stages'][number];
  source: Source | undefined;
  /** Further sources of the same stage (`also`). */
  also: Source[];
}

export interface CountryBriefing {
  country: CountryView;
  rows: LifecycleRow[];
  pagers: OnePager[];
  /** Suggested next solutions, with every solution named by its title in the reader's language. */
  suggestions: (Suggestion & { title: string })[];
  terms: GlossaryTerm[];
  sources: Source[];
}

export function countryBriefings(catalogue: Catalogue): CountryBriefing[] {
  const { countries, glossary, solutionTitles: titles } = catalogue;
  const pagers = onePagers(catalogue);
  const ofCountry = (code: string) => catalogue.caseStudiesByCountry.get(code) ?? [];
  const sectors = new Map(pagers.map((p) => [p.solution.slug, p.solution.data.sectors]));
  const solutionsOf = (studies: readonly CaseStudyView[]) => [...new Set(studies.flatMap((s) => s.data.solutions.map((ref) => ref.id)))];

  return countries.map((country) => {
    const own = ofCountry(country.code);
    const involved = solutionsOf(own);
    const rows = own
      .flatMap((study) =>
        study.data.stages.map((stage) => ({
          caseStudy: study,
          solutions: study.data.solutions.map((ref) => titles.get(ref.id) ?? ref.id),
          stage,
          source: study.data.sources.find((s) => s.id === stage.source),
          also: (stage.also ?? []).flatMap((id) => study.data.sources.filter((s) => s.id === id)),
        })),
      )
      .sort((a, b) => a.stage.date.localeCompare(b.stage.date));
    const others = countries
      .filter((c) => c.code !== country.code)
      .map((c) => ({ name: c.name, blocs: c.entry.data.blocs, solutions: solutionsOf(ofCountry(c.code)) }));
    const suggestions = suggestNext({ own: involved, blocs: country.entry.data.blocs, others, sectors }).map((s) => ({
      ...s,
      title: titles.get(s.solution) ?? s.solution,
      reasons: s.reasons.map((r) => (r.kind === 'sector' ? { ...r, like: r.like.map((slug) => titles.get(slug) ?? slug) } : r)),
    }));
    const countryPagers = pagers.filter((p) => involved.includes(p.solution.slug));
    const terms = glossary.filter((term) => term.solutions.some((ref) => involved.includes(ref.id)));
    const sources = mergeSources([...own.map((s) => s.data.sources), ...countryPagers.map((p) => p.solution.data.sources)]);
    return { country, rows, pagers: countryPagers, suggestions, terms, sources };
  });
}
