import { describe, expect, test, vi } from 'vitest';
import { getCatalogue } from './catalogue.ts';
import { getCountryIndex } from './countries-index.ts';
import { caseStudyPages, countryPages, eventPages, solutionPages } from './pages.ts';

vi.mock('astro:content', async () => (await import('./test-catalogue.ts')).mockedAstroContent());

const en = await getCatalogue('en');
const fr = await getCatalogue('fr');
const byParam = <T extends { params: Record<string, string> }>(pages: T[], key: string, value: string): T => {
  const found = pages.find((page) => page.params[key] === value);
  if (!found) throw new Error(`no page with ${key}=${value}`);
  return found;
};

describe('solution pages', () => {
  const pages = solutionPages(en);

  test('one page per solution, with its case studies, its related solutions by title and its lead institution', () => {
    expect(pages.map((page) => page.params)).toEqual([
      { lang: 'en', slug: 'alpha' },
      { lang: 'en', slug: 'beta' },
      { lang: 'en', slug: 'gamma' },
    ]);
    const { props } = byParam(pages, 'slug', 'alpha');
    expect(props.caseStudies.map((c) => c.slug)).toEqual(['gm-alpha-beta', 'gn-alpha', 'ls-alpha']);
    expect(props.related).toEqual([{ slug: 'beta', title: 'Beta courts' }]);
    expect(props.lead?.name).toBe('Agency A');
  });

  test("the search tags name the countries that took it up, and the solution's names", () => {
    const { search } = byParam(pages, 'slug', 'alpha').props;
    expect(search.filters.country).toEqual(['gm', 'gn', 'ls']);
    expect(search.meta['name']).toBe('Alpha registry Alfa');
  });

  test('in French, related titles are French', () => {
    expect(byParam(solutionPages(fr), 'slug', 'alpha').props.related).toEqual([{ slug: 'beta', title: 'Tribunaux bêta' }]);
  });
});

describe('case study pages: who else took it up', () => {
  const pages = caseStudyPages(en);

  test('for each of its solutions, the other countries with how far each went with it, by name', () => {
    const { whoElse, solutions } = byParam(pages, 'slug', 'gn-alpha').props;
    expect(solutions).toEqual([{ slug: 'alpha', title: 'Alpha registry' }]);
    expect(whoElse.bySolution).toEqual([
      {
        slug: 'alpha',
        title: 'Alpha registry',
        countries: [
          { code: 'gm', name: 'The Gambia', href: '/en/case-studies/gm-alpha-beta/', stage: 'pilot' },
          { code: 'ls', name: 'Lesotho', href: '/en/case-studies/ls-alpha/', stage: 'discontinued' },
        ],
      },
    ]);
  });

  test('the other countries of its region that took anything up; a country with two case studies links to its page', () => {
    const gambia = byParam(pages, 'slug', 'gm-alpha-beta').props.whoElse.region;
    expect(gambia?.label).toBe('West Africa');
    expect(gambia?.countries).toEqual([{ code: 'gn', name: 'Guinea', href: '/en/countries/gn/', stage: 'adopted' }]);
    expect(byParam(pages, 'slug', 'ls-alpha').props.whoElse.region?.countries).toEqual([]);
  });

  test('the search tags carry the stage, the region and the sectors of its solutions', () => {
    const { search } = byParam(pages, 'slug', 'gm-alpha-beta').props;
    expect(search.filters).toMatchObject({ stage: ['pilot'], region: ['west-africa'], sector: ['justice', 'governance'] });
  });
});

describe('country pages', () => {
  const pages = countryPages(en);

  test("a country's case studies, its stages in date order, and its furthest stage among the search tags", () => {
    const { caseStudies, timeline, search } = byParam(pages, 'code', 'gn').props;
    expect(caseStudies.map((c) => c.slug)).toEqual(['gn-alpha', 'gn-beta']);
    expect(timeline.map((item) => [item.date, item.stage, item.caseStudy])).toEqual([
      ['2019-03', 'study-visit', 'gn-alpha'],
      ['2020-05-02', 'study-visit', 'gn-beta'],
      ['2021', 'adopted', 'gn-alpha'],
    ]);
    expect(search.filters.stage).toEqual(['adopted']);
  });

  test('a country without a case study has a page, with no stage', () => {
    const { caseStudies, search } = byParam(pages, 'code', 'rw').props;
    expect(caseStudies).toEqual([]);
    expect(search.filters.stage).toBeUndefined();
  });

  test('its region and blocs link to their "countries like mine" pages only when those exist', () => {
    const { facets } = byParam(pages, 'code', 'gm').props;
    expect(facets.region).toEqual({ label: 'West Africa', href: '/en/countries/region/west-africa/' });
    // No country with a case study lists Rwanda's bloc: no page to link.
    expect(byParam(pages, 'code', 'rw').props.facets.blocs).toEqual([{ label: 'EAC', href: undefined }]);
  });
});

describe('event pages', () => {
  test("hosts and the country's name in the reader's language", () => {
    const event = byParam(eventPages(fr), 'slug', 'meeting-2024').props;
    expect(event.hosts.map((host) => host.name)).toEqual(['Agence A', 'Rwanda Cooperation']);
    expect(event.countryName).toBe('Guinée');
  });
});

describe('the countries index', () => {
  test('countries that took something up, with their furthest stage and what they studied, linked and sorted', () => {
    const { rows, stages } = getCountryIndex(en);
    expect(rows.map((row) => [row.country.code, row.stage])).toEqual([
      ['gm', 'pilot'],
      ['gn', 'adopted'],
      ['ls', 'discontinued'],
    ]);
    expect(stages).toEqual(['pilot', 'adopted', 'discontinued']);
    expect(rows.find((row) => row.country.code === 'gn')?.studied).toEqual([
      { slug: 'alpha', title: 'Alpha registry', href: '/en/solutions/alpha/', stage: 'adopted' },
      { slug: 'beta', title: 'Beta courts', href: '/en/solutions/beta/', stage: 'study-visit' },
    ]);
  });
});
