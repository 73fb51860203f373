/**
 * No quadratic work: the data of each entry's pages comes from the catalogue's indexes, made once
 * per language, not from a scan of a whole collection per entry (a build of N entries would then
 * do N x N work: 3.7 times bare Astro per page at 10,000 entries). Each collection of the
 * catalogue is wrapped to count its scans (a scan reads its first item: map, filter, find, a
 * for-of loop, a spread all do), and the page data of every entry is made.
 */
import { describe, expect, test, vi } from 'vitest';
import { briefingModels } from './briefings.ts';
import { getCatalogue, type Catalogue } from './catalogue.ts';
import { caseStudyPages, countryPages, solutionPages } from './pages.ts';

vi.mock('astro:content', async () => (await import('./test-catalogue.ts')).mockedAstroContent());

const COLLECTIONS = ['solutions', 'caseStudies', 'countries', 'glossary', 'events'] as const;
type Scans = Record<(typeof COLLECTIONS)[number], number>;

/** A copy of `catalogue` whose collections count how many times they are scanned. */
function counted(catalogue: Catalogue): { catalogue: Catalogue; scans: Scans } {
  const scans = Object.fromEntries(COLLECTIONS.map((name) => [name, 0])) as Scans;
  const wrap = <T extends object>(name: keyof Scans, items: T[]): T[] =>
    new Proxy(items, {
      get(target, key, receiver) {
        if (key === '0') scans[name]++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
  const copy = { ...catalogue };
  for (const name of COLLECTIONS) Object.assign(copy, { [name]: wrap(name, catalogue[name] as object[]) });
  return { catalogue: copy, scans };
}

describe('the data of every entry page reads the catalogue indexes, not whole collections', async () => {
  const en = await getCatalogue('en');

  test('every briefing model (one per solution, case study and country) scans each collection at most once', () => {
    const { catalogue, scans } = counted(en);
    briefingModels(catalogue);
    // A country's model scanned every solution twice (its sectors, its list), once per country.
    expect(scans.solutions).toBeLessThanOrEqual(1);
    expect(scans.caseStudies).toBeLessThanOrEqual(1);
    expect(scans.glossary).toBeLessThanOrEqual(en.countries.length);
  });

  test('the case study pages ("who else") scan no collection per case study', () => {
    const { catalogue, scans } = counted(en);
    expect(caseStudyPages(catalogue)).toHaveLength(en.caseStudies.length);
    // Each case study's neighbours were found by scanning every country.
    expect(scans.countries).toBe(0);
    expect(scans.caseStudies).toBe(1);
    expect(scans.solutions).toBe(0);
  });

  test('the solution pages scan their own collection once and no other', () => {
    const { catalogue, scans } = counted(en);
    solutionPages(catalogue);
    expect(scans).toEqual({ solutions: 1, caseStudies: 0, countries: 0, glossary: 0, events: 0 });
  });

  test('the country pages scan no solution nor case study', () => {
    const { catalogue, scans } = counted(en);
    countryPages(catalogue);
    expect(scans.solutions).toBe(0);
    expect(scans.caseStudies).toBe(0);
  });
});
